// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's controller against a scripted client, without a server: what it asks, what it shows
// while the answer is outstanding, and every kind of answer (test_kiosk_controller runs the same
// flow against the real server process).
#include "scriptedkiosk.h"

#include "scan/preapplication.h"
#include "scan/reservationcode.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

TEST_CASE("Scripted kiosk: a ticket is shown only once the server issued it, then printed", "[kiosk][scripted]")
{
    ScriptedKiosk rig;
    QSignalSpy refreshed(&rig.kiosk, &KioskController::refreshed);
    rig.kiosk.begin();
    CHECK(rig.kiosk.screen() == KioskController::Screen::Services);
    CHECK(rig.client.callNames() == QStringList{u"overview"_s});
    REQUIRE(rig.client.answer(u"overview"_s, office()));
    REQUIRE(refreshed.size() == 1);
    CHECK(refreshed.at(0).at(0).toBool());
    CHECK(rig.client.language() == u"ja"_s);
    CHECK(rig.kiosk.officeName() == u"テスト区役所"_s);

    rig.kiosk.chooseLanguage(u"en"_s);
    CHECK(rig.client.language() == u"en"_s); // the server's refusals come in the visitor's language
    rig.kiosk.chooseLanguage(u"fr"_s);       // not offered by the office
    CHECK(rig.kiosk.language() == u"en"_s);

    rig.kiosk.issue(u"unknown"_s);
    CHECK(rig.client.pending(u"issue"_s) == 0);
    rig.issueKey(u"certificate"_s);
    CHECK(rig.kiosk.busy());
    CHECK(rig.kiosk.screen() == KioskController::Screen::Services);
    const QJsonObject sent = rig.client.lastArguments(u"issue"_s);
    CHECK(sent.value(u"language"_s).toString() == u"en"_s);
    rig.kiosk.issue(u"tax"_s); // a second touch while the first is outstanding
    CHECK(rig.client.pending(u"issue"_s) == 1);

    REQUIRE(rig.client.answer(u"issue"_s, ticket(u"A-007"_s, u"certificate"_s)));
    CHECK(rig.kiosk.screen() == KioskController::Screen::Ticket);
    CHECK(rig.kiosk.ticketNumber() == u"A-007"_s);
    CHECK(rig.kiosk.ticketServices() == u"Certificates"_s);
    CHECK(rig.kiosk.ticketDocuments() == QStringList{u"Photo ID"_s});
    CHECK(rig.kiosk.ticketAhead() == 2);
    rig.waitForPrint();
    CHECK(rig.kiosk.printState() == KioskController::PrintState::Printed);
    CHECK_FALSE(rig.kiosk.busy());
    const QList<TicketDocument> printed = rig.printer.printed();
    REQUIRE(printed.size() == 1);
    CHECK(documentMentions(printed.at(0), u"A-007"_s));
    CHECK(documentMentions(printed.at(0), u"Test Ward Office"_s));

    rig.kiosk.finish();
    CHECK(rig.kiosk.screen() == KioskController::Screen::Attract);
    CHECK(rig.kiosk.language() == u"ja"_s);
    CHECK(rig.client.language() == u"ja"_s);
}

TEST_CASE("Scripted kiosk: a lost answer is retried as the same request, a refusal starts a new one", "[kiosk][scripted]")
{
    ScriptedKiosk rig;
    rig.begin();
    const QString first = rig.issueKey(u"certificate"_s);
    CHECK_FALSE(first.isEmpty());
    REQUIRE(rig.client.fail<Ticket>(u"issue"_s, {ClientErrorCode::Unreachable, u"timeout"_s}));
    CHECK(rig.kiosk.screen() == KioskController::Screen::Unavailable);
    CHECK(rig.kiosk.message().contains(u"no ticket was issued"_s));
    CHECK_FALSE(rig.kiosk.busy());

    rig.kiosk.refresh();
    REQUIRE(rig.client.answer(u"overview"_s, office()));
    CHECK(rig.kiosk.screen() == KioskController::Screen::Services);
    CHECK(rig.kiosk.message().isEmpty());
    CHECK(rig.issueKey(u"certificate"_s) == first); // the server returns the ticket it may have issued

    REQUIRE(rig.client.fail<Ticket>(u"issue"_s, {ClientErrorCode::Conflict, u"No more numbers today."_s}));
    CHECK(rig.kiosk.screen() == KioskController::Screen::Services);
    CHECK(rig.kiosk.message() == u"No ticket could be issued: No more numbers today."_s);
    const QString afterRefusal = rig.issueKey(u"certificate"_s);
    CHECK(afterRefusal != first);
    REQUIRE(rig.client.fail<Ticket>(u"issue"_s, {ClientErrorCode::Unreachable, u"timeout"_s}));
    CHECK(rig.issueKey(u"tax"_s) != afterRefusal); // another service is another request
}

