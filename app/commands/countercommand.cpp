// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "countercommand.h"

#include "client/httpofficeclient.h"
#include "client/websocketeventstream.h"
#include "common/clock.h"
#include "counter/countercontroller.h"
#include "counter/counterscreenshots.h"
#include "counter/formpreviewprovider.h"
#include "counter/visitforms.h"
#include "frontenddevices.h"
#include "officefiles.h"
#include "passwordprompt.h"
#include "qmlwindow.h"
#include "simdevices/simcardterminal.h"
#include "uilanguage.h"

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
    const QCommandLineOption serverOpt = serverOption();
    const QCommandLineOption counterOpt(u"counter"_s, CliTr::tr("This console's counter number."), CliTr::tr("n"));
    const QCommandLineOption langOpt(u"lang"_s, CliTr::tr("The console's language (default ja)."), CliTr::tr("language"), u"ja"_s);
    const QCommandLineOption screenshotsOpt(u"screenshots"_s,
                                            CliTr::tr("Log in as --login (password from standard input), work one visitor, save each "
                                                      "step as a PNG in this folder (with a simulated card reader) and exit; only "
                                                      "against a test server."),
                                            CliTr::tr("folder"));
    const QCommandLineOption loginOpt(u"login"_s, CliTr::tr("The staff login for --screenshots."), CliTr::tr("login"));
    const QCommandLineOption formsOpt = formsFolderOption();
    const QCommandLineOption guideOpt = guideFolderOption();
    const QCommandLineOption formPrinterOpt(u"form-printer"_s,
                                            CliTr::tr("The printer for the visit's forms, as the print system names it (lpstat -p; "
                                                      "default: its default printer)."),
                                            CliTr::tr("name"));
    const QCommandLineOption cardOpt(u"card-reader"_s, CliTr::tr("The counter's My Number card reader by its PC/SC name or its beginning."),
                                     CliTr::tr("name"));
    const QCommandLineOption scannerOpt(u"scanner"_s, CliTr::tr("The counter's code scanner for pre-application codes (docs/devices.md)."),
                                        CliTr::tr("uri"));
    parser.addOptions({serverOpt, counterOpt, langOpt, formsOpt, guideOpt, formPrinterOpt, cardOpt, scannerOpt, screenshotsOpt, loginOpt});
    if (const int code = parse(parser, arguments, CliTr::tr("The counter console (窓口端末).")); code >= 0)
        return code;
    const QUrl server(parser.value(serverOpt), QUrl::StrictMode);
    bool numberOk = false;
    const int counter = parser.value(counterOpt).toInt(&numberOk);
    if (!server.isValid() || server.scheme().isEmpty() || !numberOk || counter < 1) {
        err(CliTr::tr("Give the server with --server http://… and the counter with --counter N."));
        return UsageError;
    }
    if (!productLanguages().contains(parser.value(langOpt))) {
        err(CliTr::tr("Unknown language '%1' (%2).").arg(parser.value(langOpt), productLanguages().join(u", "_s)));
        return UsageError;
    }
    const bool screenshots = parser.isSet(screenshotsOpt);
    if (screenshots && !parser.isSet(loginOpt)) {
        err(CliTr::tr("--screenshots needs --login, and the password on standard input."));
        return UsageError;
    }
    if (!screenshots && !hasDisplay()) {
        err(CliTr::tr("There is no display. Run the console on the counter's desktop, or save its screens with --screenshots FOLDER."));
        return Failure;
    }

    const auto forms = readForms(parser.value(formsOpt));
    const auto guide = readGuide(parser.value(guideOpt));
    if (!forms || !guide)
        return Failure;
    FrontEndDevices devices;
    if (const int code = devices.open(parser.value(scannerOpt), screenshots ? QString() : parser.value(cardOpt)); code >= 0)
        return code;
    if (screenshots)
        devices.cardReader = std::make_unique<SimCardTerminal>(); // the tour's card window

    QNetworkAccessManager network;
    HttpOfficeClient client(server, network);
    WebSocketEventStream events(server);
    const SystemClock clock;
    CounterController console(client, events, clock, counter, parser.value(langOpt));
    VisitForms visitForms(client, console, *forms, parser.value(langOpt));
    visitForms.setGuide(&*guide);
    visitForms.setPrinter(parser.value(formPrinterOpt));
    visitForms.setCardTerminal(devices.cardReader.get());
    devices.start(&visitForms, [&visitForms](const QByteArray &raw) { visitForms.scanned(raw); });
    QQmlApplicationEngine engine;
    engine.addImageProvider(u"visitform"_s, new FormPreviewProvider(visitForms));
    UiLanguage language(engine);
    language.apply(parser.value(langOpt));
    QQuickWindow *window = loadWindow(engine, u"counter/CounterWindow.qml"_s);
    if (!window)
        return Failure;
    if (screenshots) {
        const auto password = readSecret(CliTr::tr("Password: "));
        if (!password) {
            err(password.error().message);
            return UsageError;
        }
        return reportScreenshots(takeCounterScreenshots(console, visitForms, *window, parser.value(loginOpt), QString::fromUtf8(*password),
                                                        language.current(), parser.value(screenshotsOpt)));
    }
    return QGuiApplication::exec();
}

} // namespace

Command counterCommand()
{
    return {u"counter"_s, CliTr::tr("the counter console's window (--server, --counter)"), run};
}

} // namespace Madoguchi::Cli
