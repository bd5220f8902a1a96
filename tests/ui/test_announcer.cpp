// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The board's voice queue: chime, office language, visitor's language; calls never overlap; a
// sentence that cannot be spoken is skipped; muted is silent. Speech and speakers are test doubles
// of their interfaces (voicedoubles.h).
#include "voicedoubles.h"

#include "board/announcer.h"
#include "common/languagecatalogs.h"

#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kChime = "chime";

} // namespace

TEST_CASE("Calls are announced in order, one sound at a time", "[announcer]")
{
    EchoSpeech speech;
    RecordingPlayer player;
    const LanguageCatalogs catalogs({u"ja"_s, u"vi"_s, u"tr"_s, u"en"_s});
    Announcer announcer(speech, player, catalogs, u"ja"_s, kChime, {false, 0.5});
    QSignalSpy idle(&announcer, &Announcer::idle);
    auto waitForPlays = [&](qsizetype count) { return QTest::qWaitFor([&] { return player.played.size() >= count; }, 10000); };

    CHECK(announcer.sentence(u"A-023"_s, 3, u"en"_s) == u"Number A-023, please come to counter 3."_s);
    CHECK(announcer.sentence(u"A-023"_s, 3, u"ja"_s).contains(u"A-023"_s));
    CHECK_FALSE(announcer.sentence(u"A-023"_s, 3, u"ja"_s).contains(u"Number"_s));

    announcer.announce(u"A-023"_s, 3, u"vi"_s);
    announcer.announce(u"B-007"_s, 1, u"ja"_s); // arrives while the first plays: waits
    REQUIRE(player.played.size() == 1);
    CHECK(player.played.at(0) == kChime);
    CHECK(player.lastVolume == 0.5);

    player.end();
    REQUIRE(waitForPlays(2));
    CHECK(player.played.at(1) == (u"ja|"_s + announcer.sentence(u"A-023"_s, 3, u"ja"_s)).toUtf8());
    player.end();
    REQUIRE(waitForPlays(3));
    CHECK(player.played.at(2) == (u"vi|"_s + announcer.sentence(u"A-023"_s, 3, u"vi"_s)).toUtf8());
    player.end();
    REQUIRE(waitForPlays(4));
    CHECK(player.played.at(3) == kChime); // the second call, only in Japanese: its visitor's language
    player.end();
    REQUIRE(waitForPlays(5));
    player.end();
    REQUIRE(QTest::qWaitFor([&] { return !idle.isEmpty(); }, 10000));
    CHECK(player.played.size() == 5);
    CHECK_FALSE(announcer.busy());

    SECTION("a sentence that cannot be spoken is skipped")
    {
        announcer.announce(u"C-001"_s, 2, u"tr"_s);
        player.end(); // the chime
        REQUIRE(waitForPlays(7));
        player.end(); // Japanese; Turkish fails and is skipped
        REQUIRE(QTest::qWaitFor([&] { return idle.size() >= 2; }, 10000));
        CHECK(player.played.size() == 7);
    }
}

TEST_CASE("A muted board plays nothing", "[announcer]")
{
    EchoSpeech speech;
    RecordingPlayer player;
    const LanguageCatalogs catalogs({u"ja"_s});
    Announcer announcer(speech, player, catalogs, u"ja"_s, kChime, {true, 1.0});
    announcer.announce(u"A-001"_s, 1, u"vi"_s);
    CHECK(player.played.isEmpty());
    CHECK_FALSE(announcer.busy());

    announcer.setSettings({false, 0.35}); // the office's configuration changed
    announcer.announce(u"A-002"_s, 1, u"ja"_s);
    REQUIRE(player.played.size() == 1);
    CHECK(player.lastVolume == 0.35);
    player.end();
    announcer.setSettings({true, 0.35});
    REQUIRE(QTest::qWaitFor([&] { return player.played.size() == 2; }, 10000)); // what was queued still plays
    player.end();
    announcer.announce(u"A-003"_s, 1, u"ja"_s);
    CHECK(player.played.size() == 2);
}
