// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The display board's controller against a scripted client and event stream, without a server:
// what is announced (new calls and recalls, not what was already on the board), what a board that
// lost the server shows, its sound settings and its rotating captions (test_board runs the board
// against the real server process).
#include "scriptedeventstream.h"
#include "scriptedofficeclient.h"

#include "board/boardcontroller.h"
#include "common/languagecatalogs.h"

#include <QSignalSpy>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

BoardCall call(const QString &number, int counter, int minute, int recalls = 0)
{
    return BoardCall{number, counter, QDateTime(QDate(2026, 12, 2), QTime(1, minute), Qt::UTC), u"called"_s, u"en"_s, recalls, {}, {}};
}

BoardView view(const QList<BoardCall> &calling, bool muted = false)
{
    BoardView board;
    board.calling = calling;
    ServiceStatus certificates;
    certificates.code = u"certificate"_s;
    certificates.name = LocalizedText({{u"ja"_s, u"証明書"_s}, {u"en"_s, u"Certificates"_s}});
    certificates.waiting = 4;
    certificates.congestion = u"medium"_s;
    board.services = {certificates};
    board.muted = muted;
    return board;
}

struct ScriptedBoard {
    ScriptedOfficeClient client;
    ScriptedEventStream events;
    const LanguageCatalogs catalogs{{u"ja"_s, u"en"_s}};
    BoardController board{client, events, catalogs};
    QSignalSpy announced{&board, &BoardController::announced};
    QSignalSpy sound{&board, &BoardController::soundConfigured};

    /// The board starts, reads the office and its first view, and the events flow.
    void start(const BoardView &first)
    {
        board.start(u"board-token"_s);
        OfficeOverview overview;
        overview.languages = {u"ja"_s, u"en"_s};
        REQUIRE(client.answer(u"overview"_s, overview));
        REQUIRE(client.answer(u"board"_s, first));
        events.setConnected(true);
        REQUIRE(client.answer(u"board"_s, first)); // read again once the events flow
    }
    /// Events arrive; the board re-reads and the server answers with `now`.
    void eventsThen(const BoardView &now)
    {
        QSignalSpy called(&client, &ScriptedOfficeClient::called);
        Q_EMIT events.eventsReceived({ClientEvent{}}, false);
        REQUIRE(called.wait(5000));
        REQUIRE(client.answer(u"board"_s, now));
    }
    [[nodiscard]] QStringList announcedNumbers() const
    {
        QStringList numbers;
        for (const QList<QVariant> &arguments : announced)
            numbers.append(arguments.at(0).toString());
        return numbers;
    }
};

} // namespace

TEST_CASE("Scripted board: only new calls and recalls are announced, oldest first", "[board][scripted]")
{
    ScriptedBoard rig;
    rig.start(view({call(u"A-001"_s, 1, 0)}));
    CHECK(rig.events.token() == u"board-token"_s);
    CHECK(rig.announced.isEmpty()); // what was on the board before it started is not news
    REQUIRE(rig.board.calling().size() == 1);
    CHECK(rig.board.calling().at(0).toMap().value(u"number"_s).toString() == u"A-001"_s);

    rig.eventsThen(view({call(u"B-002"_s, 3, 2), call(u"A-002"_s, 2, 1), call(u"A-001"_s, 1, 0)}));
    CHECK(rig.announcedNumbers() == QStringList{u"A-002"_s, u"B-002"_s});
    REQUIRE(rig.announced.size() == 2);
    CHECK(rig.announced.at(0).at(1).toInt() == 2);
    CHECK(rig.announced.at(0).at(2).toString() == u"en"_s);

    rig.announced.clear();
    rig.eventsThen(view({call(u"B-002"_s, 3, 2), call(u"A-002"_s, 2, 1), call(u"A-001"_s, 1, 0, 1)}));
    CHECK(rig.announcedNumbers() == QStringList{u"A-001"_s}); // called again at its counter
}

