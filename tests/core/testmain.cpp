// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Catch2 runner of every core test: pins what varies between machines, then runs the tests
// inside a QCoreApplication.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>

#include <cstdlib>
#include <ctime>

int main(int argc, char *argv[])
{
    qputenv("TZ", "UTC");
    tzset();
    qputenv("LC_ALL", "C.UTF-8");
    QLocale::setDefault(QLocale::c());
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("madoguchi.*.info=false"));
    Catch::Session session;
    if (const int code = session.applyCommandLine(argc, argv); code != 0)
        return code;
    // A filter that matches no test (ctest splits names at ';') must fail, not pass silently.
    session.configData().warnings = Catch::WarnAbout::What(session.configData().warnings | Catch::WarnAbout::NoTests);
    return session.run();
}
