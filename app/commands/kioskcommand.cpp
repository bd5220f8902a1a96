// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskcommand.h"

#include "client/httpofficeclient.h"
#include "common/languagecatalogs.h"
#include "deviceoptions.h"
#include "frontenddevices.h"
#include "kiosk/kioskcontroller.h"
#include "kiosk/kioskscreenshots.h"
#include "kiosk/kioskvoice.h"
#include "printer/printerfactory.h"
#include "qmlwindow.h"
#include "simdevices/simcardterminal.h"
#include "uilanguage.h"
#include "voiceoutput.h"

#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

using namespace Qt::StringLiterals;

namespace Madoguchi::Cli {
namespace {

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const DeviceOptions device(u"kiosk"_s);
    const QCommandLineOption printerOpt(
        u"printer"_s, CliTr::tr("The ticket printer, e.g. usb://04b8:0e28 (default: none, tickets on screen only)."), CliTr::tr("uri"));
    const QCommandLineOption scannerOpt(u"scanner"_s,
                                        CliTr::tr("The code scanner for reservations, e.g. serial:///dev/ttyACM0 or wedge:// "
                                                  "(see docs/devices.md; default: none, codes are typed)."),
                                        CliTr::tr("uri"));
    const QCommandLineOption cardOpt(u"card-reader"_s,
                                     CliTr::tr("The My Number card reader by its PC/SC name or its beginning, as 'madoguchi devices list' "
                                               "shows it (default: none, no card step)."),
                                     CliTr::tr("name"));
    const QCommandLineOption voiceOpt(u"voice-guidance"_s,
                                      CliTr::tr("Read each screen aloud for every visitor, not only for those who switch it on."));
    const QCommandLineOption fullScreenOpt(u"full-screen"_s, CliTr::tr("Fill the screen (for the kiosk's own display)."));
    const QCommandLineOption screenshotsOpt(
        u"screenshots"_s,
        CliTr::tr("Save every screen in every language as PNGs in this folder and exit (with a simulated card "
                  "reader); issues one ticket per language, so never against a live office."),
        CliTr::tr("folder"));
    device.addTo(parser);
    parser.addOptions({printerOpt, scannerOpt, cardOpt, voiceOpt, fullScreenOpt, screenshotsOpt});
    if (const int code = parse(parser, arguments, CliTr::tr("The ticket kiosk (受付発券機).")); code >= 0)
        return code;
    QUrl server;
    QString token;
    if (const int code = device.read(parser, server, token); code >= 0)
        return code;
    const bool screenshots = parser.isSet(screenshotsOpt);
    if (!screenshots && !hasDisplay()) {
        err(CliTr::tr("There is no display. Run the kiosk on the kiosk's desktop, or save its screens with --screenshots FOLDER."));
        return Failure;
    }

    std::unique_ptr<ReceiptPrinter> printer;
    if (parser.isSet(printerOpt)) {
        const auto address = parsePrinterAddress(parser.value(printerOpt));
        if (!address) {
            err(address.error().message);
            return UsageError;
        }
        printer = makePrinter(*address);
    }

    FrontEndDevices devices;
    if (const int code = devices.open(parser.value(scannerOpt), screenshots ? QString() : parser.value(cardOpt)); code >= 0)
        return code;
    SimCardTerminal *simulatedReader = nullptr; // the screenshots' card reader
    if (screenshots) {
        auto simulated = std::make_unique<SimCardTerminal>();
        simulatedReader = simulated.get();
        devices.cardReader = std::move(simulated);
    }

    QNetworkAccessManager network;
    HttpOfficeClient client(server, network);
    client.setToken(token);
    const LanguageCatalogs catalogs(productLanguages());
    KioskController kiosk(client, printer.get(), catalogs, QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
    kiosk.setCardTerminal(devices.cardReader.get());
    QQmlApplicationEngine engine;
    UiLanguage language(engine);
    QObject::connect(&kiosk, &KioskController::languageChanged, &language, [&] { language.apply(kiosk.language()); });
    language.apply(kiosk.language().isEmpty() ? u"ja"_s : kiosk.language());
    QQuickWindow *window = loadWindow(engine, u"kiosk/KioskWindow.qml"_s);
    if (!window)
        return Failure;
    if (screenshots)
        return reportScreenshots(takeKioskScreenshots(kiosk, *simulatedReader, language, *window, parser.value(screenshotsOpt)));
    if (parser.isSet(fullScreenOpt))
        window->showFullScreen();
    VoiceOutput voiceOutput;
    KioskVoice voice(kiosk, voiceOutput.speech, voiceOutput.player, catalogs, {});
    kiosk.setVoiceGuidanceDefault(parser.isSet(voiceOpt));
    devices.start(&kiosk, [&kiosk](const QByteArray &raw) { kiosk.scanned(raw); });
    kiosk.refresh();
    return QGuiApplication::exec();
}

} // namespace

Command kioskCommand()
{
    return {u"kiosk"_s, CliTr::tr("the ticket kiosk's window (--server, --token)"), run};
}

} // namespace Madoguchi::Cli
