// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "ports/noticestore.h"
#include "smtpclient.h"

#include "auth/secrets.h"
#include "common/clock.h"
#include "common/logging.h"
#include "common/privatefiles.h"
#include "common/translation.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

constexpr int kWebhookTimeoutMs = 30000;

/// A secret file's first line, as the outbox needs it.
StoreResult<QByteArray> readSecretFile(const QString &path, const char *key)
{
    auto secret = PrivateFiles::readSecretLine(path, QString::fromLatin1(key));
    if (!secret)
        return StoreError{StoreErrorCode::CannotOpen, secret.error().message};
    return std::move(secret).value();
}

} // namespace

StoreResult<OutboxSecrets> readOutboxSecrets(const NotifyConfig &config)
{
    OutboxSecrets secrets;
    if (config.smtp.enabled() && !config.smtp.passwordFile.isEmpty()) {
        auto password = readSecretFile(config.smtp.passwordFile, "[notify.smtp] password_file");
        if (!password)
            return password.error();
        secrets.smtpPassword = std::move(password).value();
    }
    if (config.smtp.enabled() && !config.smtp.caFile.isEmpty()) {
        secrets.smtpCaCertificates = QSslCertificate::fromPath(config.smtp.caFile, QSsl::Pem);
        if (secrets.smtpCaCertificates.isEmpty())
            return StoreError{StoreErrorCode::CannotOpen,
                              NoticeTr::tr("[notify.smtp] ca_file %1 holds no PEM certificate").arg(config.smtp.caFile)};
    }
    if (config.webhook.enabled() && !config.webhook.secretFile.isEmpty()) {
        auto secret = readSecretFile(config.webhook.secretFile, "[notify.webhook] secret_file");
        if (!secret)
            return secret.error();
        secrets.webhookSecret = std::move(secret).value();
    }
    return secrets;
}

Outbox::Outbox(std::unique_ptr<NoticeStore> store, SecretBox box, NotifyConfig config, OutboxSecrets secrets, QString officeName,
               const Clock &clock)
    : m_store(std::move(store))
    , m_box(std::move(box))
    , m_config(std::move(config))
    , m_secrets(std::move(secrets))
    , m_officeName(std::move(officeName))
    , m_clock(clock)
{
}

Outbox::~Outbox()
{
    Secrets::wipe(m_secrets.smtpPassword);
    Secrets::wipe(m_secrets.webhookSecret);
}

int Outbox::backoffSeconds(int retrySeconds, int attempts)
{
    qint64 delay = retrySeconds;
    for (int i = 1; i < attempts && delay < kMaxBackoffSeconds; ++i)
        delay *= 2;
    return int(std::min<qint64>(delay, kMaxBackoffSeconds));
}

void Outbox::start()
{
    m_network = new QNetworkAccessManager(this);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Outbox::deliverDue);
    deliverDue();
}

void Outbox::enqueue(const NoticeRequest &request)
{
    const auto recorded = m_store->record(request, m_clock.now());
    if (!recorded) {
        // Not lost: the notice book finds it due again after a restart.
        qCWarning(lcNotify).noquote() << "could not record a notice:" << recorded.error().message;
        return;
    }
    if (*recorded)
        deliverDue();
}

void Outbox::deliverDue()
{
    const auto pending = m_store->pending();
    if (!pending) {
        qCWarning(lcNotify).noquote() << "could not read the pending notices:" << pending.error().message;
        m_timer->start(std::chrono::seconds(std::max(1, m_config.retrySeconds)));
        return;
    }
    const QDateTime now = m_clock.now();
    for (const auto &[id, due] : *pending) {
        if (due > now || m_inFlight.contains(id))
            continue;
        const auto notice = m_store->pendingNotice(id);
        if (!notice || !*notice)
            continue;
        const auto address = m_box.open((*notice)->sealedAddress);
        if (!address) {
            finish(**notice, false, NoticeTr::tr("the address cannot be unsealed (was the key file replaced?)"));
            continue;
        }
        deliver(**notice, *address);
    }
    schedule();
}

void Outbox::deliver(const Notice &notice, const QByteArray &address)
{
    m_inFlight.insert(notice.id);
    if (notice.channel == NoticeChannel::Email)
        sendMail(notice, address);
    else
        postWebhook(notice, address);
}

