// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formdefinition.h"

namespace Madoguchi {

QStringList FormDefinition::fields() const
{
    QStringList result;
    const auto add = [&](const QString &field) {
        if (!result.contains(field))
            result.append(field);
    };
    for (const FormValue &value : values)
        add(value.field);
    for (const FormCircle &circle : circles)
        add(circle.field);
    for (const FormCheck &check : checks)
        add(check.field);
    return result;
}

} // namespace Madoguchi
