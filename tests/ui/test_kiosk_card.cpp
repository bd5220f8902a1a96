// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's My Number card step with the simulated reader and a scripted client: consent, the
// tries read first, the PIN pad, a wrong PIN, the warning at one try left, a locked card, a card
// lifted while the PIN is typed or during the read, another kind of card, a ticket without the
// card; what the ticket's visit receives, and that the PIN never leaves the kiosk. test_kiosk_card_pcsc
// runs the same step through a real pcscd.
#include "scriptedkiosk.h"
#include "voicedoubles.h"

#include "kiosk/kioskvoice.h"
#include "scan/preapplication.h"
#include "simdevices/simcardterminal.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

/// A card with a PIN no other value of the test contains.
FakeCardProfile card(int triesLeft = 3)
{
    FakeCardProfile profile = sampleCardHolders().constFirst();
    profile.pin = "8642";
    profile.triesLeft = triesLeft;
    return profile;
}

struct CardKiosk : ScriptedKiosk {
    SimCardTerminal reader;

    CardKiosk()
    {
        kiosk.setCardTerminal(&reader);
        begin();
    }
    ~CardKiosk() { kiosk.setCardTerminal(nullptr); } // the reading goes (and waits for its card call) before the reader
    CardReading &reading() { return *kiosk.card(); }

    bool reach(CardReading::Step step) { return reachStep(reading(), step); }
    void type(const char *digits) { typePin(reading(), digits); }
    /// Chooses the service and agrees to the card being read.
    void chooseAndConsent(const QString &serviceCode = u"certificate"_s)
    {
        kiosk.issue(serviceCode);
        REQUIRE(kiosk.screen() == KioskController::Screen::Card);
        REQUIRE(reading().step() == CardReading::Step::Consent);
        reading().consent();
    }
    /// Everything the kiosk sent the server, as text.
    QByteArray sentToServer() const
    {
        QByteArray all;
        for (const ScriptedOfficeClient::Call &call : client.calls())
            all += QJsonDocument(call.arguments).toJson();
        return all;
    }
};

} // namespace

TEST_CASE("Kiosk card: the card read with its PIN brings the basic four items to the ticket's visit, never the PIN", "[kiosk][card]")
{
    CardKiosk rig;
    rig.kiosk.issue(u"certificate"_s);
    CHECK(rig.kiosk.screen() == KioskController::Screen::Card);
    CHECK(rig.reading().step() == CardReading::Step::Consent);
    CHECK(rig.client.pending(u"issue"_s) == 0); // nothing is issued before the visitor decides

    rig.reading().consent();
    CHECK(rig.reading().step() == CardReading::Step::PlaceCard);
    rig.reading().pressDigit(1); // no pad yet
    CHECK(rig.reading().pinLength() == 0);
    rig.reader.place(card());
    REQUIRE(rig.reach(CardReading::Step::Pin));
    CHECK(rig.reading().triesLeft() == 3);

    QSignalSpy touched(&rig.kiosk, &KioskController::countdownChanged);
    rig.type("863");
    CHECK(rig.reading().pinLength() == 3);
    CHECK(touched.size() >= 3); // each key keeps the visitor's session alive
    rig.reading().confirmPin(); // three digits are not a PIN
    CHECK(rig.reading().step() == CardReading::Step::Pin);
    rig.reading().removeDigit();
    rig.type("429");
    CHECK(rig.reading().pinLength() == 4); // a fifth digit is not taken
    rig.reading().confirmPin();
    CHECK(rig.reading().pinLength() == 0);
    REQUIRE(rig.reach(CardReading::Step::Done));
    REQUIRE(rig.client.pending(u"issue"_s) == 1);

    const QJsonObject brought = rig.client.lastArguments(u"issue"_s).value(u"profile"_s).toObject();
    CHECK(brought.value(u"source"_s) == u"card"_s);
    const QJsonArray values = brought.value(u"values"_s).toArray();
    CHECK(values.contains(QJsonObject{{u"field"_s, u"familyName"_s}, {u"person"_s, 0}, {u"value"_s, u"番号"_s}}));
    CHECK(values.contains(QJsonObject{{u"field"_s, u"birthDate"_s}, {u"person"_s, 0}, {u"value"_s, u"1980-01-01"_s}}));
    CHECK_FALSE(rig.sentToServer().contains("8642"));

    Ticket issued = ticket(u"A-010"_s, u"certificate"_s);
    issued.profileValuesKept = int(values.size());
    REQUIRE(rig.client.answer(u"issue"_s, issued));
    CHECK(rig.kiosk.screen() == KioskController::Screen::Ticket);
    CHECK(rig.kiosk.ticketHasDetails());
    CHECK(rig.reading().cardPresent()); // the ticket screen reminds the visitor to take it
    rig.waitForPrint();

    rig.kiosk.finish();
    CHECK(rig.reading().step() == CardReading::Step::Idle);
    rig.begin();
    rig.kiosk.issue(u"certificate"_s);
    CHECK(rig.kiosk.screen() == KioskController::Screen::Card); // the next visitor is asked again
}

