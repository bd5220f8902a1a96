// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's card step through a real pcscd with the vpcd virtual reader and the project's card
// emulator, as a kiosk runs it (PcscCardTerminal): a good read whose values go to the ticket's
// visit, one try left, a locked card, and a card lifted off while the PIN is typed and during the
// read.
#include "pcscdprocess.h"
#include "scriptedkiosk.h"

#include "card/pcsccardterminal.h"

#include <QJsonArray>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

struct PcscKiosk : ScriptedKiosk {
    PcscdProcess pcscd;
    PcscCardTerminal reader{QString::fromLatin1(PcscdProcess::kReader)};

    PcscKiosk()
    {
        kiosk.setCardTerminal(&reader);
        QSignalSpy ready(&reader, &CardTerminal::readyChanged);
        reader.start();
        REQUIRE((reader.ready() || ready.wait(10000))); // the monitor has seen the reader
        begin();
        kiosk.issue(u"certificate"_s);
        REQUIRE(kiosk.screen() == KioskController::Screen::Card);
        reading().consent();
    }
    ~PcscKiosk() { kiosk.setCardTerminal(nullptr); } // the reading goes (and waits for its card call) before the reader
    CardReading &reading() { return *kiosk.card(); }
    bool reach(CardReading::Step step) { return reachStep(reading(), step); }
};

} // namespace

TEST_CASE("Kiosk card through PC/SC: the card placed, its PIN, and the values on the ticket's visit", "[kiosk][card][pcsc]")
{
    PcscKiosk rig;
    CHECK(rig.reading().step() == CardReading::Step::PlaceCard);
    rig.pcscd.placeCard({u"--holder"_s, u"3"_s});
    REQUIRE(rig.reach(CardReading::Step::Pin));
    CHECK(rig.reading().triesLeft() == 3);
    typePin(rig.reading(), "1234");
    rig.reading().confirmPin();
    REQUIRE(rig.reach(CardReading::Step::Done));
    REQUIRE(rig.client.pending(u"issue"_s) == 1);
    const QJsonObject brought = rig.client.lastArguments(u"issue"_s).value(u"profile"_s).toObject();
    CHECK(brought.value(u"source"_s) == u"card"_s);
    CHECK(brought.value(u"values"_s)
              .toArray()
              .contains(QJsonObject{{u"field"_s, u"familyName"_s}, {u"person"_s, 0}, {u"value"_s, u"𠮷田"_s}}));
    CHECK(rig.reading().cardPresent());
    QSignalSpy lifted(&rig.reading(), &CardReading::cardPresentChanged);
    rig.pcscd.liftCard();
    REQUIRE((!rig.reading().cardPresent() || lifted.wait(10000)));
    CHECK_FALSE(rig.reading().cardPresent());
}

TEST_CASE("Kiosk card through PC/SC: one try left is confirmed first, a locked card is told", "[kiosk][card][pcsc]")
{
    PcscKiosk rig;
    SECTION("one try left")
    {
        rig.pcscd.placeCard({u"--tries"_s, u"1"_s});
        REQUIRE(rig.reach(CardReading::Step::LastTry));
        rig.reading().acceptLastTry();
        typePin(rig.reading(), "1234");
        rig.reading().confirmPin();
        REQUIRE(rig.reach(CardReading::Step::Done));
    }
    SECTION("locked")
    {
        rig.pcscd.placeCard({u"--tries"_s, u"0"_s});
        REQUIRE(rig.reach(CardReading::Step::Locked));
        rig.kiosk.skipCard();
        CHECK(rig.client.pending(u"issue"_s) == 1);
    }
}

TEST_CASE("Kiosk card through PC/SC: a card lifted off while the PIN is typed, or during the read, is asked for again",
          "[kiosk][card][pcsc]")
{
    PcscKiosk rig;
    rig.pcscd.placeCard();
    REQUIRE(rig.reach(CardReading::Step::Pin));
    typePin(rig.reading(), "12");
    rig.pcscd.liftCard();
    REQUIRE(rig.reach(CardReading::Step::PlaceCard));
    CHECK(rig.reading().pinLength() == 0);
    CHECK_FALSE(rig.reading().problem().isEmpty());

    // Three commands read the tries; the read's own SELECTs and VERIFY follow; then it goes.
    rig.pcscd.placeCard({u"--removed-after"_s, u"8"_s});
    REQUIRE(rig.reach(CardReading::Step::Pin));
    typePin(rig.reading(), "1234");
    rig.reading().confirmPin();
    REQUIRE(rig.reach(CardReading::Step::PlaceCard));
    CHECK_FALSE(rig.reading().problem().isEmpty());
    CHECK(rig.client.pending(u"issue"_s) == 0);
    rig.pcscd.waitForCardToLeave();
}
