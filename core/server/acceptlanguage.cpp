// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "acceptlanguage.h"

namespace Madoguchi {

QString bestLanguage(const QString &acceptLanguage, const QStringList &offered)
{
    for (const QString &part : acceptLanguage.split(u',', Qt::SkipEmptyParts)) {
        const QString tag = part.section(u';', 0, 0).trimmed();
        for (const QString &language : offered) {
            if (language.compare(tag, Qt::CaseInsensitive) == 0)
                return language;
        }
        const QString primary = tag.section(u'-', 0, 0);
        for (const QString &language : offered) {
            if (language.section(u'-', 0, 0).compare(primary, Qt::CaseInsensitive) == 0)
                return language;
        }
    }
    return offered.value(0);
}

} // namespace Madoguchi
