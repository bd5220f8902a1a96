// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "unbreakableterms.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

const QJsonObject &productTerms()
{
    static const QJsonObject terms = [] {
        QFile file(u":/madoguchi/unbreakable-terms.json"_s);
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    }();
    return terms;
}

} // namespace

QStringList unbreakableTerms(const QString &language, const QStringList &names)
{
    QStringList terms;
    for (const QJsonValue &term : productTerms().value(language).toArray())
        terms.append(term.toString());
    if (language != u"ja" && language != u"ja-x-easy" && language != u"zh-Hans" && language != u"ko")
        return terms;
    static const QRegularExpression separators(u"[\\s、。・，,（）()「」：:／/]+"_s);
    for (const QString &name : names) {
        for (const QString &phrase : name.split(separators, Qt::SkipEmptyParts)) {
            if (phrase.size() > 1 && !terms.contains(phrase))
                terms.append(phrase);
        }
    }
    return terms;
}

} // namespace Madoguchi
