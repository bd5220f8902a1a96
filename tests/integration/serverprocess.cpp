// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverprocess.h"

#include "processmemory.h"

#include <catch2/catch.hpp>

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTimeZone>
#include <QTimer>

#include <csignal>

using namespace Qt::StringLiterals;

namespace Madoguchi::Test {

QDateTime nextReservationSlot()
{
    const qint64 slot = 5 * 60 * 1000;
    return QDateTime::fromMSecsSinceEpoch((QDateTime::currentMSecsSinceEpoch() / slot + 1) * slot, Qt::UTC);
}

bool onTodaysOfficeDay(const QDateTime &instant)
{
    const QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));
    return instant.toTimeZone(tokyo).date() == QDateTime::currentDateTimeUtc().toTimeZone(tokyo).date();
}

QJsonObject reservationRequest(const QDateTime &due, const QString &language)
{
    return {{QStringLiteral("service"), QStringLiteral("moving")},
            {QStringLiteral("due"), due.toString(Qt::ISODateWithMs)},
            {QStringLiteral("language"), language}};
}

ServerProcess::ServerProcess(const QString &config, const QByteArray &extra)
{
    REQUIRE(m_dir.isValid());
    m_config = m_dir.filePath(u"office.toml"_s);
    QFile source(QFileInfo(config).isAbsolute() ? config : QStringLiteral(MADOGUCHI_TEST_DATA) + u"/server/"_s + config);
    REQUIRE(source.open(QIODevice::ReadOnly));
    QFile target(m_config);
    REQUIRE(target.open(QIODevice::WriteOnly));
    target.write(source.readAll() + "\n" + extra);
}

ServerProcess::~ServerProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        kill();
}

QString ServerProcess::databasePath() const
{
    return m_dir.filePath(u"madoguchi.sqlite"_s);
}

void ServerProcess::usePublicUrl()
{
    reservePort();
}

void ServerProcess::reservePort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    m_reservedPort = probe.serverPort();
    probe.close();
    QFile file(m_config);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    static const QRegularExpression publicUrl(u"\\npublic_url = \"[^\"]*\"\\n"_s);
    text.remove(publicUrl);
    REQUIRE(text.contains(u"\n[server]\n"_s));
    const QString line = u"public_url = \"http://127.0.0.1:%1\"\n"_s.arg(m_reservedPort);
    text.replace(u"\n[server]\n"_s, u"\n[server]\n"_s + line);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

void ServerProcess::start(quint16 port)
{
    // A reserved port is free when reserved, but until the server binds it any program on the machine
    // (another test's client socket, say) may take it: then reserve another, as an installer would.
    for (int attempt = 0;; ++attempt) {
        const bool reserved = port == 0 && m_reservedPort != 0;
        if (launch(reserved ? m_reservedPort : port) || !reserved || attempt == 4)
            break;
        reservePort();
    }
    INFO(log().toStdString());
    REQUIRE(m_port != 0);
}

bool ServerProcess::launch(quint16 port)
{
    collectLog(); // keep what the previous run logged
    m_port = 0;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setProgram(QStringLiteral(MADOGUCHI_BINARY));
    m_process->setArguments({u"server"_s, u"--config"_s, m_config, u"--data"_s, m_dir.path(), u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)});
    m_process->start();
    REQUIRE(m_process->waitForStarted());
    static const QRegularExpression listening(u"listening on https?://127\\.0\\.0\\.1:(\\d+)"_s);
    QByteArray output;
    const bool ended = waitFor([&] {
        output += m_process->readAllStandardOutput();
        return listening.match(QString::fromUtf8(output)).hasMatch() || m_process->state() == QProcess::NotRunning;
    });
    const auto match = listening.match(QString::fromUtf8(output));
    if (!ended || !match.hasMatch()) {
        INFO(log().toStdString());
        REQUIRE(ended);
        REQUIRE(log().contains("cannot listen on")); // anything but a taken port is the server's fault
        return false;
    }
    m_port = quint16(match.captured(1).toUInt());
    return true;
}

qint64 ServerProcess::residentKiB() const
{
    return running() ? Test::residentKiB(QString::number(m_process->processId())) : 0;
}

void ServerProcess::kill()
{
    ::kill(pid_t(m_process->processId()), SIGKILL);
    m_process->waitForFinished();
}

int ServerProcess::terminate()
{
    m_process->terminate();
    REQUIRE(m_process->waitForFinished(10000));
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

QByteArray ServerProcess::runCommand(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(MADOGUCHI_BINARY), arguments + QStringList{u"--config"_s, m_config, u"--data"_s, m_dir.path()});
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(30000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

QByteArray ServerProcess::command(const QStringList &arguments, const QByteArray &input)
{
    return runCommand(arguments, input);
}

QString ServerProcess::deviceToken(const QString &role, const QString &name)
{
    return QString::fromLatin1(runCommand({u"token"_s, u"new"_s, u"--role"_s, role, u"--name"_s, name}, {}).trimmed());
}

void ServerProcess::addStaff(const QString &login, const QString &role, const QByteArray &password)
{
    runCommand({u"staff"_s, u"add"_s, u"--login"_s, login, u"--role"_s, role}, password + '\n');
}

QString ServerProcess::login(const QString &name, const QByteArray &password, int counter)
{
    const Reply reply = request("POST", u"/api/v1/sessions"_s, {},
                                {{u"login"_s, name}, {u"password"_s, QString::fromUtf8(password)}, {u"counter"_s, counter}});
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 201);
    return reply.json().value(u"token"_s).toString();
}

QUrl ServerProcess::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path));
}

Reply ServerProcess::request(const QByteArray &method, const QString &path, const QString &token, const QJsonObject &body,
                             const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    return jsonCall(url(path), method, token, body, headers);
}

Reply ServerProcess::raw(const QByteArray &method, const QString &path, const QString &token, const QByteArray &body,
                         const QByteArray &contentType)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!contentType.isEmpty())
        headers.append(std::pair<QByteArray, QByteArray>("Content-Type", contentType));
    return httpCall(url(path), method, token, body, headers);
}

void ServerProcess::collectLog()
{
    if (m_process)
        m_log += m_process->readAllStandardError();
}

QByteArray ServerProcess::log()
{
    collectLog();
    return m_log;
}

bool ServerProcess::waitForLog(const QByteArray &text, int timeoutMs)
{
    return waitFor([&] { return log().contains(text); }, timeoutMs);
}

} // namespace Madoguchi::Test
