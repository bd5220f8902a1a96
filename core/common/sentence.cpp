// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentence.h"

namespace Madoguchi {

QString Sentence::text(const TranslateFunction &translate) const
{
    if (!source)
        return {};
    const QString pattern = translate(context, source);
    QString said;
    said.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size() && pattern.at(i + 1) >= u'1' && pattern.at(i + 1) <= u'9') {
            const qsizetype index = pattern.at(i + 1).unicode() - u'1';
            if (index < arguments.size()) {
                said += arguments.at(index);
                ++i;
                continue;
            }
        }
        said += c;
    }
    return said;
}

} // namespace Madoguchi