TEST_CASE("Scripted kiosk: an office that cannot be reached is said so, and the kiosk comes back by itself", "[kiosk][scripted]")
{
    ScriptedKiosk rig;
    QSignalSpy refreshed(&rig.kiosk, &KioskController::refreshed);
    rig.kiosk.begin();
    REQUIRE(rig.client.fail<OfficeOverview>(u"overview"_s, {ClientErrorCode::Unreachable, u"connection refused"_s}));
    CHECK(rig.kiosk.screen() == KioskController::Screen::Unavailable);
    CHECK(rig.kiosk.message().contains(u"cannot be reached"_s));
    REQUIRE(refreshed.size() == 1);
    CHECK_FALSE(refreshed.at(0).at(0).toBool());

    rig.kiosk.refresh();
    REQUIRE(rig.client.answer(u"overview"_s, office()));
    CHECK(rig.kiosk.screen() == KioskController::Screen::Services);
    CHECK(rig.kiosk.message().isEmpty());
}

TEST_CASE("Scripted kiosk: a reservation code is checked before it is sent, and a refusal says the server's why",
          "[kiosk][scripted][appointments]")
{
    ScriptedKiosk rig;
    rig.begin();
    rig.kiosk.startReservation();
    CHECK(rig.kiosk.screen() == KioskController::Screen::Reservation);

    rig.kiosk.checkIn(u"7K3M"_s);
    CHECK(rig.kiosk.message().contains(u"8 letters and digits"_s));
    QString wrong = validCode();
    wrong[8] = wrong.at(8) == u'A' ? u'B' : u'A';
    rig.kiosk.checkIn(wrong);
    CHECK(rig.kiosk.message().contains(u"not right"_s));
    CHECK(rig.client.pending(u"check-in"_s) == 0);

    const QString typed = validCode().toLower().remove(u'-');
    rig.kiosk.checkIn(typed);
    REQUIRE(rig.client.pending(u"check-in"_s) == 1);
    CHECK(rig.client.lastArguments(u"check-in"_s).value(u"code"_s).toString() == validCode());
    CHECK(rig.kiosk.busy());
    REQUIRE(rig.client.fail<Ticket>(u"check-in"_s, {ClientErrorCode::Conflict, u"この予約は 10:30 からです。"_s}));
    CHECK(rig.kiosk.message() == u"この予約は 10:30 からです。"_s);
    CHECK(rig.kiosk.screen() == KioskController::Screen::Reservation);

    SECTION("a scanned reservation checks in even from the last visitor's ticket screen")
    {
        rig.kiosk.issue(u"tax"_s);
        REQUIRE(rig.client.answer(u"issue"_s, ticket(u"B-001"_s, u"tax"_s)));
        rig.waitForPrint();
        REQUIRE(rig.kiosk.screen() == KioskController::Screen::Ticket);
        rig.kiosk.scanned(validCode().toLatin1());
        CHECK(rig.kiosk.ticketNumber().isEmpty());
        REQUIRE(rig.client.pending(u"check-in"_s) == 1);
        Ticket checkedIn = ticket(u"A-020"_s, u"certificate"_s);
        checkedIn.appointment = Appointment{};
        checkedIn.appointment->due = QDateTime(QDate(2026, 12, 2), QTime(1, 30), Qt::UTC);
        REQUIRE(rig.client.answer(u"check-in"_s, checkedIn));
        CHECK(rig.kiosk.ticketNumber() == u"A-020"_s);
        CHECK(rig.kiosk.ticketReservation().endsWith(u"10:30"_s)); // told in the office's time zone
    }
    SECTION("a code that is no reservation is explained and sends nothing")
    {
        rig.kiosk.scanned("https://example.org/not-ours");
        CHECK_FALSE(rig.kiosk.message().isEmpty());
        CHECK(rig.client.pending(u"check-in"_s) == 0);
    }
}