TEST_CASE("Kiosk card: a wrong PIN counts down, one try left needs a confirmation, a locked card is explained", "[kiosk][card]")
{
    CardKiosk rig;
    rig.reader.place(card());
    rig.chooseAndConsent(); // the card lay there already
    REQUIRE(rig.reach(CardReading::Step::Pin));

    rig.type("1111");
    rig.reading().confirmPin();
    REQUIRE(rig.reach(CardReading::Step::Reading));
    REQUIRE(rig.reach(CardReading::Step::Pin));
    CHECK(rig.reading().triesLeft() == 2);
    CHECK(rig.reader.triesLeft() == 2);
    CHECK_FALSE(rig.reading().problem().isEmpty());

    rig.type("2222");
    rig.reading().confirmPin();
    REQUIRE(rig.reach(CardReading::Step::LastTry));
    CHECK(rig.reading().triesLeft() == 1);
    rig.reading().pressDigit(3); // no pad before the visitor confirms
    CHECK(rig.reading().pinLength() == 0);
    CHECK(rig.reader.triesLeft() == 1);

    SECTION("the visitor gives up: a ticket without the card")
    {
        rig.kiosk.skipCard();
        REQUIRE(rig.client.pending(u"issue"_s) == 1);
        CHECK_FALSE(rig.client.lastArguments(u"issue"_s).contains(u"profile"_s));
        CHECK(rig.reader.triesLeft() == 1);
    }
    SECTION("the visitor is sure, and is wrong: the card locks")
    {
        rig.reading().acceptLastTry();
        CHECK(rig.reading().step() == CardReading::Step::Pin);
        rig.type("3333");
        rig.reading().confirmPin();
        REQUIRE(rig.reach(CardReading::Step::Locked));
        CHECK(rig.reader.triesLeft() == 0);
        rig.kiosk.skipCard(); // "take a ticket"
        REQUIRE(rig.client.pending(u"issue"_s) == 1);
        CHECK_FALSE(rig.client.lastArguments(u"issue"_s).contains(u"profile"_s));
    }
    SECTION("the visitor is sure, and is right")
    {
        rig.reading().acceptLastTry();
        rig.type("8642");
        rig.reading().confirmPin();
        REQUIRE(rig.reach(CardReading::Step::Done));
        CHECK(rig.reader.triesLeft() == 3);
        REQUIRE(rig.client.pending(u"issue"_s) == 1);
    }
}

TEST_CASE("Kiosk card: a locked card is told before any PIN is asked", "[kiosk][card]")
{
    CardKiosk rig;
    rig.chooseAndConsent();
    rig.reader.place(card(0));
    REQUIRE(rig.reach(CardReading::Step::Locked));
    CHECK(rig.reading().pinLength() == 0);
}

TEST_CASE("Kiosk card: a card lifted too early or another card is asked for again", "[kiosk][card]")
{
    CardKiosk rig;
    rig.chooseAndConsent();

    SECTION("lifted while the PIN is typed: what was typed is forgotten")
    {
        rig.reader.place(card());
        REQUIRE(rig.reach(CardReading::Step::Pin));
        rig.type("86");
        rig.reader.lift();
        CHECK(rig.reading().step() == CardReading::Step::PlaceCard);
        CHECK(rig.reading().pinLength() == 0);
        CHECK_FALSE(rig.reading().problem().isEmpty());
        rig.reader.place(card());
        REQUIRE(rig.reach(CardReading::Step::Pin));
        CHECK(rig.reader.triesLeft() == 3);
    }
    SECTION("lifted during the read")
    {
        FakeCardProfile leaving = card();
        leaving.removedAfter = 6; // after the tries were read, during the read's own commands
        rig.reader.place(leaving);
        REQUIRE(rig.reach(CardReading::Step::Pin));
        rig.type("8642");
        rig.reading().confirmPin();
        REQUIRE(rig.reach(CardReading::Step::PlaceCard));
        CHECK_FALSE(rig.reading().problem().isEmpty());
        CHECK(rig.client.pending(u"issue"_s) == 0);
        rig.reader.place(card());
        REQUIRE(rig.reach(CardReading::Step::Pin));
        CHECK(rig.reading().problem().isEmpty()); // placed again: the last problem is over
    }
    SECTION("a transit card")
    {
        FakeCardProfile other;
        other.myNumberCard = false;
        rig.reader.place(other);
        REQUIRE(rig.reach(CardReading::Step::Checking));
        REQUIRE(rig.reach(CardReading::Step::PlaceCard));
        CHECK(rig.reading().problem().contains(u"not a My Number card"_s));
    }
}

