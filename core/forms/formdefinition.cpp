// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formdefinition.h"

namespace Madoguchi {

QList<std::pair<QString, int>> FormDefinition::placedValues() const
{
    QList<std::pair<QString, int>> result;
    const auto add = [&](const QString &field, int person) {
        if (!result.contains(std::pair(field, person)))
            result.append(std::pair(field, person));
    };
    for (const FormValue &value : values)
        add(value.field, value.person);
    for (const FormCircle &circle : circles)
        add(circle.field, circle.person);
    for (const FormCheck &check : checks)
        add(check.field, check.person);
    return result;
}

QStringList FormDefinition::fields() const
{
    QStringList result;
    for (const auto &[field, person] : placedValues()) {
        if (!result.contains(field))
            result.append(field);
    }
    return result;
}

} // namespace Madoguchi