void Outbox::sendMail(const Notice &notice, const QByteArray &address)
{
    if (!m_config.smtp.enabled())
        return finish(notice, false, NoticeTr::tr("e-mail notices are no longer configured"));
    auto *client = new SmtpClient(m_config.smtp, m_secrets.smtpPassword, m_secrets.smtpCaCertificates, this);
    connect(client, &SmtpClient::finished, this, [this, client, notice](bool sent, const QString &error) {
        client->deleteLater();
        finish(notice, sent, error);
    });
    const MailMessage message{m_officeName, m_config.smtp.from, QString::fromUtf8(address), notice.payload.value(u"subject"_s).toString(),
                              notice.payload.value(u"body"_s).toString()};
    const QByteArray domain = m_config.smtp.from.section(u'@', 1).toLatin1();
    client->send(message, "notice-" + QByteArray::number(notice.id) + '.' + Secrets::randomToken(9).toLatin1() + '@' + domain,
                 m_clock.now());
}

void Outbox::postWebhook(const Notice &notice, const QByteArray &address)
{
    if (!m_config.webhook.enabled())
        return finish(notice, false, NoticeTr::tr("webhook notices are no longer configured"));
    QJsonObject body = notice.payload;
    body.remove(u"body"_s);
    body.insert(u"notice"_s, notice.id);
    body.insert(u"to"_s, QString::fromUtf8(address));
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);

    QNetworkRequest request{QUrl(m_config.webhook.url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("User-Agent", "Madoguchi");
    request.setRawHeader("X-Madoguchi-Notice", QByteArray::number(notice.id));
    if (!m_secrets.webhookSecret.isEmpty())
        request.setRawHeader("X-Madoguchi-Signature", "sha256=" + Secrets::hmacSha256(m_secrets.webhookSecret, json).toLatin1());
    request.setTransferTimeout(kWebhookTimeoutMs);
    // A redirect is an answer, not a new address to send the visitor's number to.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->post(request, json);
    connect(reply, &QNetworkReply::finished, this, [this, reply, notice] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300)
            return finish(notice, true, QString());
        finish(notice, false,
               status > 0 ? NoticeTr::tr("the webhook answered HTTP %1").arg(status)
                          : NoticeTr::tr("the webhook cannot be reached: %1").arg(reply->errorString()));
    });
}

void Outbox::finish(const Notice &notice, bool sent, const QString &error)
{
    m_inFlight.remove(notice.id);
    const int attempts = notice.attempts + 1;
    const QDateTime now = m_clock.now();
    NoticeState state = NoticeState::Sent;
    QDateTime next = now;
    if (!sent) {
        state = attempts >= m_config.maxAttempts ? NoticeState::Failed : NoticeState::Pending;
        next = now.addSecs(backoffSeconds(m_config.retrySeconds, attempts));
    }
    if (auto settled = m_store->settle(notice.id, state, attempts, next, error, now); !settled)
        qCWarning(lcNotify).noquote() << "could not record the outcome of notice" << notice.id << settled.error().message;
    if (state == NoticeState::Sent)
        qCInfo(lcNotify).noquote() << "notice" << notice.id << "sent by" << noticeChannelName(notice.channel) << "after" << attempts
                                   << "attempt(s)";
    else if (state == NoticeState::Failed)
        qCWarning(lcNotify).noquote() << "notice" << notice.id << "given up after" << attempts << "attempt(s):" << error;
    else
        qCWarning(lcNotify).noquote() << "notice" << notice.id << "attempt" << attempts << "failed:" << error << "- next attempt in"
                                      << backoffSeconds(m_config.retrySeconds, attempts) << "s";
    schedule();
}

void Outbox::schedule()
{
    const auto pending = m_store->pending();
    if (!pending)
        return;
    const QDateTime now = m_clock.now();
    std::optional<qint64> wait;
    for (const auto &[id, due] : *pending) {
        if (m_inFlight.contains(id))
            continue;
        const qint64 ms = std::max<qint64>(0, now.msecsTo(due));
        wait = wait ? std::min(*wait, ms) : ms;
    }
    if (wait)
        m_timer->start(std::chrono::milliseconds(*wait));
    else
        m_timer->stop();
}

} // namespace Madoguchi