TEST_CASE("Kiosk card: back, a ticket without the card, and details brought from home", "[kiosk][card]")
{
    CardKiosk rig;
    rig.kiosk.issue(u"tax"_s);
    rig.kiosk.begin(); // back to the services
    CHECK(rig.kiosk.screen() == KioskController::Screen::Services);
    CHECK(rig.reading().step() == CardReading::Step::Idle);
    rig.reader.place(card());
    CHECK(rig.reading().step() == CardReading::Step::Idle); // a card placed on the services screen is not read

    rig.kiosk.issue(u"tax"_s);
    rig.kiosk.skipCard();
    REQUIRE(rig.client.pending(u"issue"_s) == 1);
    CHECK(rig.client.lastArguments(u"issue"_s).value(u"services"_s).toArray() == QJsonArray{u"tax"_s});
    REQUIRE(rig.client.answer(u"issue"_s, ticket(u"T-001"_s, u"tax"_s)));
    CHECK_FALSE(rig.kiosk.ticketHasDetails());
    rig.waitForPrint();
    rig.kiosk.finish();

    // A pre-application brought the details: the card is not asked for.
    rig.begin();
    PreApplication application;
    application.profile = QJsonObject{{u"familyName"_s, u"緑川"_s}};
    rig.kiosk.scanned(encodePreApplication(application));
    rig.kiosk.issue(u"tax"_s);
    CHECK(rig.kiosk.screen() == KioskController::Screen::Services);
    CHECK(rig.client.pending(u"issue"_s) == 1);
}

TEST_CASE("Kiosk card: voice guidance says each step, never a digit", "[kiosk][card][voice]")
{
    CardKiosk rig;
    EchoSpeech speech;
    RecordingPlayer player;
    KioskVoice voice(rig.kiosk, speech, player, rig.catalogs, {false, 0.7});
    rig.kiosk.chooseLanguage(u"en"_s);
    rig.kiosk.issue(u"certificate"_s);
    CHECK(voice.guidance().contains(u"Your individual number is not read"_s));
    rig.reading().consent();
    CHECK(voice.guidance().startsWith(u"Place your My Number card on the reader"_s));
    rig.reader.place(card());
    REQUIRE(rig.reach(CardReading::Step::Pin));
    rig.type("864");
    CHECK(voice.guidance().contains(u"Tries left: 3"_s));
    CHECK_FALSE(voice.guidance().contains(u'8'));
    rig.reading().removeDigit();
    rig.type("12");
    rig.reading().confirmPin();
    REQUIRE(rig.reach(CardReading::Step::Reading));
    REQUIRE(rig.reach(CardReading::Step::Pin));
    CHECK(voice.guidance().startsWith(u"The PIN is not right"_s));
    CHECK(voice.guidance().contains(u"Tries left: 2"_s));
}

TEST_CASE("Kiosk card: the last try confirmed for one card is asked again for the next", "[kiosk][card]")
{
    CardKiosk rig;
    rig.chooseAndConsent();
    rig.reader.place(card(1));
    REQUIRE(rig.reach(CardReading::Step::LastTry));
    rig.reading().acceptLastTry();
    REQUIRE(rig.reading().step() == CardReading::Step::Pin);
    rig.reader.lift(); // and a family member's card, also at one try, is placed instead
    REQUIRE(rig.reading().step() == CardReading::Step::PlaceCard);
    rig.reader.place(card(1));
    REQUIRE(rig.reach(CardReading::Step::LastTry));
}

TEST_CASE("Kiosk card: a reader that cannot be used is not offered, and comes back", "[kiosk][card]")
{
    CardKiosk rig;
    rig.reader.setReady(false);
    rig.kiosk.issue(u"certificate"_s);
    CHECK(rig.kiosk.screen() == KioskController::Screen::Services);
    REQUIRE(rig.client.pending(u"issue"_s) == 1); // straight to the ticket
    REQUIRE(rig.client.answer(u"issue"_s, ticket(u"A-011"_s, u"certificate"_s)));
    rig.waitForPrint();
    rig.kiosk.finish();

    rig.reader.setReady(true);
    rig.begin();
    rig.chooseAndConsent();
    CHECK(rig.reading().step() == CardReading::Step::PlaceCard);
    rig.reader.setReady(false); // unplugged while the visitor holds the card
    CHECK(rig.reading().step() == CardReading::Step::Unavailable);
    rig.reader.setReady(true);
    CHECK(rig.reading().step() == CardReading::Step::PlaceCard);
}
