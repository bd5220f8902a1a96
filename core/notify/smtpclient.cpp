// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpclient.h"

#include "auth/secrets.h"
#include "common/translation.h"

#include <QHostInfo>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

constexpr int kTimeoutMs = 30000;
constexpr qsizetype kMaxReplyBytes = 64 * 1024;

} // namespace

SmtpClient::SmtpClient(const SmtpConfig &config, const QByteArray &password, const QList<QSslCertificate> &caCertificates, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_password(password)
{
    if (!caCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(caCertificates);
        m_socket.setSslConfiguration(tls);
    }
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] { fail(NoticeTr::tr("the mail server did not answer in time")); });
    connect(&m_socket, &QSslSocket::readyRead, this, &SmtpClient::readReplies);
    connect(&m_socket, &QSslSocket::encrypted, this, &SmtpClient::sendHello);
    connect(&m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        fail(NoticeTr::tr("mail server %1:%2: %3").arg(m_config.host).arg(m_config.port).arg(m_socket.errorString()));
    });
    connect(&m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        fail(NoticeTr::tr("the mail server's certificate is not trusted: %1").arg(errors.value(0).errorString()));
    });
}

SmtpClient::~SmtpClient()
{
    Secrets::wipe(m_password);
}

void SmtpClient::send(const MailMessage &message, const QByteArray &messageId, const QDateTime &date)
{
    m_message = message;
    m_messageId = messageId;
    m_date = date;
    m_stage = Stage::Greeting;
    m_timeout.start();
    m_socket.connectToHost(m_config.host, m_config.port);
}

void SmtpClient::readReplies()
{
    m_buffer += m_socket.readAll();
    if (m_buffer.size() > kMaxReplyBytes)
        return fail(NoticeTr::tr("the mail server sent an overlong reply"));
    // A reply is one or more lines "CODE-text" ending with a line "CODE text".
    for (qsizetype end = m_buffer.indexOf("\r\n"); end >= 0 && !m_finished; end = m_buffer.indexOf("\r\n")) {
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        bool ok = false;
        const int code = line.left(3).toInt(&ok);
        if (!ok || code < 200 || code > 599)
            return fail(NoticeTr::tr("the mail server does not speak SMTP"));
        if (m_stage == Stage::Hello || m_stage == Stage::SecureHello)
            m_capabilities.append(line.mid(4).toUpper());
        if (line.size() > 3 && line.at(3) == '-')
            continue;
        handleReply(code);
    }
}

void SmtpClient::handleReply(int code)
{
    m_timeout.start();
    const auto expect = [&](int wanted, const QString &what) {
        if (code == wanted || (wanted == 250 && code == 251))
            return true;
        fail(NoticeTr::tr("the mail server refused %1 (reply %2)").arg(what).arg(code));
        return false;
    };
    switch (m_stage) {
    case Stage::Greeting:
        if (expect(220, u"the connection"_s))
            sendHello();
        break;
    case Stage::Hello:
    case Stage::SecureHello:
        if (expect(250, u"EHLO"_s))
            afterHello();
        break;
    case Stage::StartTls:
        if (expect(220, u"STARTTLS"_s)) {
            m_stage = Stage::SecureHello;
            m_socket.startClientEncryption();
        }
        break;
    case Stage::Auth:
        if (expect(235, u"the login"_s))
            command("MAIL FROM:<" + m_config.from.toLatin1() + ">", Stage::MailFrom);
        break;
    case Stage::MailFrom:
        if (expect(250, u"the sender"_s))
            command("RCPT TO:<" + m_message.to.toLatin1() + ">", Stage::RcptTo);
        break;
    case Stage::RcptTo:
        if (expect(250, u"the recipient"_s))
            command("DATA", Stage::Data);
        break;
    case Stage::Data:
        if (expect(354, u"DATA"_s)) {
            m_stage = Stage::Content;
            m_socket.write(formatMail(m_message, m_date, m_messageId) + ".\r\n");
        }
        break;
    case Stage::Content:
        if (expect(250, u"the message"_s))
            succeed();
        break;
    case Stage::Done: break;
    }
}

void SmtpClient::sendHello()
{
    m_capabilities.clear();
    const QString name = QHostInfo::localHostName();
    command("EHLO " + (name.isEmpty() ? QByteArray("localhost") : name.toLatin1()),
            m_socket.isEncrypted() ? Stage::SecureHello : Stage::Hello);
}

void SmtpClient::afterHello()
{
    if (m_config.startTls && !m_socket.isEncrypted()) {
        if (!m_capabilities.contains("STARTTLS"))
            return fail(NoticeTr::tr("the mail server does not offer STARTTLS; nothing was sent in clear text"));
        return command("STARTTLS", Stage::StartTls);
    }
    if (!m_config.user.isEmpty()) {
        // The password never crosses the network in the clear, whatever the configuration says.
        if (!m_socket.isEncrypted())
            return fail(NoticeTr::tr("the mail server would get the password without TLS; nothing was sent"));
        QByteArray credentials = '\0' + m_config.user.toUtf8() + '\0' + m_password;
        QByteArray line = "AUTH PLAIN " + credentials.toBase64();
        Secrets::wipe(credentials);
        command(line, Stage::Auth);
        Secrets::wipe(line);
        return;
    }
    command("MAIL FROM:<" + m_config.from.toLatin1() + ">", Stage::MailFrom);
}

void SmtpClient::command(const QByteArray &line, Stage next)
{
    m_stage = next;
    m_socket.write(line + "\r\n");
}

void SmtpClient::fail(const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_socket.abort();
    Q_EMIT finished(false, error);
}

void SmtpClient::succeed()
{
    m_finished = true;
    m_stage = Stage::Done;
    m_timeout.stop();
    m_socket.write("QUIT\r\n");
    m_socket.disconnectFromHost();
    Q_EMIT finished(true, QString());
}

} // namespace Madoguchi
