// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the tests of forms share: the Japanese catalogue forms are filled in, and the example
// household of resources/forms/example-profile.json.
#include "common/languagecatalogs.h"
#include "profile/profilejson.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>

namespace Madoguchi::Test {

/// Translation into Japanese, the language official forms are printed in.
inline const TranslateFunction &japanese()
{
    static const LanguageCatalogs catalogs({QStringLiteral("ja")});
    static const TranslateFunction translate = [](const char *context, const char *source) {
        return catalogs.translate(QStringLiteral("ja"), context, source);
    };
    return translate;
}

/// The example household (𠮷田 花子, her son and a lodger 髙﨑 ミン), as a clerk typed it.
inline Profile exampleProfile()
{
    QFile file(QStringLiteral(MADOGUCHI_RESOURCES "/forms/example-profile.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto profile = profileFromJson(QJsonDocument::fromJson(file.readAll()).object(), ValueSource::Clerk,
                                   QDateTime(QDate(2026, 12, 3), QTime(0, 30), Qt::UTC));
    REQUIRE(profile);
    return *profile;
}

} // namespace Madoguchi::Test
