// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mailmessage.h"

#include "config/serverconfig.h"

#include <QObject>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTimer>

namespace Madoguchi {

/// Sends one e-mail to an SMTP submission server: EHLO, STARTTLS when configured (refusing to go
/// on in clear text when the server cannot), AUTH PLAIN when a user is configured, then the message.
/// Reports once through finished(); its error messages never carry the addresses or the server's own
/// words (which may echo them), only what happened and the reply code.
class SmtpClient : public QObject
{
    Q_OBJECT
public:
    /// caCertificates: trusted in addition to the system's (an office's own mail server CA).
    SmtpClient(const SmtpConfig &config, const QByteArray &password, const QList<QSslCertificate> &caCertificates,
               QObject *parent = nullptr);
    ~SmtpClient() override;

    /// Sends the message, dated date (the outbox's clock).
    void send(const MailMessage &message, const QByteArray &messageId, const QDateTime &date);

Q_SIGNALS:
    void finished(bool sent, const QString &error);

private:
    enum class Stage : quint8 { Greeting, Hello, StartTls, SecureHello, Auth, MailFrom, RcptTo, Data, Content, Done };

    void readReplies();
    void handleReply(int code);
    void sendHello();
    void afterHello();
    void command(const QByteArray &line, Stage next);
    void fail(const QString &error);
    void succeed();

    const SmtpConfig &m_config;
    QByteArray m_password;
    QSslSocket m_socket;
    QTimer m_timeout;
    Stage m_stage = Stage::Greeting;
    QByteArray m_buffer;
    QList<QByteArray> m_capabilities;
    MailMessage m_message;
    QByteArray m_messageId;
    QDateTime m_date;
    bool m_finished = false;
};

} // namespace Madoguchi
