// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's flow against the real server process on loopback: services in the visitor's language,
// a ticket issued and printed, a printer that cannot print, a server that cannot be reached, and the
// walk-away timeout. test_kiosk_scripted covers the controller's every branch without a server.
#include "recordingprinter.h"
#include "serverprocess.h"
#include "uitestsupport.h"
#include "voicedoubles.h"

#include "client/httpofficeclient.h"
#include "common/languagecatalogs.h"
#include "kiosk/kioskcontroller.h"
#include "kiosk/kioskvoice.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

struct KioskRig {
    ServerProcess server;
    QNetworkAccessManager network;
    std::unique_ptr<HttpOfficeClient> client;
    RecordingPrinter printer;
    LanguageCatalogs catalogs{{u"ja"_s, u"en"_s}};
    std::unique_ptr<KioskController> kiosk;

    /// config: the office the server runs (the test office of tests/data/server by default).
    explicit KioskRig(const QString &config = u"server-office.toml"_s)
        : server(config)
    {
        const QString token = server.deviceToken(u"kiosk"_s, u"kiosk-1"_s);
        server.start();
        client = std::make_unique<HttpOfficeClient>(QUrl(u"http://127.0.0.1:%1"_s.arg(server.port())), network);
        client->setToken(token);
        client->setTimeout(3000);
        kiosk = std::make_unique<KioskController>(*client, &printer, catalogs, QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
    }

    void begin()
    {
        QSignalSpy refreshed(kiosk.get(), &KioskController::refreshed);
        kiosk->begin();
        REQUIRE(waitFor([&] { return !refreshed.isEmpty(); }));
        REQUIRE(refreshed.at(0).at(0).toBool());
    }

    void issueAndWait(const QString &service)
    {
        kiosk->issue(service);
        REQUIRE(kiosk->busy());
        REQUIRE(waitFor([&] { return !kiosk->busy(); }, 20000));
    }
};

} // namespace

