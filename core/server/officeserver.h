// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpserver.h"

#include "config/officeconfig.h"
#include "guide/guidecatalogue.h"
#include "ports/storeresult.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>

namespace Madoguchi {

class AppointmentBook;
class AssistanceDesk;
class Clock;
class Credentials;
class EventHub;
class Housekeeping;
class LanguageCatalogs;
class NoticeBook;
class OfficeApi;
class ProfileBook;
class QueueEngine;
class QueueLengthEstimator;
class RetentionPurge;
class SqliteQueueStore;

/// One office's server: the queue engine on its SQLite store, credentials, the wait estimator,
/// API v1 over HTTP, the WebSocket streams and turn notices, wired together. Lives in the thread
/// that creates it; notices are delivered from a thread of their own.
class OfficeServer : public QObject
{
    Q_OBJECT
public:
    /// Opens (creating when needed) the office's database in dataDir.
    [[nodiscard]] static StoreResult<std::unique_ptr<OfficeServer>> open(OfficeConfig office, const QString &dataDir, const Clock &clock);
    ~OfficeServer() override;

    /// The database file in a data directory.
    [[nodiscard]] static QString databasePath(const QString &dataDir);
    /// The database of notice subscriptions and the key file that seals their addresses.
    [[nodiscard]] static QString noticesPath(const QString &dataDir);
    [[nodiscard]] static QString noticesKeyPath(const QString &dataDir);
    /// The database of the visits' sealed profiles (and their audit log) and the key that seals them.
    [[nodiscard]] static QString profilesPath(const QString &dataDir);
    [[nodiscard]] static QString profilesKeyPath(const QString &dataDir);

    /// The office's reservations (the demo books some at start).
    [[nodiscard]] AppointmentBook &appointments() { return *m_appointments; }

    /// The nightly close and the retention purge; a round runs every minute (tests on a manual
    /// clock run one themselves).
    [[nodiscard]] Housekeeping &housekeeping() { return *m_housekeeping; }

    /// Connections open now (HTTP and WebSocket).
    [[nodiscard]] int openConnections() const { return m_http->openConnections(); }

    /// Sets up TLS when the configuration names certificate files, then listens.
    [[nodiscard]] ListenResult<quint16> start(const ListenAddress &address);

private:
    OfficeServer(OfficeConfig office, const Clock &clock);
    [[nodiscard]] StoreResult<Done> openNotices(const QString &dataDir);
    [[nodiscard]] StoreResult<Done> openProfiles(const QString &dataDir);

    OfficeConfig m_office;
    const Clock &m_clock;
    std::unique_ptr<SqliteQueueStore> m_store;
    std::unique_ptr<Credentials> m_credentials;
    std::unique_ptr<AppointmentBook> m_appointments;
    std::unique_ptr<AssistanceDesk> m_assistance;
    std::unique_ptr<QueueEngine> m_engine;
    std::unique_ptr<QueueLengthEstimator> m_estimator;
    std::unique_ptr<LanguageCatalogs> m_catalogs;
    std::unique_ptr<NoticeBook> m_notices;
    std::unique_ptr<ProfileBook> m_profiles;
    QThread m_outboxThread;
    std::optional<GuideCatalogue> m_guide;
    std::unique_ptr<OfficeApi> m_api;
    std::unique_ptr<EventHub> m_hub;
    std::unique_ptr<HttpServer> m_http;
    QTimer m_credentialsWatch;
    std::unique_ptr<RetentionPurge> m_purge;
    std::unique_ptr<Housekeeping> m_housekeeping;
};

} // namespace Madoguchi
