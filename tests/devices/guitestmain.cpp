// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Catch2 runner of the device tests: like the core runner, but inside a QGuiApplication on the
// offscreen platform, because tickets are drawn with fonts.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>

#include <cstdlib>
#include <ctime>

int main(int argc, char *argv[])
{
    qputenv("TZ", "UTC");
    tzset();
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale::c());
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("madoguchi.*.info=false"));
    Catch::Session session;
    if (const int code = session.applyCommandLine(argc, argv); code != 0)
        return code;
    // A filter that matches no test (ctest splits names at ';') must fail, not pass silently.
    session.configData().warnings = Catch::WarnAbout::What(session.configData().warnings | Catch::WarnAbout::NoTests);
    return session.run();
}