TEST_CASE("The kiosk lists the services in the visitor language and issues and prints a ticket", "[kiosk]")
{
    KioskRig rig;
    QAbstractItemModelTester tester(rig.kiosk->services(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(rig.kiosk->screen() == KioskController::Screen::Attract);
    rig.begin();
    CHECK(rig.kiosk->screen() == KioskController::Screen::Services);
    CHECK(rig.kiosk->languages() == QStringList{u"ja"_s, u"en"_s});
    ServiceListModel *services = rig.kiosk->services();
    REQUIRE(services->rowCount() == 2);
    CHECK(services->index(0).data(ServiceListModel::NameRole).toString() == u"証明書"_s);
    CHECK(services->index(0).data(ServiceListModel::WaitingRole).toInt() == 0);

    rig.kiosk->chooseLanguage(u"en"_s);
    CHECK(rig.kiosk->language() == u"en"_s);
    CHECK(services->index(0).data(ServiceListModel::NameRole).toString() == u"Certificates"_s);
    const QString code = services->index(0).data(ServiceListModel::CodeRole).toString();

    rig.issueAndWait(code);
    CHECK(rig.kiosk->screen() == KioskController::Screen::Ticket);
    CHECK_FALSE(rig.kiosk->ticketNumber().isEmpty());
    CHECK(rig.kiosk->ticketStatusUrl().contains(u"/s/"_s));
    CHECK(rig.kiosk->printState() == KioskController::PrintState::Printed);
    const QList<TicketDocument> printed = rig.printer.printed();
    REQUIRE(printed.size() == 1);
    CHECK(documentMentions(printed.at(0), rig.kiosk->ticketNumber()));
    CHECK(documentMentions(printed.at(0), u"Certificates"_s));

    SECTION("the next visitor sees one more person waiting, in the office language again")
    {
        rig.kiosk->finish();
        CHECK(rig.kiosk->screen() == KioskController::Screen::Attract);
        CHECK(rig.kiosk->language() == u"ja"_s);
        CHECK(rig.kiosk->ticketNumber().isEmpty());
        rig.begin();
        CHECK(services->index(0).data(ServiceListModel::WaitingRole).toInt() == 1);
    }
}

TEST_CASE("A ticket the printer cannot print stays on the screen with the reason", "[kiosk]")
{
    KioskRig rig;
    rig.printer.setStatus({.known = true, .paperOut = true});
    rig.begin();
    rig.issueAndWait(rig.kiosk->services()->index(1).data(ServiceListModel::CodeRole).toString());
    CHECK(rig.kiosk->screen() == KioskController::Screen::Ticket);
    CHECK_FALSE(rig.kiosk->ticketNumber().isEmpty());
    CHECK(rig.kiosk->printState() == KioskController::PrintState::Failed);
    CHECK(rig.kiosk->message().contains(printerStatusProblem({.known = true, .paperOut = true})));
    CHECK(rig.printer.printed().isEmpty());
}

TEST_CASE("With the server unreachable the kiosk says so and issues nothing", "[kiosk]")
{
    KioskRig rig;
    rig.begin();
    const QString code = rig.kiosk->services()->index(0).data(ServiceListModel::CodeRole).toString();
    const quint16 port = rig.server.port();
    rig.server.terminate();

    rig.issueAndWait(code);
    CHECK(rig.kiosk->screen() == KioskController::Screen::Unavailable);
    CHECK(rig.kiosk->message().contains(u"cannot be reached"_s));
    CHECK(rig.kiosk->ticketNumber().isEmpty());
    CHECK(rig.printer.printed().isEmpty());

    rig.server.start(port);
    QSignalSpy refreshed(rig.kiosk.get(), &KioskController::refreshed);
    rig.kiosk->refresh();
    REQUIRE(waitFor([&] { return !refreshed.isEmpty(); }));
    CHECK(rig.kiosk->screen() == KioskController::Screen::Services);
    CHECK(rig.kiosk->message().isEmpty());
    CHECK(rig.kiosk->services()->index(0).data(ServiceListModel::WaitingRole).toInt() == 0); // nothing was issued
}

TEST_CASE("A visitor who walks away leaves the kiosk on its attract screen", "[kiosk]")
{
    KioskRig rig;
    rig.kiosk->setInactivityTimeout(std::chrono::milliseconds(30));
    rig.begin();
    rig.kiosk->chooseLanguage(u"en"_s);
    REQUIRE(waitFor([&] { return rig.kiosk->screen() == KioskController::Screen::Attract; }));
    CHECK(rig.kiosk->language() == u"ja"_s);
}

TEST_CASE("Before the kiosk returns to the start it asks whether the visitor is still there, and a touch gives the time back", "[kiosk]")
{
    KioskRig rig;
    // Asked 1.9 s before the end of 2 s without a touch: 100 ms after the last one.
    rig.kiosk->setInactivityTimeout(std::chrono::milliseconds(2000), std::chrono::milliseconds(1900));
    rig.begin();
    CHECK_FALSE(rig.kiosk->stillThereAsked());
    CHECK(rig.kiosk->secondsLeft() == 2);
    QSignalSpy asked(rig.kiosk.get(), &KioskController::stillThereAskedChanged);
    REQUIRE(asked.wait(5000));
    CHECK(rig.kiosk->stillThereAsked());
    CHECK(rig.kiosk->screen() == KioskController::Screen::Services); // asked, not yet gone back
    rig.kiosk->touched();                                            // "Continue"
    CHECK_FALSE(rig.kiosk->stillThereAsked());
    CHECK(rig.kiosk->secondsLeft() == 2);
    CHECK(rig.kiosk->screen() == KioskController::Screen::Services);
    REQUIRE(asked.wait(5000)); // asked again
    REQUIRE(waitFor([&] { return rig.kiosk->screen() == KioskController::Screen::Attract; }));
    CHECK_FALSE(rig.kiosk->stillThereAsked());
    CHECK(rig.kiosk->secondsLeft() == 0);
}

TEST_CASE("A reservation checks in by scan or typed code, and a refused one says why in the visitor's language", "[kiosk][appointments]")
{
    KioskRig rig;
    const QByteArray password = "correct horse battery";
    rig.server.addStaff(u"clerk1"_s, u"clerk"_s, password);
    const QString clerk = rig.server.login(u"clerk1"_s, password, 1);
    const QDateTime due = nextReservationSlot();
    const Reply booked = rig.server.request("POST", u"/api/v1/appointments"_s, clerk, reservationRequest(due, u"en"_s));
    REQUIRE(booked.status == 201);
    const QString code = booked.json().value(u"code"_s).toString();
    const auto waitIdle = [&] { REQUIRE(waitFor([&] { return !rig.kiosk->busy(); }, 20000)); };

    rig.begin();
    rig.kiosk->chooseLanguage(u"en"_s);
    rig.kiosk->startReservation();
    CHECK(rig.kiosk->screen() == KioskController::Screen::Reservation);

    // Typing mistakes are caught at the kiosk, without asking the server.
    rig.kiosk->checkIn(u"7K3M"_s);
    CHECK_FALSE(rig.kiosk->busy());
    CHECK(rig.kiosk->message().contains(u"8 letters and digits"_s));
    QString damaged = code;
    damaged[8] = damaged[8] == u'0' ? u'1' : u'0';
    rig.kiosk->checkIn(damaged);
    CHECK_FALSE(rig.kiosk->busy());
    CHECK(rig.kiosk->message().contains(u"not right"_s));

    // A code no reservation has: the server's answer, in English as the visitor chose.
    rig.kiosk->checkIn(u"0000-0000"_s);
    waitIdle();
    CHECK(rig.kiosk->screen() == KioskController::Screen::Reservation);
    CHECK(rig.kiosk->message().startsWith(u"There is no reservation"_s));

    // Anything else held to the scanner is explained, not sent anywhere.
    rig.kiosk->scanned("https://madoguchi.example/s/AAAAAAAAAAAAAAAAAAAAAA");
    CHECK(rig.kiosk->message().contains(u"code of a ticket"_s));
    rig.kiosk->scanned("???");
    CHECK(rig.kiosk->message().contains(u"cannot be read"_s));

    rig.kiosk->finish();
    if (!onTodaysOfficeDay(due)) { // the next slot is tomorrow in Tokyo: refused, and said so
        rig.kiosk->scanned(code.toLatin1() + "\r\n");
        waitIdle();
        CHECK(rig.kiosk->message().contains(due.toTimeZone(QTimeZone("Asia/Tokyo")).toString(u"HH:mm"_s)));
        return;
    }
    // Scanned on the attract screen: straight to the ticket, printed with the reservation's time.
    rig.kiosk->scanned(code.toLatin1() + "\r\n");
    waitIdle();
    REQUIRE(rig.kiosk->screen() == KioskController::Screen::Ticket);
    const QString number = rig.kiosk->ticketNumber();
    CHECK(number.startsWith(u"A-"_s));
    const QString time = due.toTimeZone(QTimeZone("Asia/Tokyo")).toString(u"HH:mm"_s);
    CHECK(rig.kiosk->ticketReservation().contains(time));
    REQUIRE(rig.printer.printed().size() == 1);
    CHECK(documentMentions(rig.printer.printed().at(0), time));

    // Typed again later (lower case, no hyphen): the same ticket, not a second one.
    rig.kiosk->finish();
    rig.begin();
    rig.kiosk->startReservation();
    rig.kiosk->checkIn(code.toLower().remove(u'-'));
    waitIdle();
    CHECK(rig.kiosk->ticketNumber() == number);
}

TEST_CASE("Call a clerk: the kiosk says a clerk is coming, or that it could not call one", "[kiosk][assistance]")
{
    KioskRig rig;
    rig.begin();
    rig.kiosk->callClerk();
    REQUIRE(waitFor([&] { return rig.kiosk->clerkCalled(); }));
    CHECK(rig.kiosk->message().isEmpty());
    rig.kiosk->finish(); // the next visitor does not see the last one's call
    CHECK_FALSE(rig.kiosk->clerkCalled());

    rig.server.terminate();
    rig.kiosk->callClerk();
    REQUIRE(waitFor([&] { return rig.kiosk->message().contains(u"could not be called"_s); }));
    CHECK_FALSE(rig.kiosk->clerkCalled());
}

TEST_CASE("Voice guidance reads each screen in the visitor's language while the visitor has it on", "[kiosk][voice]")
{
    KioskRig rig;
    EchoSpeech speech;
    RecordingPlayer player;
    KioskVoice voice(*rig.kiosk, speech, player, rig.catalogs, {false, 0.7});
    QSignalSpy speaking(&voice, &KioskVoice::speaking);
    // Waits for the next sentence to be played, ends it, and returns its text. Each played sound is
    // taken once and in order, whichever worker (speech synthesis, printing) finishes first.
    qsizetype consumed = 0;
    QString saidLanguage;
    const auto nextSaid = [&] {
        REQUIRE(waitFor([&] { return player.played.size() > consumed; }));
        const QString played = QString::fromUtf8(player.played.at(consumed++)); // EchoSpeech: "language|text"
        player.end();
        saidLanguage = played.section(u'|', 0, 0);
        return played.section(u'|', 1);
    };

    rig.begin();
    CHECK(rig.kiosk->screen() == KioskController::Screen::Services);
    CHECK(voice.guidance().contains(u"証明書"_s)); // what would be said, even while off
    QCoreApplication::processEvents();
    CHECK(speaking.isEmpty()); // off: silent

    rig.kiosk->setVoiceGuidance(true);
    QString said = nextSaid();
    CHECK(said.contains(u"どの手続きでお越しですか？"_s));
    CHECK(said.contains(u"証明書"_s));
    CHECK(said.contains(u"待っている人：0人"_s));
    CHECK(saidLanguage == u"ja"_s);
    CHECK(player.lastVolume == 0.7);

    rig.kiosk->chooseLanguage(u"en"_s);
    said = nextSaid();
    CHECK(said.contains(u"Which procedure are you here for?"_s));
    CHECK(said.contains(u"Certificates"_s));
    CHECK(saidLanguage == u"en"_s);

    rig.issueAndWait(rig.kiosk->services()->index(0).data(ServiceListModel::CodeRole).toString());
    REQUIRE(waitFor([&] { return voice.guidance().contains(rig.kiosk->ticketNumber()); }));
    QString sentence;
    do
        sentence = nextSaid();
    while (!sentence.contains(rig.kiosk->ticketNumber())); // the ticket, once printed

    // A message is read out instead of the screen, after what was already queued (the ticket's
    // screen may be read once more when its printing ends).
    rig.kiosk->checkIn(u"7K3M"_s);
    const QString message = rig.kiosk->message();
    REQUIRE_FALSE(message.isEmpty());
    QStringList afterwards;
    while (afterwards.size() < 4 && !afterwards.contains(message))
        afterwards.append(nextSaid());
    CHECK(afterwards.last() == message);
    CHECK(std::all_of(afterwards.cbegin(), afterwards.cend() - 1, [&](const QString &s) { return s.contains(rig.kiosk->ticketNumber()); }));

    // Asked whether still there: said aloud, in the visitor's language, with the time left.
    rig.kiosk->setInactivityTimeout(std::chrono::milliseconds(20100), std::chrono::seconds(20));
    rig.kiosk->touched();
    REQUIRE(waitFor([&] { return rig.kiosk->stillThereAsked(); }));
    QString asked;
    for (int i = 0; i < 4 && !asked.contains(u"Are you still there?"_s); ++i)
        asked = nextSaid();
    CHECK(asked.contains(u"Are you still there?"_s));
    // The seconds left as it was asked: about 20 (a coarse timer may fire its warning a little early).
    CHECK(asked.contains(QRegularExpression(u"in (19|20|21) s"_s)));
    rig.kiosk->setInactivityTimeout(std::chrono::seconds(90));

    // The next visitor starts without it (the kiosk's default), and hears nothing.
    rig.kiosk->finish();
    CHECK_FALSE(rig.kiosk->voiceGuidance());
    const qsizetype heard = speaking.size();
    rig.begin();
    QCoreApplication::processEvents();
    CHECK(speaking.size() == heard);
}

TEST_CASE("The ticket tells what to have ready, in the visitor's language", "[kiosk]")
{
    QTemporaryDir work;
    KioskRig rig(openSampleOffice(work));
    rig.begin();
    rig.kiosk->chooseLanguage(u"en"_s);
    rig.issueAndWait(u"moving"_s);
    const QStringList documents = rig.kiosk->ticketDocuments();
    REQUIRE(documents.size() == 2);
    CHECK(documents.at(0).startsWith(u"Photo ID"_s));
    rig.kiosk->finish();
    rig.begin(); // Japanese again
    rig.issueAndWait(u"certificate"_s);
    REQUIRE_FALSE(rig.kiosk->ticketDocuments().isEmpty());
    CHECK(rig.kiosk->ticketDocuments().at(0).contains(u"本人確認"_s));
}
