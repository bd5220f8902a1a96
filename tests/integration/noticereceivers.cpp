// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "noticereceivers.h"

#include "serverprocess.h"

#include <catch2/catch.hpp>

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Madoguchi::Test {

SmtpReceiver::SmtpReceiver(const QStringList &arguments)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(u"/usr/bin/python3"_s, QStringList{QStringLiteral(MADOGUCHI_SMTP_RECEIVER)} + arguments);
    REQUIRE(m_process.waitForStarted());
    REQUIRE(waitFor([this] {
        read();
        return m_port != 0 || m_process.state() == QProcess::NotRunning;
    }));
    REQUIRE(m_port != 0);
}

SmtpReceiver::~SmtpReceiver()
{
    m_process.kill();
    m_process.waitForFinished();
}

void SmtpReceiver::read()
{
    m_buffer += m_process.readAllStandardOutput();
    for (qsizetype end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n')) {
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        if (line.startsWith("listening ")) {
            m_port = quint16(line.mid(10).toUInt());
            continue;
        }
        const QJsonObject message = QJsonDocument::fromJson(line).object();
        if (message.value(u"refused"_s).toBool())
            ++m_refusals;
        else
            m_messages.append(message);
    }
}

QList<QJsonObject> SmtpReceiver::messages()
{
    read();
    return m_messages;
}

int SmtpReceiver::refusals()
{
    read();
    return m_refusals;
}

bool SmtpReceiver::waitForMessages(int count, int timeoutMs)
{
    return waitFor([&] { return messages().size() >= count; }, timeoutMs);
}

QJsonObject WebhookReceiver::Request::json() const
{
    return QJsonDocument::fromJson(body).object();
}

WebhookReceiver::WebhookReceiver()
{
    m_server.route(u"/hook"_s, QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
        m_requests.append({request.body(), request.value("X-Madoguchi-Signature"), request.value("Content-Type")});
        const int status = m_statuses.isEmpty() ? 200 : m_statuses.takeFirst();
        return QHttpServerResponse(QHttpServerResponder::StatusCode(status));
    });
    m_port = quint16(m_server.listen(QHostAddress::LocalHost));
    REQUIRE(m_port != 0);
}

QString WebhookReceiver::url() const
{
    return u"http://127.0.0.1:%1/hook"_s.arg(m_port);
}

bool WebhookReceiver::waitForRequests(int count, int timeoutMs)
{
    return waitFor([&] { return m_requests.size() >= count; }, timeoutMs);
}

ReceivedMail decodeMail(const QString &data)
{
    const qsizetype split = data.indexOf(u"\r\n\r\n"_s) >= 0 ? data.indexOf(u"\r\n\r\n"_s) : data.indexOf(u"\n\n"_s);
    REQUIRE(split > 0);
    ReceivedMail mail;
    mail.headers = data.left(split).toUtf8();
    // Unfold the subject, then decode its RFC 2047 words.
    static const QRegularExpression subjectLine(u"^Subject: (.*(?:\\r?\\n[ \\t].*)*)"_s, QRegularExpression::MultilineOption);
    const QString folded = subjectLine.match(data.left(split)).captured(1);
    static const QRegularExpression word(u"=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]+)\\?="_s);
    QByteArray subject;
    auto words = word.globalMatch(folded);
    if (!words.hasNext())
        subject = folded.toUtf8();
    while (words.hasNext())
        subject += QByteArray::fromBase64(words.next().captured(1).toLatin1());
    mail.subject = QString::fromUtf8(subject);
    mail.body = QString::fromUtf8(QByteArray::fromBase64(data.mid(split).toLatin1()));
    return mail;
}

} // namespace Madoguchi::Test
