// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: the kiosk on the software renderer.
//  - Cold start to first frame: a fresh process that loads the kiosk window, from exec to its first
//    rendered frame, next to a process that loads a one-rectangle window the same way (the ratio is
//    the kiosk's own start-up cost over Qt Quick's).
//  - Resident memory after issuing 1,000 tickets through the kiosk's controller against an embedded
//    server, with the window up and each ticket "printed" to the simulated printer.
//  - Frame time of the kiosk's services screen on the software renderer, next to the one-rectangle
//    window in the same run.
//   bench_ui [--tickets N] [--frames N] [--starts N]
#include "benchstats.h"
#include "processmemory.h"

#include "auth/credentials.h"
#include "client/httpofficeclient.h"
#include "common/clock.h"
#include "common/languagecatalogs.h"
#include "config/configloader.h"
#include "kiosk/kioskcontroller.h"
#include "kiosk/qrimageprovider.h"
#include "server/officeserver.h"
#include "simdevices/simprinter.h"
#include "uilanguage.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Madoguchi_UiPlugin)

using namespace Madoguchi;
using namespace Madoguchi::Bench;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kBaselineQml = "import QtQuick\nimport Madoguchi.Ui\nWindow { width: 1920; height: 1080; visible: true\n"
                                "readonly property QtObject theme: Theme\nRectangle { anchors.fill: parent; color: Theme.background } }\n";

double residentMegabytes()
{
    return Test::residentKiB() / 1024.0;
}

QQuickWindow *load(QQmlApplicationEngine &engine, bool kiosk)
{
    engine.addImportPath(u"qrc:/"_s);
    engine.addImageProvider(u"qr"_s, new QrImageProvider);
    if (kiosk)
        engine.load(QUrl(u"qrc:/Madoguchi/Ui/kiosk/KioskWindow.qml"_s));
    else
        engine.loadData(kBaselineQml);
    return engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
}

