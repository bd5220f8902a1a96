// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testcertificate.h"

#include <QByteArray>
#include <QHttpServer>
#include <QJsonObject>
#include <QList>
#include <QProcess>

#include <memory>

namespace Madoguchi::Test {

/// A real SMTP server (tests/integration/smtp_receiver.py on Debian's python3-aiosmtpd).
class SmtpReceiver
{
public:
    /// arguments: e.g. --cert, --key, --user, --password, --refuse N.
    explicit SmtpReceiver(const QStringList &arguments);
    ~SmtpReceiver();

    [[nodiscard]] quint16 port() const { return m_port; }
    /// The accepted messages so far: {"from", "to", "tls", "login", "data"}.
    [[nodiscard]] QList<QJsonObject> messages();
    /// How many messages were refused (451) so far.
    [[nodiscard]] int refusals();
    /// Waits until at least count messages were accepted.
    bool waitForMessages(int count, int timeoutMs = 20000);

private:
    void read();

    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_buffer;
    QList<QJsonObject> m_messages;
    int m_refusals = 0;
};

/// A real HTTP endpoint on loopback standing for an office's LINE or SMS gateway.
class WebhookReceiver
{
public:
    struct Request {
        QByteArray body;
        QByteArray signature;
        QByteArray contentType;
        [[nodiscard]] QJsonObject json() const;
    };

    WebhookReceiver();
    [[nodiscard]] QString url() const;
    /// Answers the next requests with these statuses, then with 200.
    void answer(const QList<int> &statuses) { m_statuses = statuses; }
    [[nodiscard]] const QList<Request> &requests() const { return m_requests; }
    bool waitForRequests(int count, int timeoutMs = 20000);

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    QList<int> m_statuses;
    QList<Request> m_requests;
};

/// The decoded subject and body of a message as the SMTP receiver stored it.
struct ReceivedMail {
    QString subject;
    QString body;
    QByteArray headers;
};
[[nodiscard]] ReceivedMail decodeMail(const QString &data);

} // namespace Madoguchi::Test
