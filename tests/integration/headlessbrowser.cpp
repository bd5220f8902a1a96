// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headlessbrowser.h"

#include "serverprocess.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Madoguchi::Test {

HeadlessBrowser::HeadlessBrowser(int width, int height)
{
    REQUIRE(m_profile.isValid());
    m_process.setProgram(u"/usr/bin/chromium"_s);
    // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
    // Its scratch files (org.chromium.Chromium.*) go with the profile, not into /tmp for good.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TMPDIR"_s, m_profile.path());
    m_process.setProcessEnvironment(environment);
    m_process.setArguments({u"--headless"_s, u"--no-sandbox"_s, u"--disable-gpu"_s, u"--no-first-run"_s, u"--disable-extensions"_s,
                            u"--disable-background-networking"_s, u"--remote-debugging-port=0"_s, u"--remote-allow-origins=*"_s,
                            u"--user-data-dir="_s + m_profile.path(), u"about:blank"_s});
    // Its own process group, so that the renderer and helper processes end with it.
    m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
    m_process.start();
    REQUIRE(m_process.waitForStarted());
    static const QRegularExpression listening(u"DevTools listening on ws://127\\.0\\.0\\.1:(\\d+)/"_s);
    QByteArray log;
    const bool up = waitFor(
        [&] {
            log += m_process.readAllStandardError();
            return listening.match(QString::fromUtf8(log)).hasMatch() || m_process.state() == QProcess::NotRunning;
        },
        60000);
    INFO(log.toStdString());
    REQUIRE(up);
    const QString port = listening.match(QString::fromUtf8(log)).captured(1);
    REQUIRE_FALSE(port.isEmpty());

    // The page that Chromium opened, and its own debugging socket.
    QNetworkAccessManager network;
    QNetworkReply *list = network.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/json/list"_s.arg(port))));
    REQUIRE(waitFor([list] { return list->isFinished(); }));
    QString pageSocket;
    for (const QJsonValue &target : QJsonDocument::fromJson(list->readAll()).array()) {
        if (target[u"type"_s].toString() == u"page"_s)
            pageSocket = target[u"webSocketDebuggerUrl"_s].toString();
    }
    list->deleteLater();
    REQUIRE_FALSE(pageSocket.isEmpty());
    QObject::connect(&m_page, &QWebSocket::textMessageReceived, [this](const QString &text) {
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        if (message.contains(u"id"_s))
            m_replies[message.value(u"id"_s).toInt()] = message;
        else if (message.value(u"method"_s).toString() == u"Page.loadEventFired"_s)
            m_loaded = true;
    });
    m_page.open(QUrl(pageSocket));
    REQUIRE(waitFor([this] { return m_page.state() == QAbstractSocket::ConnectedState; }));
    call(u"Page.enable"_s);
    call(u"Emulation.setDeviceMetricsOverride"_s,
         {{u"width"_s, width}, {u"height"_s, height}, {u"deviceScaleFactor"_s, 1}, {u"mobile"_s, true}});
}

HeadlessBrowser::~HeadlessBrowser()
{
    m_page.close();
    ::kill(-pid_t(m_process.processId()), SIGKILL);
    m_process.waitForFinished();
}

QJsonObject HeadlessBrowser::call(const QString &method, const QJsonObject &params, int timeoutMs)
{
    const int id = m_nextId++;
    m_page.sendTextMessage(QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"id"_s, id}, {u"method"_s, method}, {u"params"_s, params}}).toJson(QJsonDocument::Compact)));
    INFO(method.toStdString());
    REQUIRE(waitFor([&] { return m_replies.count(id) > 0; }, timeoutMs));
    const QJsonObject reply = m_replies.at(id);
    m_replies.erase(id);
    INFO(QJsonDocument(reply).toJson().toStdString());
    REQUIRE_FALSE(reply.contains(u"error"_s));
    return reply.value(u"result"_s).toObject();
}

void HeadlessBrowser::emulatePrint(bool print)
{
    call(u"Emulation.setEmulatedMedia"_s, {{u"media"_s, print ? u"print"_s : QString()}});
}

void HeadlessBrowser::disableScripts()
{
    call(u"Emulation.setScriptExecutionDisabled"_s, {{u"value"_s, true}});
}

void HeadlessBrowser::navigate(const QString &url)
{
    m_loaded = false;
    call(u"Page.navigate"_s, {{u"url"_s, url}});
    REQUIRE(waitFor([this] { return m_loaded; }, 20000));
}

QJsonValue HeadlessBrowser::evaluate(const QString &expression, int timeoutMs)
{
    const QJsonObject result =
        call(u"Runtime.evaluate"_s, {{u"expression"_s, expression}, {u"awaitPromise"_s, true}, {u"returnByValue"_s, true}}, timeoutMs);
    INFO(expression.toStdString());
    INFO(QJsonDocument(result).toJson().toStdString());
    REQUIRE_FALSE(result.contains(u"exceptionDetails"_s));
    return result.value(u"result"_s).toObject().value(u"value"_s);
}

QString HeadlessBrowser::html()
{
    const int root = call(u"DOM.getDocument"_s).value(u"root"_s).toObject().value(u"nodeId"_s).toInt();
    return call(u"DOM.getOuterHTML"_s, {{u"nodeId"_s, root}}).value(u"outerHTML"_s).toString();
}

void HeadlessBrowser::screenshot(const QString &path)
{
    const QJsonObject shot = call(u"Page.captureScreenshot"_s, {{u"format"_s, u"png"_s}, {u"captureBeyondViewport"_s, true}});
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromBase64(shot.value(u"data"_s).toString().toLatin1()));
}

} // namespace Madoguchi::Test