TEST_CASE("Scripted kiosk: the call for a clerk shows that a clerk is coming, until the visitor is done", "[kiosk][scripted][assistance]")
{
    ScriptedKiosk rig;
    rig.begin();
    rig.kiosk.chooseLanguage(u"en"_s);
    rig.kiosk.callClerk();
    CHECK(rig.client.lastArguments(u"call-clerk"_s).value(u"language"_s).toString() == u"en"_s);
    CHECK_FALSE(rig.kiosk.clerkCalled());
    REQUIRE(rig.client.fail<AssistanceCall>(u"call-clerk"_s, {ClientErrorCode::ServerError, u"storage"_s}));
    CHECK(rig.kiosk.message().contains(u"could not be called"_s));
    rig.kiosk.callClerk();
    REQUIRE(rig.client.answer(u"call-clerk"_s, AssistanceCall{1, u"kiosk-1"_s, u"en"_s, {}}));
    CHECK(rig.kiosk.clerkCalled());
    CHECK(rig.kiosk.message().isEmpty());
    rig.kiosk.finish();
    CHECK_FALSE(rig.kiosk.clerkCalled());
}

TEST_CASE("Scripted kiosk: without a printer the ticket stays on the screen and says so", "[kiosk][scripted]")
{
    ScriptedOfficeClient client;
    const LanguageCatalogs catalogs{{u"ja"_s, u"en"_s}};
    KioskController kiosk(client, nullptr, catalogs, QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
    kiosk.begin();
    REQUIRE(client.answer(u"overview"_s, office()));
    kiosk.issue(u"certificate"_s);
    REQUIRE(client.answer(u"issue"_s, ticket(u"A-001"_s, u"certificate"_s)));
    CHECK(kiosk.screen() == KioskController::Screen::Ticket);
    CHECK(kiosk.printState() == KioskController::PrintState::Failed);
    CHECK(kiosk.message().contains(u"no printer"_s));
}

TEST_CASE("Scripted kiosk: a pre-application scanned brings its values to the next ticket's visit, and no further",
          "[kiosk][scripted][profile]")
{
    ScriptedKiosk rig;
    rig.begin();
    PreApplication application;
    application.procedures = {u"moving-in"_s};
    application.profile = QJsonObject{{u"familyName"_s, u"髙﨑"_s}, {u"givenName"_s, u"𠮷子"_s}, {u"birthDate"_s, u"平成4年8月15日"_s}};
    rig.kiosk.scanned(encodePreApplication(application));
    // The kiosk asks for the procedures' routed ticket; this office plans none of them.
    REQUIRE(rig.client.lastArguments(u"issue"_s).value(u"procedures"_s).toArray() == QJsonArray{u"moving-in"_s});
    REQUIRE(rig.client.fail<Ticket>(u"issue"_s, ClientError{ClientErrorCode::Invalid, u"None of these procedures is done here."_s}));
    CHECK(rig.kiosk.message().contains(u"the clerk will have them"_s));
    CHECK(rig.kiosk.screen() == KioskController::Screen::Services);

    rig.issueKey(u"certificate"_s);
    const QJsonObject brought = rig.client.lastArguments(u"issue"_s).value(u"profile"_s).toObject();
    CHECK(brought.value(u"source"_s) == u"pre-application"_s);
    const QJsonArray values = brought.value(u"values"_s).toArray();
    REQUIRE(values.size() == 3);
    CHECK(values.contains(QJsonObject{{u"field"_s, u"birthDate"_s}, {u"person"_s, 0}, {u"value"_s, u"1992-08-15"_s}}));
    Ticket issued = ticket(u"A-008"_s, u"certificate"_s);
    issued.profileValuesKept = 3;
    REQUIRE(rig.client.answer(u"issue"_s, issued));
    CHECK(rig.kiosk.screen() == KioskController::Screen::Ticket);
    rig.waitForPrint();

    rig.kiosk.finish();
    rig.begin();
    rig.issueKey(u"certificate"_s);
    CHECK_FALSE(rig.client.lastArguments(u"issue"_s).contains(u"profile"_s)); // the next visitor brings nothing

    SECTION("a visitor who scans and leaves takes the values along")
    {
        REQUIRE(rig.client.answer(u"issue"_s, ticket(u"A-009"_s, u"certificate"_s)));
        rig.waitForPrint();
        rig.kiosk.finish();
        rig.begin();
        rig.kiosk.scanned(encodePreApplication(application));
        REQUIRE(rig.client.fail<Ticket>(u"issue"_s, ClientError{ClientErrorCode::Invalid, u"None of these procedures is done here."_s}));
        rig.kiosk.finish(); // the inactivity reset, or the visitor touched 終わる
        rig.begin();
        rig.issueKey(u"certificate"_s);
        CHECK_FALSE(rig.client.lastArguments(u"issue"_s).contains(u"profile"_s));
    }
}

TEST_CASE("Scripted kiosk: a pre-application from the web guide issues the routed ticket in one scan", "[kiosk][scripted][guide]")
{
    ScriptedKiosk rig;
    rig.begin();
    PreApplication application;
    application.procedures = {u"move-in-notice"_s, u"kokuho-join"_s, u"child-allowance"_s};
    application.profile = QJsonObject{{u"familyName"_s, u"髙﨑"_s}};
    rig.kiosk.scanned(encodePreApplication(application));
    REQUIRE(rig.client.pending(u"issue"_s) == 1);
    const QJsonObject asked = rig.client.lastArguments(u"issue"_s);
    CHECK(asked.value(u"procedures"_s).toArray() == QJsonArray{u"move-in-notice"_s, u"kokuho-join"_s, u"child-allowance"_s});
    CHECK_FALSE(asked.contains(u"services"_s));
    CHECK(asked.value(u"profile"_s).toObject().value(u"source"_s) == u"pre-application"_s);
    const QString key = asked.value(u"idempotencyKey"_s).toString();
    CHECK_FALSE(key.isEmpty());

    // A lost answer: the same scan again is the same request.
    REQUIRE(rig.client.fail<Ticket>(u"issue"_s, ClientError{ClientErrorCode::Unreachable, u"timeout"_s}));
    CHECK(rig.kiosk.screen() == KioskController::Screen::Unavailable);
    rig.begin();
    rig.kiosk.scanned(encodePreApplication(application));
    CHECK(rig.client.lastArguments(u"issue"_s).value(u"idempotencyKey"_s).toString() == key);
    Ticket routed = ticket(u"A-011"_s, u"moving"_s);
    routed.services = {u"moving"_s, u"kokuho"_s, u"childcare"_s};
    routed.checklist = {{u"転入届"_s}, {u"国民健康保険の加入"_s}, {u"児童手当の認定請求"_s}};
    REQUIRE(rig.client.answer(u"issue"_s, routed));
    CHECK(rig.kiosk.screen() == KioskController::Screen::Ticket);
    CHECK(rig.kiosk.ticketNumber() == u"A-011"_s);
    rig.waitForPrint();
    // The printed ticket is the visit's checklist: a box for each procedure under its counter.
    const QList<TicketDocument> printed = rig.printer.printed();
    REQUIRE(printed.size() == 1);
    CHECK(documentMentions(printed.at(0), u"□ 国民健康保険の加入"_s));
    CHECK(documentMentions(printed.at(0), u"□ 児童手当の認定請求"_s));
}