TEST_CASE("Scripted board: a routed visit's recent call says where it goes next", "[board][scripted][routing]")
{
    ScriptedBoard rig;
    BoardView board = view({call(u"B-002"_s, 3, 2)});
    BoardCall done = call(u"A-001"_s, 1, 0);
    done.nextPrefix = u"C"_s;
    done.nextName = LocalizedText({{u"ja"_s, u"国民健康保険"_s}, {u"en"_s, u"Health insurance"_s}});
    board.recent = {done, call(u"A-002"_s, 2, 1)};
    rig.start(board);
    const QVariantList recent = rig.board.recent();
    REQUIRE(recent.size() == 2);
    CHECK(recent.at(0).toMap().value(u"next"_s).toString() == u"C 国民健康保険"_s); // in the board's first language
    CHECK(recent.at(1).toMap().value(u"next"_s).toString().isEmpty());
}

TEST_CASE("Scripted board: a board that lost the server shows no numbers, and announces what it missed", "[board][scripted]")
{
    ScriptedBoard rig;
    rig.start(view({call(u"A-001"_s, 1, 0)}));
    QSignalSpy connection(&rig.board, &BoardController::connectedChanged);
    rig.events.setConnected(false);
    CHECK_FALSE(rig.board.connected());
    CHECK(rig.board.calling().isEmpty());
    CHECK(rig.board.recent().isEmpty());
    CHECK(rig.board.services().size() == 1); // the waiting counts stay, marked by the caption

    rig.events.setConnected(true);
    REQUIRE(rig.client.answer(u"board"_s, view({call(u"A-002"_s, 1, 5), call(u"A-001"_s, 1, 0)})));
    CHECK(rig.board.connected());
    CHECK(rig.board.calling().size() == 2);
    CHECK(rig.announcedNumbers() == QStringList{u"A-002"_s});
    CHECK(connection.size() >= 2);

    SECTION("a read that fails counts as lost too")
    {
        rig.board.refresh();
        REQUIRE(rig.client.fail<BoardView>(u"board"_s, {ClientErrorCode::Unreachable, u"timeout"_s}));
        CHECK_FALSE(rig.board.connected());
        CHECK(rig.board.calling().isEmpty());
    }
}

TEST_CASE("Scripted board: the office's sound is told at start and when it changes", "[board][scripted]")
{
    ScriptedBoard rig;
    rig.start(view({}));
    REQUIRE(rig.sound.size() == 1);
    CHECK_FALSE(rig.sound.at(0).at(0).toBool());
    CHECK(rig.sound.at(0).at(1).toInt() == 80);
    rig.eventsThen(view({}));
    CHECK(rig.sound.size() == 1);
    rig.eventsThen(view({}, true));
    REQUIRE(rig.sound.size() == 2);
    CHECK(rig.sound.at(1).at(0).toBool());
}

TEST_CASE("Scripted board: captions stay in Japanese and English, service names come in both", "[board][scripted]")
{
    ScriptedBoard rig;
    rig.start(view({}));
    // Two languages: both stay, Japanese first; English is also the service names' second line.
    CHECK(rig.board.captionLanguage() == u"en"_s);
    REQUIRE(rig.board.fixedCaptions().size() == 2);
    const QString japanese = rig.board.fixedCaptions().at(0).value<BoardCaptions>().nowCalling;
    CHECK(japanese != u"Now calling"_s);
    CHECK(rig.board.fixedCaptions().at(1).value<BoardCaptions>().nowCalling == u"Now calling"_s);
    CHECK(rig.board.captions().counter.arg(3) == u"Counter 3"_s);
    CHECK(rig.board.services().at(0).toMap().value(u"name"_s).toString() == u"証明書"_s);
    CHECK(rig.board.services().at(0).toMap().value(u"otherName"_s).toString() == u"Certificates"_s);
    CHECK(rig.board.services().at(0).toMap().value(u"waiting"_s).toString() != u"4 waiting"_s); // in Japanese
    rig.board.rotateCaptions();
    CHECK(rig.board.captionLanguage() == u"en"_s);
}