/// The child's side of the cold-start measurement: load, render once, say so, leave.
int firstFrame(bool kiosk)
{
    QNetworkAccessManager network;
    HttpOfficeClient client(QUrl(u"http://127.0.0.1:9"_s), network); // nobody there: the attract screen needs no answer
    const LanguageCatalogs catalogs({u"ja"_s});
    KioskController controller(client, nullptr, catalogs, QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
    QQmlApplicationEngine engine;
    UiLanguage language(engine);
    language.apply(u"ja"_s);
    QQuickWindow *window = load(engine, kiosk);
    if (!window)
        return 1;
    (void)window->grabWindow(); // the first frame, rendered
    std::fputs("frame\n", stdout);
    std::fflush(stdout);
    return 0;
}

Latencies coldStarts(const QString &self, const QString &mode, int starts)
{
    Latencies latencies;
    for (int i = 0; i < starts; ++i) {
        QProcess child;
        const auto start = Stopwatch::now();
        child.start(self, {u"--first-frame"_s, mode});
        if (!child.waitForReadyRead(60000) || !child.readAllStandardOutput().startsWith("frame"))
            qFatal("the child did not render a frame");
        latencies.add(Stopwatch::now() - start);
        child.waitForFinished(60000);
    }
    return latencies;
}

// Each frame repaints everything: the colours switch between the normal and the high-contrast theme.
Latencies frameTimes(QQuickWindow &window, QObject *theme, int frames)
{
    Latencies latencies;
    for (int i = 0; i < frames; ++i) {
        theme->setProperty("highContrast", i % 2 == 1);
        const auto start = Stopwatch::now();
        (void)window.grabWindow();
        latencies.add(Stopwatch::now() - start);
    }
    return latencies;
}

template<typename Signal>
void waitFor(KioskController &kiosk, Signal signal, const std::function<bool()> &done)
{
    QEventLoop loop;
    QObject::connect(&kiosk, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    if (!done())
        loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_QUICK_BACKEND", "software");
    qputenv("QT_QUICK_CONTROLS_STYLE", "Basic");
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"madoguchi.*.info=false\nqt.*.warning=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Kiosk start-up, memory and frame-time benchmark"_s);
    parser.addHelpOption();
    const QCommandLineOption ticketsOpt(u"tickets"_s, u"Tickets issued for the memory figure."_s, u"n"_s, u"1000"_s);
    const QCommandLineOption framesOpt(u"frames"_s, u"Frames rendered per window."_s, u"n"_s, u"60"_s);
    const QCommandLineOption startsOpt(u"starts"_s, u"Cold starts per window."_s, u"n"_s, u"5"_s);
    const QCommandLineOption firstFrameOpt(u"first-frame"_s, u"(internal) render one frame of kiosk|baseline and exit."_s, u"mode"_s);
    parser.addOptions({ticketsOpt, framesOpt, startsOpt, firstFrameOpt});
    parser.process(app);
    if (parser.isSet(firstFrameOpt))
        return firstFrame(parser.value(firstFrameOpt) == u"kiosk"_s);

    const int starts = std::max(1, parser.value(startsOpt).toInt());
    Latencies kioskStart = coldStarts(QCoreApplication::applicationFilePath(), u"kiosk"_s, starts);
    Latencies baselineStart = coldStarts(QCoreApplication::applicationFilePath(), u"baseline"_s, starts);
    std::printf(
        "Cold start to first frame (%d starts each, ms p50 / max): kiosk %.0f / %.0f, one-rectangle window %.0f / %.0f, ratio %.2f\n",
        starts, kioskStart.percentile(0.5) / 1000, kioskStart.percentile(1.0) / 1000, baselineStart.percentile(0.5) / 1000,
        baselineStart.percentile(1.0) / 1000, kioskStart.percentile(0.5) / baselineStart.percentile(0.5));

    // The embedded server on the test office (open round the clock), and the kiosk against it.
    const double rssAtStart = residentMegabytes();
    QTemporaryDir data;
    const auto loaded = ConfigLoader::loadFile(QStringLiteral(MADOGUCHI_TEST_DATA "/server/server-office.toml"));
    if (!loaded.config)
        qFatal("cannot read the test office");
    const SystemClock clock;
    QString token;
    {
        auto credentials = Credentials::open(OfficeServer::databasePath(data.path()));
        token = (*credentials)->addDevice(u"bench-kiosk"_s, Role::Kiosk, clock.now())->token;
    }
    auto server = OfficeServer::open(*loaded.config, data.path(), clock);
    const auto port = (*server)->start(ListenAddress{u"127.0.0.1"_s, 0});
    if (!port)
        qFatal("the server did not start");
    QNetworkAccessManager network;
    HttpOfficeClient client(QUrl(u"http://127.0.0.1:%1"_s.arg(*port)), network);
    client.setToken(token);
    const LanguageCatalogs catalogs(loaded.config->languages);
    SimPrinter printer(PaperWidth::Mm80);
    KioskController kiosk(client, &printer, catalogs, loaded.config->timeZone);
    QQmlApplicationEngine engine;
    UiLanguage language(engine);
    language.apply(u"ja"_s);
    QQuickWindow *window = load(engine, true);
    kiosk.begin();
    waitFor(kiosk, &KioskController::refreshed, [&] { return kiosk.services()->rowCount() > 0; });
    (void)window->grabWindow();
    const double rssWithWindow = residentMegabytes();

    const int tickets = std::max(1, parser.value(ticketsOpt).toInt());
    const QString service = kiosk.services()->index(0).data(ServiceListModel::CodeRole).toString();
    Latencies issue;
    for (int i = 0; i < tickets; ++i) {
        kiosk.begin();
        waitFor(kiosk, &KioskController::refreshed, [] { return true; });
        const auto start = Stopwatch::now();
        kiosk.issue(service);
        waitFor(kiosk, &KioskController::busyChanged, [&] { return kiosk.screen() == KioskController::Screen::Ticket && !kiosk.busy(); });
        issue.add(Stopwatch::now() - start);
        kiosk.finish();
        if ((i + 1) % 250 == 0)
            std::printf("  after %d tickets: %.1f MB\n", i + 1, residentMegabytes());
    }
    (void)window->grabWindow();
    const double rssAfter = residentMegabytes();
    std::printf("Resident memory (MB): process with server %.1f, kiosk window up %.1f, after %d tickets %.1f (+%.1f, %.1f kB a ticket)\n",
                rssAtStart, rssWithWindow, tickets, rssAfter, rssAfter - rssWithWindow, (rssAfter - rssWithWindow) * 1024 / tickets);
    std::printf("Issue and print through the kiosk (ms p50 / p99): %.1f / %.1f\n", issue.percentile(0.5) / 1000,
                issue.percentile(0.99) / 1000);

    const int frames = std::max(1, parser.value(framesOpt).toInt());
    kiosk.begin();
    waitFor(kiosk, &KioskController::refreshed, [] { return true; });
    Latencies kioskFrames = frameTimes(*window, window->property("theme").value<QObject *>(), frames);
    QQmlApplicationEngine baselineEngine;
    QQuickWindow *baseline = load(baselineEngine, false);
    Latencies baselineFrames = frameTimes(*baseline, baseline->property("theme").value<QObject *>(), frames);
    std::printf("Frame time, software renderer, 1920x1080 (ms p50 / p99): services screen %.1f / %.1f, one-rectangle window %.1f / %.1f, "
                "ratio %.2f\n",
                kioskFrames.percentile(0.5) / 1000, kioskFrames.percentile(0.99) / 1000, baselineFrames.percentile(0.5) / 1000,
                baselineFrames.percentile(0.99) / 1000, kioskFrames.percentile(0.5) / baselineFrames.percentile(0.5));
    return 0;
}
