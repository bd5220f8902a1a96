// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demowindows.h"

#include "boardvoice.h"
#include "command.h"
#include "qmlwindow.h"

#include "appointment/appointmentbook.h"
#include "auth/credentials.h"
#include "board/boardcontroller.h"
#include "board/boardscreenshots.h"
#include "client/httpofficeclient.h"
#include "client/websocketeventstream.h"
#include "common/clock.h"
#include "common/languagecatalogs.h"
#include "config/formreader.h"
#include "config/guidereader.h"
#include "counter/countercontroller.h"
#include "counter/counterscreenshots.h"
#include "counter/formpreviewprovider.h"
#include "counter/visitforms.h"
#include "demo/demodevices.h"
#include "kiosk/kioskcontroller.h"
#include "kiosk/kioskscreenshots.h"
#include "kiosk/kioskvoice.h"
#include "server/officeserver.h"
#include "simdevices/simcardterminal.h"
#include "simdevices/simprinter.h"
#include "simdevices/simscanner.h"
#include "uilanguage.h"
#include "voiceoutput.h"

#include <QDir>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

using namespace Qt::StringLiterals;

namespace Madoguchi::Cli {
namespace {

const QString kClerk = u"demo"_s;
const QByteArray kClerkPassword = "demo-password";

struct DemoTokens {
    QString kiosk;
    QString board;
};

/// The demo's devices and its clerk, written to the office's database before the server opens it.
std::optional<DemoTokens> provision(const QString &dataDir, const Clock &clock)
{
    auto credentials = Credentials::open(OfficeServer::databasePath(dataDir));
    if (!credentials) {
        err(credentials.error().message);
        return std::nullopt;
    }
    const auto kiosk = (*credentials)->addDevice(u"demo-kiosk"_s, Role::Kiosk, clock.now());
    const auto board = (*credentials)->addDevice(u"demo-board"_s, Role::Board, clock.now());
    const auto clerk = (*credentials)->addStaff(kClerk, Role::Clerk, kClerkPassword, clock.now(), true);
    if (!kiosk || !board || !clerk) {
        err(CliTr::tr("The demo's devices and clerk could not be set up."));
        return std::nullopt;
    }
    return DemoTokens{kiosk->token, board->token};
}

/// Reservations for the morning, to check in at the kiosk with the simulated scanner or by typing.
QList<DemoReservation> bookReservations(OfficeServer &server, const OfficeConfig &office, const Clock &clock)
{
    struct Wanted {
        QString service;
        QTime time;
        QString language;
    };
    const Wanted wanted[] = {
        {u"moving"_s, QTime(9, 30), u"ja"_s}, {u"moving"_s, QTime(10, 0), u"vi"_s}, {u"childcare"_s, QTime(9, 30), u"en"_s}};
    QList<DemoReservation> booked;
    for (const Wanted &want : wanted) {
        const ServiceConfig *service = office.service(want.service);
        if (!service)
            continue;
        const QDateTime due(clock.now().toTimeZone(office.timeZone).date(), want.time, office.timeZone);
        if (const auto made = server.appointments().book(want.service, due, want.language, u"staff:"_s + kClerk, clock.now()))
            booked.append({made->code, service->name.text(office.languages.constFirst()), due});
        else
            err(made.error().message);
    }
    return booked;
}

} // namespace

int runDemoWindows(const OfficeConfig &office, QDate day, const QString &dataDir, const QString &screenshots)
{
    if (screenshots.isEmpty() && !hasDisplay()) {
        err(CliTr::tr("The demo opens four windows, so it needs a desktop: run it there (./quickstart demo), or save its "
                      "screens offscreen with: madoguchi demo --screenshots FOLDER (or the day as text with --text)."));
        return Failure;
    }
    const ShiftedClock clock(QDateTime(day, QTime(9, 0), office.timeZone));
    const auto tokens = provision(dataDir, clock);
    if (!tokens)
        return Failure;
    auto server = OfficeServer::open(office, dataDir, clock);
    if (!server) {
        err(server.error().message);
        return Failure;
    }
    const auto port = (*server)->start(ListenAddress{u"127.0.0.1"_s, 0});
    if (!port) {
        err(port.error().message);
        return Failure;
    }
    const QUrl base(u"http://127.0.0.1:%1"_s.arg(*port));
    const int counterNumber = office.counters.constFirst().number;

    QNetworkAccessManager network;
    HttpOfficeClient kioskClient(base, network), boardClient(base, network), counterClient(base, network);
    kioskClient.setToken(tokens->kiosk);
    boardClient.setToken(tokens->board);
    WebSocketEventStream boardEvents(base), counterEvents(base);
    const LanguageCatalogs catalogs(office.languages);
    SimPrinter printer(PaperWidth::Mm80, QDir(dataDir).filePath(u"tickets"_s));
    SimScanner scanner({}, false);
    SimCardTerminal cardReader;
    KioskController kiosk(kioskClient, &printer, catalogs, office.timeZone);
    kiosk.setCardTerminal(&cardReader);
    QObject::connect(&scanner, &CodeScanner::scanned, &kiosk, &KioskController::scanned);
    scanner.start();
    const QList<DemoReservation> reservations = bookReservations(**server, office, clock);
    DemoDevices devices(scanner, cardReader, printer, reservations);
    QObject::connect(&kiosk, &KioskController::printStateChanged, &devices, &DemoDevices::printerUsed);
    BoardController board(boardClient, boardEvents, catalogs);
    CounterController counter(counterClient, counterEvents, clock, counterNumber, office.languages.constFirst());
    const FormsLoadResult shippedForms = FormReader::shipped();
    VisitForms visitForms(counterClient, counter, shippedForms.forms, office.languages.constFirst());
    const GuideLoadResult guide = GuideReader::forOffice(office);
    visitForms.setGuide(guide.catalogue ? &*guide.catalogue : nullptr);
    visitForms.setPrinter(u"pdf:"_s + QDir(dataDir).filePath(u"forms"_s)); // the forms as PDFs in <data>/forms
    visitForms.setCardTerminal(&cardReader);                               // one simulated reader serves the kiosk and the counter

    // One engine per window: the kiosk changes language with each visitor, the console and the board do not.
    QQmlApplicationEngine kioskEngine, counterEngine, boardEngine, devicesEngine;
    UiLanguage language(kioskEngine);
    language.apply(office.languages.constFirst());
    QObject::connect(&kiosk, &KioskController::languageChanged, &language, [&] { language.apply(kiosk.language()); });
    QQuickWindow *kioskWindow = loadWindow(kioskEngine, u"kiosk/KioskWindow.qml"_s);
    counterEngine.addImageProvider(u"visitform"_s, new FormPreviewProvider(visitForms));
    QQuickWindow *counterWindow = loadWindow(counterEngine, u"counter/CounterWindow.qml"_s);
    QQuickWindow *boardWindow = loadWindow(boardEngine, u"board/BoardWindow.qml"_s);
    devicesEngine.addImageProvider(u"demoticket"_s, new DemoTicketProvider(printer));
    QQuickWindow *devicesWindow = loadWindow(devicesEngine, u"demo/DemoDevicesWindow.qml"_s);
    if (!kioskWindow || !counterWindow || !boardWindow || !devicesWindow)
        return Failure;
    board.start(tokens->board);

    if (!screenshots.isEmpty()) {
        Screenshots all = takeKioskScreenshots(kiosk, cardReader, language, *kioskWindow, screenshots);
        if (all.problem.isEmpty() && !reservations.isEmpty()) {
            // A reservation held to the simulated scanner checks in; its ticket is in the printer's window.
            kiosk.finish();
            devices.scan(reservations.constFirst().code);
            if (!waitForScreen(kiosk, &KioskController::printStateChanged,
                               [&] { return kiosk.printState() == KioskController::PrintState::Printed; }))
                all.problem = u"the demo's reservation did not check in: %1"_s.arg(kiosk.message());
            else if (saveScreenshot(*kioskWindow, screenshots, u"demo-reservation-ticket"_s, all))
                saveScreenshot(*devicesWindow, screenshots, u"demo-devices"_s, all);
        }
        if (all.problem.isEmpty()) {
            const Screenshots console = takeCounterScreenshots(
                counter, visitForms, *counterWindow, kClerk, QString::fromUtf8(kClerkPassword), office.languages.constFirst(), screenshots);
            all.files += console.files;
            all.findings += console.findings;
            all.problem = console.problem;
        }
        if (all.problem.isEmpty()) {
            counter.act(CounterAction::CallNext); // a number on the board as it is photographed
            const Screenshots shown = takeBoardScreenshots(board, *boardWindow, screenshots);
            all.files += shown.files;
            all.findings += shown.findings;
            all.problem = shown.problem;
        }
        return reportScreenshots(all);
    }

    BoardVoice voice(board, catalogs, office.languages.constFirst(), std::nullopt);
    VoiceOutput kioskVoiceOutput;
    KioskVoice kioskVoice(kiosk, kioskVoiceOutput.speech, kioskVoiceOutput.player, catalogs, {});
    counter.login(kClerk, QString::fromUtf8(kClerkPassword));
    kiosk.refresh();
    out(CliTr::tr("Demo: %1 on %2 at opening time, server %3.")
            .arg(office.name.text(office.languages.constFirst()), day.toString(Qt::ISODate), base.toString()));
    out(CliTr::tr("Take tickets at the kiosk, call them at counter %1 (logged in as %2), watch the board. Printed tickets: %3")
            .arg(counterNumber)
            .arg(kClerk, QDir(dataDir).filePath(u"tickets"_s)));
    for (const DemoReservation &reservation : reservations)
        out(CliTr::tr("Reservation %1 at %2 (%3): scan it in the window of simulated devices, or type it at the kiosk.")
                .arg(reservation.code, reservation.due.toString(u"HH:mm"), reservation.service));
    return QGuiApplication::exec();
}

} // namespace Madoguchi::Cli
