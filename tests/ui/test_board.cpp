// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The display board against the real server process: calls appear as they happen and are announced
// once, captions and service names rotate through the office's languages, congestion comes with
// words; and every board screen rendered by the real `madoguchi board --screenshots`.
#include "serverprocess.h"
#include "uitestsupport.h"

#include "board/boardcontroller.h"
#include "client/httpofficeclient.h"
#include "client/websocketeventstream.h"
#include "common/languagecatalogs.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPassword = "correct horse battery";

struct BoardRig {
    QTemporaryDir work;
    ServerProcess server{openSampleOffice(work)};
    QString kioskToken, boardToken, clerk;

    BoardRig()
    {
        kioskToken = server.deviceToken(u"kiosk"_s, u"kiosk-1"_s);
        boardToken = server.deviceToken(u"board"_s, u"board-1"_s);
        server.addStaff(u"clerk1"_s, u"clerk"_s, kPassword);
        server.start();
        clerk = server.login(u"clerk1"_s, kPassword, 1);
        REQUIRE(server.request("POST", u"/api/v1/counters/1/open"_s, clerk).status == 200);
    }
    QUrl base() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(server.port())); }
    void issue(const QString &service, const QString &language = u"vi"_s)
    {
        REQUIRE(server.request("POST", u"/api/v1/visits"_s, kioskToken, {{u"services"_s, QJsonArray{service}}, {u"language"_s, language}})
                    .status
                == 201);
    }
    QString callNext()
    {
        const Reply reply = server.request("POST", u"/api/v1/counters/1/call-next"_s, clerk);
        REQUIRE(reply.status == 200);
        return reply.json().value(u"visit"_s).toObject().value(u"number"_s).toString();
    }
};

/// A board controller on the real client and event stream of a server, with spies on what it says.
struct LiveBoard {
    QNetworkAccessManager network;
    HttpOfficeClient client;
    WebSocketEventStream events;
    const LanguageCatalogs catalogs{sampleLanguages()};
    BoardController board{client, events, catalogs};
    QSignalSpy announced{&board, &BoardController::announced};
    QSignalSpy refreshed{&board, &BoardController::refreshed};

    LiveBoard(const QUrl &server, const QString &token)
        : client(server, network)
        , events(server)
    {
        client.setToken(token);
        board.start(token);
    }
    /// Waits until the board has read the office and follows its events.
    void waitUntilLive()
    {
        REQUIRE(waitFor([&] { return events.isConnected() && board.connected() && refreshed.size() >= 2; }));
    }
};

} // namespace

TEST_CASE("The board follows the calls live and announces each once", "[board]")
{
    BoardRig rig;
    rig.issue(u"moving"_s);
    rig.issue(u"moving"_s);

    LiveBoard live(rig.base(), rig.boardToken);
    live.waitUntilLive();
    BoardController &board = live.board;
    QSignalSpy &announced = live.announced;
    QSignalSpy &refreshed = live.refreshed;

    CHECK(board.calling().isEmpty());
    CHECK(board.captionLanguage() == u"ja-x-easy"_s); // the rotating line; Japanese and English stay
    REQUIRE(board.fixedCaptions().size() == 2);
    CHECK(board.fixedCaptions().at(0).value<BoardCaptions>().nowCalling == u"ただいまお呼びしている番号"_s);
    CHECK(board.fixedCaptions().at(1).value<BoardCaptions>().nowCalling == u"Now calling"_s);
    CHECK(board.viewingMetres() == 6);
    CHECK(board.diagonalInches() == 55);
    const QVariantList services = board.services();
    REQUIRE(services.size() >= 2);
    CHECK(services.at(0).toMap().value(u"name"_s).toString() == u"住民異動"_s);
    CHECK(services.at(0).toMap().value(u"prefix"_s).toString() == u"A"_s);
    CHECK(services.at(0).toMap().value(u"waiting"_s).toString() == u"2人待ち"_s);
    CHECK_FALSE(services.at(0).toMap().value(u"levelText"_s).toString().isEmpty());
    for (const QVariant &service : services.mid(1)) // nobody waiting is never crowded, whatever the estimate's range
        CHECK(service.toMap().value(u"level"_s).toInt() == 0);

    const QString number = rig.callNext();
    REQUIRE(waitFor([&] { return !announced.isEmpty(); }));
    CHECK(announced.at(0).at(0).toString() == number);
    CHECK(announced.at(0).at(1).toInt() == 1);
    CHECK(announced.at(0).at(2).toString() == u"vi"_s); // the visitor's language, for the spoken call
    REQUIRE(board.calling().size() == 1);
    CHECK(board.calling().at(0).toMap().value(u"number"_s).toString() == number);
    CHECK(board.calling().at(0).toMap().value(u"fresh"_s).toBool()); // highlighted for its first seconds
    CHECK(board.fixedCaptions().at(0).value<BoardCaptions>().counter.arg(1) == u"1番窓口"_s);

    board.refresh(); // a re-read does not announce the same call again
    const qsizetype before = refreshed.size();
    REQUIRE(waitFor([&] { return refreshed.size() > before; }));
    CHECK(announced.size() == 1);

    board.rotateCaptions();
    CHECK(board.captionLanguage() == u"en"_s);
    CHECK(board.captions().nowCalling == u"Now calling"_s);
    CHECK(board.services().at(0).toMap().value(u"name"_s).toString() == u"住民異動"_s);
    CHECK(board.services().at(0).toMap().value(u"otherName"_s).toString() == u"Moving house"_s);
}

