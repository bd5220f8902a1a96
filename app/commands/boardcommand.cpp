// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardcommand.h"

#include "board/boardcontroller.h"
#include "board/boardscreenshots.h"
#include "boardvoice.h"
#include "client/httpofficeclient.h"
#include "client/websocketeventstream.h"
#include "common/languagecatalogs.h"
#include "deviceoptions.h"
#include "qmlwindow.h"
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
    const DeviceOptions device(u"board"_s);
    const QCommandLineOption portraitOpt(u"portrait"_s, CliTr::tr("A display standing upright (1080×1920)."));
    const QCommandLineOption fullScreenOpt(u"full-screen"_s, CliTr::tr("Fill the screen (for the board's own display)."));
    const QCommandLineOption screenshotsOpt(
        u"screenshots"_s, CliTr::tr("Save the board in every language as PNGs in this folder and exit."), CliTr::tr("folder"));
    const QCommandLineOption muteOpt(u"mute"_s, CliTr::tr("No chime and no spoken calls, whatever the office's configuration says."));
    const QCommandLineOption volumeOpt(
        u"volume"_s, CliTr::tr("Volume of the chime and the calls, 0 to 100, instead of the office's configuration ([board] volume)."),
        CliTr::tr("percent"));
    device.addTo(parser);
    parser.addOptions({portraitOpt, fullScreenOpt, screenshotsOpt, muteOpt, volumeOpt});
    if (const int code = parse(parser, arguments, CliTr::tr("The display board (呼出表示盤).")); code >= 0)
        return code;
    QUrl server;
    QString token;
    if (const int code = device.read(parser, server, token); code >= 0)
        return code;
    bool volumeOk = false;
    const int volume = parser.isSet(volumeOpt) ? parser.value(volumeOpt).toInt(&volumeOk) : 80;
    if (parser.isSet(volumeOpt) && (!volumeOk || volume < 0 || volume > 100)) {
        err(CliTr::tr("--volume is 0 to 100."));
        return UsageError;
    }
    // The office's [board] sound, unless this board is told otherwise.
    std::optional<SoundSettings> sound;
    if (parser.isSet(muteOpt) || parser.isSet(volumeOpt))
        sound = SoundSettings{parser.isSet(muteOpt), volume / 100.0};
    const bool screenshots = parser.isSet(screenshotsOpt);
    if (!screenshots && !hasDisplay()) {
        err(CliTr::tr("There is no display. Run the board on its display's desktop, or save its screens with --screenshots FOLDER."));
        return Failure;
    }

    QNetworkAccessManager network;
    HttpOfficeClient client(server, network);
    client.setToken(token);
    WebSocketEventStream events(server);
    const LanguageCatalogs catalogs(productLanguages());
    BoardController board(client, events, catalogs);
    QQmlApplicationEngine engine;
    UiLanguage language(engine);
    language.apply(productLanguages().constFirst());
    QQuickWindow *window = loadWindow(engine, u"board/BoardWindow.qml"_s);
    if (!window)
        return Failure;
    board.start(token);
    if (screenshots)
        return reportScreenshots(takeBoardScreenshots(board, *window, parser.value(screenshotsOpt)));
    BoardVoice voice(board, catalogs, productLanguages().constFirst(), sound);
    if (parser.isSet(portraitOpt))
        window->resize(1080, 1920);
    if (parser.isSet(fullScreenOpt))
        window->showFullScreen();
    return QGuiApplication::exec();
}

} // namespace

Command boardCommand()
{
    return {u"board"_s, CliTr::tr("the display board's window (--server, --token)"), run};
}

} // namespace Madoguchi::Cli
