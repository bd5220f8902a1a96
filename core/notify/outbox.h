// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notice.h"

#include "auth/secretbox.h"
#include "config/serverconfig.h"
#include "ports/storeresult.h"

#include <QObject>
#include <QSet>
#include <QSslCertificate>

#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace Madoguchi {

class Clock;
class NoticeStore;

/// What the outbox needs besides the configuration: the secrets read from the files it names.
struct OutboxSecrets {
    QByteArray smtpPassword;
    QByteArray webhookSecret;
    QList<QSslCertificate> smtpCaCertificates;
};

/// Reads the SMTP password, the webhook secret and the extra CA certificates named in the configuration.
[[nodiscard]] StoreResult<OutboxSecrets> readOutboxSecrets(const NotifyConfig &config);

/// Records notices and delivers them, by e-mail or webhook, in its own thread. A failed attempt is
/// retried after retry_seconds, doubling up to an hour, until max_attempts; every attempt is recorded
/// with its outcome. Pending notices are picked up again after a restart.
class Outbox : public QObject
{
    Q_OBJECT
public:
    /// Longest wait between two attempts.
    static constexpr int kMaxBackoffSeconds = 3600;

    Outbox(std::unique_ptr<NoticeStore> store, SecretBox box, NotifyConfig config, OutboxSecrets secrets, QString officeName,
           const Clock &clock);
    ~Outbox() override;

    /// The delay before attempt number attempts + 1, after attempts failed ones.
    [[nodiscard]] static int backoffSeconds(int retrySeconds, int attempts);

public Q_SLOTS:
    /// Starts delivering what is pending; call in the outbox's thread.
    void start();
    /// Records a notice (once per subscription, step and kind) and delivers it.
    void enqueue(const Madoguchi::NoticeRequest &request);

private:
    void deliverDue();
    void deliver(const Notice &notice, const QByteArray &address);
    void sendMail(const Notice &notice, const QByteArray &address);
    void postWebhook(const Notice &notice, const QByteArray &address);
    void finish(const Notice &notice, bool sent, const QString &error);
    void schedule();

    std::unique_ptr<NoticeStore> m_store;
    SecretBox m_box;
    NotifyConfig m_config;
    OutboxSecrets m_secrets;
    QString m_officeName;
    const Clock &m_clock;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_timer = nullptr;
    QSet<qint64> m_inFlight;
};

} // namespace Madoguchi