TEST_CASE("A recall is announced again", "[board]")
{
    BoardRig rig;
    rig.issue(u"moving"_s);
    LiveBoard live(rig.base(), rig.boardToken);
    live.waitUntilLive();
    QSignalSpy &announced = live.announced;
    const QString number = rig.callNext();
    REQUIRE(waitFor([&] { return announced.size() == 1; }));
    REQUIRE(rig.server.request("POST", u"/api/v1/counters/1/recall"_s, rig.clerk).status == 200);
    REQUIRE(waitFor([&] { return announced.size() == 2; }));
    CHECK(announced.at(1).at(0).toString() == number);
    CHECK(announced.at(1).at(1).toInt() == 1);
}

TEST_CASE("A board that loses the server shows it instead of numbers, and back it announces the calls made meanwhile", "[board]")
{
    BoardRig rig;
    rig.issue(u"moving"_s);
    rig.issue(u"moving"_s);
    LiveBoard live(rig.base(), rig.boardToken);
    live.waitUntilLive();
    BoardController &board = live.board;
    QSignalSpy &announced = live.announced;
    const QString first = rig.callNext();
    REQUIRE(waitFor([&] { return announced.size() == 1 && board.calling().size() == 1; }));

    const quint16 port = rig.server.port();
    rig.server.kill(); // a power cut at the server: no close ever reaches the board
    REQUIRE(waitFor([&] { return !board.connected(); }));
    CHECK(board.calling().isEmpty());
    CHECK(board.recent().isEmpty());
    CHECK_FALSE(board.captions().offline.isEmpty());

    // The server is back; before the board has found it again, the next number is called.
    rig.server.start(port);
    REQUIRE(rig.server.request("POST", u"/api/v1/counters/1/finish"_s, rig.clerk).status == 200);
    const QString second = rig.callNext();
    REQUIRE(waitFor([&] { return board.connected() && announced.size() == 2; }, 15000));
    CHECK(announced.at(1).at(0).toString() == second);
    CHECK(second != first);
    REQUIRE(board.calling().size() == 1);
    CHECK(board.calling().at(0).toMap().value(u"number"_s).toString() == second);
}

TEST_CASE("Every board screen renders in every language, landscape and portrait", "[board][screenshots]")
{
    BoardRig rig;
    // A one-stop visit between counters: its recent call says where it goes next.
    const QJsonArray route{QJsonObject{{u"procedures"_s, QJsonArray{u"move-in-notice"_s}}},
                           QJsonObject{{u"procedures"_s, QJsonArray{u"kokuho-join"_s}}, {u"after"_s, QJsonArray{u"moving"_s}}}};
    REQUIRE(rig.server
                .request("POST", u"/api/v1/visits"_s, rig.kioskToken,
                         {{u"services"_s, QJsonArray{u"moving"_s, u"kokuho"_s}}, {u"route"_s, route}, {u"language"_s, u"vi"_s}})
                .status
            == 201);
    rig.callNext();
    REQUIRE(rig.server.request("POST", u"/api/v1/counters/1/start"_s, rig.clerk).status == 200);
    REQUIRE(rig.server.request("POST", u"/api/v1/counters/1/finish"_s, rig.clerk).status == 200);
    for (int i = 0; i < 5; ++i)
        rig.issue(u"moving"_s);
    rig.callNext();
    const QString folder = QStringLiteral(MADOGUCHI_SCREENSHOTS "/board");
    QDir(folder).removeRecursively();
    runFrontEnd({u"board"_s, u"--server"_s, rig.base().toString(), u"--token-file"_s, tokenFile(rig.work, rig.boardToken),
                 u"--screenshots"_s, folder});

    QImage previous;
    for (const QString &language : sampleLanguages().mid(1)) { // the rotating line's languages
        INFO(language.toStdString());
        const QImage image(QDir(folder).filePath(u"board-landscape-%1.png"_s.arg(language)));
        REQUIRE_FALSE(image.isNull());
        CHECK(image.size() == QSize(1920, 1080));
        CHECK_FALSE(isBlank(image));
        CHECK(image != previous);
        previous = image;
    }
    const QImage portrait(QDir(folder).filePath(u"board-portrait-ja.png"_s));
    CHECK(portrait.size() == QSize(1080, 1920));
    CHECK_FALSE(isBlank(portrait));
    const QImage contrast(QDir(folder).filePath(u"board-landscape-contrast-ja.png"_s));
    CHECK(QColor(contrast.pixel(contrast.width() - 5, contrast.height() - 5)) == QColor(Qt::black));
}

TEST_CASE("The board sounds as the office's configuration says", "[board][voice]")
{
    QTemporaryDir work;
    ServerProcess server(openSampleOffice(work), "\n[board]\nmuted = true\nvolume = 35\n");
    const QString token = server.deviceToken(u"board"_s, u"board-1"_s);
    server.start();
    LiveBoard live(QUrl(u"http://127.0.0.1:%1"_s.arg(server.port())), token);
    BoardController &board = live.board;
    QSignalSpy sound(&board, &BoardController::soundConfigured); // told when the first read arrives, after this
    REQUIRE(waitFor([&] { return !sound.isEmpty(); }));
    CHECK(sound.at(0).at(0).toBool());
    CHECK(sound.at(0).at(1).toInt() == 35);
    board.refresh(); // unchanged: not told again
    QSignalSpy refreshed(&board, &BoardController::refreshed);
    REQUIRE(waitFor([&] { return !refreshed.isEmpty(); }));
    CHECK(sound.size() == 1);
}
