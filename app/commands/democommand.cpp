// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "democommand.h"

#include "common/clock.h"
#include "common/privatefiles.h"
#include "config/configloader.h"
#include "demowindows.h"
#include "queue/queueengine.h"
#include "sim/officesimulator.h"
#include "store/sqlitequeuestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Madoguchi::Cli {

namespace {

/// The first day from today on which the office is open.
QDate firstOpenDay(const OfficeConfig &office, QDate from)
{
    for (int offset = 0; offset < 14; ++offset) {
        const QDate day = from.addDays(offset);
        if (!office.hours.day(day.dayOfWeek()).isEmpty() && !office.hours.closedDates().contains(day))
            return day;
    }
    return from;
}

QString minutesText(qint64 secs)
{
    return CliTr::tr("%1 min").arg(double(secs) / 60.0, 0, 'f', 1);
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption configOption(u"config"_s, CliTr::tr("Office configuration (default: the built-in sample ward office)."),
                                          CliTr::tr("file"));
    const QCommandLineOption dataOption(u"data"_s, CliTr::tr("Keep the database in this directory (default: a temporary one)."),
                                        CliTr::tr("dir"));
    const QCommandLineOption speedOption(u"speed"_s, CliTr::tr("Simulated seconds per real second; 0 runs the day at once (default 300)."),
                                         CliTr::tr("factor"), u"300"_s);
    const QCommandLineOption dateOption(u"date"_s, CliTr::tr("The office day to simulate, YYYY-MM-DD (default: the next open day)."),
                                        CliTr::tr("date"));
    const QCommandLineOption seedOption(u"seed"_s, CliTr::tr("Seed of the simulation; the same seed gives the same day (default 1)."),
                                        CliTr::tr("n"), u"1"_s);
    const QCommandLineOption rateOption(u"visitors-per-hour"_s, CliTr::tr("Mean arrivals per hour (default 36)."), CliTr::tr("n"), u"36"_s);
    const QCommandLineOption langOption(u"lang"_s, CliTr::tr("Language of service names printed (default: the office's first)."),
                                        CliTr::tr("language"));
    const QCommandLineOption textOption(u"text"_s, CliTr::tr("No windows: simulate the whole day and print every call as it happens."));
    const QCommandLineOption screenshotsOption(u"screenshots"_s,
                                               CliTr::tr("No windows: walk kiosk, counter and board offscreen, save every screen in "
                                                         "this folder and exit."),
                                               CliTr::tr("folder"));
    parser.addOptions(
        {configOption, dataOption, speedOption, dateOption, seedOption, rateOption, langOption, textOption, screenshotsOption});
    if (const int code = parse(parser, arguments,
                               CliTr::tr("The one-process demo at the sample office: the office server, the kiosk (with a simulated "
                                         "printer), the counter console and the display board in their own windows. With --text, a "
                                         "simulated day on the real queue engine instead, every call printed as it happens "
                                         "(--speed, --seed, --visitors-per-hour, --lang)."));
        code >= 0)
        return code;

    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"madoguchi.*.info=false"_s); // the demo's output is the day itself
    const QString configPath = parser.isSet(configOption) ? parser.value(configOption) : u":/offices/midori-ward.toml"_s;
    const ConfigLoadResult loaded = ConfigLoader::loadFile(configPath);
    for (const ConfigDiagnostic &diagnostic : loaded.diagnostics)
        err(diagnostic.toString());
    if (!loaded.config)
        return UsageError;
    const OfficeConfig &office = *loaded.config;

    bool numbersOk = true;
    const double speed = parser.value(speedOption).toDouble(&numbersOk);
    bool ok = numbersOk && speed >= 0;
    SimulationSettings settings;
    settings.seed = parser.value(seedOption).toUInt(&numbersOk);
    ok = ok && numbersOk;
    settings.visitorsPerHour = parser.value(rateOption).toDouble(&numbersOk);
    ok = ok && numbersOk && settings.visitorsPerHour > 0;
    settings.language = parser.value(langOption);
    if (!settings.language.isEmpty() && !office.languages.contains(settings.language)) {
        err(CliTr::tr("The office does not offer the language '%1' (it offers: %2).")
                .arg(settings.language, office.languages.join(u", "_s)));
        return UsageError;
    }
    settings.day = parser.isSet(dateOption) ? QDate::fromString(parser.value(dateOption), Qt::ISODate)
                                            : firstOpenDay(office, office.officeDate(SystemClock().now()));
    if (!ok || !settings.day.isValid()) {
        err(CliTr::tr("--speed, --seed, --visitors-per-hour and --date need valid values. Try '%1 --help'.").arg(arguments.value(0)));
        return UsageError;
    }

    QTemporaryDir temporary;
    const QString dataDir = parser.isSet(dataOption) ? parser.value(dataOption) : temporary.path();
    // The server keeps only to a folder of its own (mode 0700): made so when it is missing.
    if (auto folder = PrivateFiles::ensurePrivateFolder(dataDir); !folder) {
        err(folder.error().message);
        return Failure;
    }
    if (!parser.isSet(textOption))
        return runDemoWindows(office, settings.day, dataDir, parser.value(screenshotsOption));
    auto store = SqliteQueueStore::open(QDir(dataDir).filePath(u"madoguchi.sqlite"_s));
    if (!store) {
        err(store.error().message);
        return Failure;
    }
    ManualClock clock(QDateTime(settings.day, QTime(8, 0), office.timeZone));
    QueueEngine engine(office, **store, clock);
    if (!engine.loadError().isEmpty()) {
        err(engine.loadError());
        return Failure;
    }
    OfficeSimulator simulator(engine, clock, settings);
    if (!simulator.isOfficeDay()) {
        err(CliTr::tr("The office is closed on %1; choose another --date.").arg(settings.day.toString(Qt::ISODate)));
        return UsageError;
    }
    out(CliTr::tr("%1 — simulated day %2 (%3 services, %4 counters)")
            .arg(office.name.text(settings.language.isEmpty() ? office.languages.first() : settings.language),
                 settings.day.toString(Qt::ISODate))
            .arg(office.services.size())
            .arg(office.counters.size()));
    QObject::connect(&simulator, &OfficeSimulator::happened, [&office](const QDateTime &at, const QString &line) {
        out(at.toTimeZone(office.timeZone).toString(u"HH:mm"_s) + u"  "_s + line);
    });

    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        const QDateTime before = clock.now();
        if (!simulator.step()) {
            QCoreApplication::quit();
            return;
        }
        const qint64 simulated = before.msecsTo(simulator.nextAt());
        timer.start(speed > 0 ? int(std::min<double>(double(simulated) / speed, 5000.0)) : 0);
    });
    timer.start(0);
    QCoreApplication::exec();

    const OfficeSimulator::Summary &summary = simulator.summary();
    const int called = summary.served + summary.noShows;
    out(CliTr::tr("Day over: %1 tickets, %2 served, %3 no-shows; mean wait %4, longest %5.")
            .arg(summary.issued)
            .arg(summary.served)
            .arg(summary.noShows)
            .arg(minutesText(called ? summary.totalWaitSecs / called : 0), minutesText(summary.longestWaitSecs)));
    if (parser.isSet(dataOption))
        out(CliTr::tr("The database is kept in %1.").arg(QDir(dataDir).filePath(u"madoguchi.sqlite"_s)));
    return Success;
}

} // namespace

Command demoCommand()
{
    return {u"demo"_s, CliTr::tr("the one-process demo: server, kiosk, counter console and board (--text: a simulated day as text)"), run};
}

} // namespace Madoguchi::Cli
