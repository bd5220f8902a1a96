// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "officeserver.h"

#include "eventhub.h"
#include "housekeeping.h"
#include "officeapi.h"

#include "appointment/appointmentbook.h"
#include "assistance/assistancedesk.h"
#include "auth/credentials.h"
#include "auth/secretbox.h"
#include "common/clock.h"
#include "common/languagecatalogs.h"
#include "common/logging.h"
#include "common/privatefiles.h"
#include "config/guidereader.h"
#include "estimate/queuelengthestimator.h"
#include "notify/noticebook.h"
#include "notify/outbox.h"
#include "profile/profilebook.h"
#include "queue/queueengine.h"
#include "store/retentionpurge.h"
#include "store/sqliteappointmentstore.h"
#include "store/sqliteassistancestore.h"
#include "store/sqlitenoticestore.h"
#include "store/sqliteprofilestore.h"
#include "store/sqlitequeuestore.h"

#include <QDir>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace Madoguchi {

OfficeServer::OfficeServer(OfficeConfig office, const Clock &clock)
    : m_office(std::move(office))
    , m_clock(clock)
{
}

OfficeServer::~OfficeServer()
{
    // Connections first, so that no request reaches a half-destroyed engine; then the outbox, which
    // stops between two notices (pending ones are sent after the next start).
    m_http.reset();
    m_hub.reset();
    m_outboxThread.quit();
    m_outboxThread.wait();
}

QString OfficeServer::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"madoguchi.sqlite"_s);
}

QString OfficeServer::noticesPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"notices.sqlite"_s);
}

QString OfficeServer::noticesKeyPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"notices.key"_s);
}

QString OfficeServer::profilesPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"profiles.sqlite"_s);
}

QString OfficeServer::profilesKeyPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"profiles.key"_s);
}

StoreResult<Done> OfficeServer::openProfiles(const QString &dataDir)
{
    auto box = SecretBox::fromKeyFile(profilesKeyPath(dataDir));
    if (!box)
        return box.error();
    auto store = SqliteProfileStore::open(profilesPath(dataDir));
    if (!store)
        return store.error();
    m_profiles = std::make_unique<ProfileBook>(std::move(store).value(), *box);
    return Done{};
}

StoreResult<Done> OfficeServer::openNotices(const QString &dataDir)
{
    auto box = SecretBox::fromKeyFile(noticesKeyPath(dataDir));
    if (!box)
        return box.error();
    auto bookStore = SqliteNoticeStore::open(noticesPath(dataDir));
    if (!bookStore)
        return bookStore.error();
    auto outboxStore = SqliteNoticeStore::open(noticesPath(dataDir));
    if (!outboxStore)
        return outboxStore.error();
    auto secrets = readOutboxSecrets(m_office.server.notify);
    if (!secrets)
        return secrets.error();
    m_catalogs = std::make_unique<LanguageCatalogs>(m_office.languages);
    m_notices = std::make_unique<NoticeBook>(m_office, std::move(bookStore).value(), *box, *m_catalogs);
    if (auto loaded = m_notices->load(); !loaded)
        return loaded.error();

    auto *outbox = new Outbox(std::move(outboxStore).value(), *box, m_office.server.notify, std::move(secrets).value(),
                              m_office.name.text(m_office.languages.first()), m_clock);
    outbox->moveToThread(&m_outboxThread);
    connect(&m_outboxThread, &QThread::finished, outbox, &QObject::deleteLater);
    connect(m_notices.get(), &NoticeBook::noticeDue, outbox, &Outbox::enqueue);
    m_outboxThread.setObjectName(u"outbox"_s);
    m_outboxThread.start();
    QMetaObject::invokeMethod(outbox, &Outbox::start);
    return Done{};
}

StoreResult<std::unique_ptr<OfficeServer>> OfficeServer::open(OfficeConfig office, const QString &dataDir, const Clock &clock)
{
    // The folder holds the visitors' queue, the key of their sealed addresses and the credentials.
    if (auto folder = PrivateFiles::ensurePrivateFolder(dataDir); !folder)
        return StoreError{StoreErrorCode::CannotOpen, folder.error().message};
    std::unique_ptr<OfficeServer> server(new OfficeServer(std::move(office), clock));
    const QString path = databasePath(dataDir);
    auto store = SqliteQueueStore::open(path);
    if (!store)
        return store.error();
    server->m_store = std::move(store).value();
    auto credentials = Credentials::open(path);
    if (!credentials)
        return credentials.error();
    server->m_credentials = std::move(credentials).value();
    auto appointments = SqliteAppointmentStore::open(path);
    if (!appointments)
        return appointments.error();
    server->m_appointments = std::make_unique<AppointmentBook>(server->m_office, std::move(appointments).value());
    auto assistance = SqliteAssistanceStore::open(path);
    if (!assistance)
        return assistance.error();
    server->m_assistance = std::make_unique<AssistanceDesk>(server->m_office, std::move(assistance).value());
    server->m_engine = std::make_unique<QueueEngine>(server->m_office, *server->m_store, clock);
    if (const QString error = server->m_engine->loadError(); !error.isEmpty())
        return StoreError{StoreErrorCode::ReadFailed, error};
    server->m_estimator = std::make_unique<QueueLengthEstimator>(server->m_office, server->m_engine->state());
    if (auto notices = server->openNotices(dataDir); !notices)
        return notices.error();
    if (auto profiles = server->openProfiles(dataDir); !profiles)
        return profiles.error();
    // Notices that fell due while the server was down (or were not recorded before a crash).
    server->m_notices->observe(server->m_engine->state());
    // The life-event guide the office names: a server does not start on one that does not load.
    GuideLoadResult guide = GuideReader::forOffice(server->m_office);
    if (!guide.diagnostics.isEmpty()) {
        QStringList problems;
        for (const ConfigDiagnostic &diagnostic : std::as_const(guide.diagnostics))
            problems.append(diagnostic.toString());
        return StoreError{StoreErrorCode::CannotOpen, problems.join(u'\n')};
    }
    server->m_guide = std::move(guide.catalogue);
    server->m_api = std::make_unique<OfficeApi>(
        OfficeApiParts{*server->m_engine, *server->m_credentials, *server->m_appointments, *server->m_assistance, *server->m_estimator,
                       *server->m_notices, *server->m_profiles, *server->m_catalogs, clock, server->m_guide ? &*server->m_guide : nullptr});
    server->m_hub = std::make_unique<EventHub>(*server->m_api, *server->m_store, clock, server->m_office.server.limits);
    OfficeServer *self = server.get();
    server->m_api->onCredentialsChanged([self] { self->m_hub->recheckCredentials(); });
    // Tokens revoked and accounts disabled by the provisioning commands (another process) cut live
    // sockets within a second: every change of credentials is recorded in the audit log.
    server->m_credentialsWatch.setInterval(std::chrono::seconds(1));
    connect(&server->m_credentialsWatch, &QTimer::timeout, server.get(), [self] {
        if (self->m_credentials->credentialsChanged())
            self->m_hub->recheckCredentials();
    });
    (void)server->m_credentials->credentialsChanged();
    server->m_credentialsWatch.start();
    connect(server->m_engine.get(), &QueueEngine::eventsCommitted, server.get(), [self](const QList<Event> &events) {
        const QueueState state = self->m_engine->state();
        self->m_estimator->observe(events, state);
        self->m_hub->publish(events, state);
        self->m_notices->observe(state);
    });
    connect(server->m_assistance.get(), &AssistanceDesk::changed, server.get(), [self] {
        if (const auto calls = self->m_assistance->openCalls(self->m_clock.now()))
            self->m_hub->publishAssistance(*calls);
    });
    auto purge = RetentionPurge::open(path);
    if (!purge)
        return purge.error();
    server->m_purge = std::move(purge).value();
    server->m_housekeeping =
        std::make_unique<Housekeeping>(server->m_office, *server->m_engine, *server->m_purge, *server->m_profiles, clock);
    server->m_housekeeping->start();
    server->m_http = std::make_unique<HttpServer>([self](const HttpRequest &request) { return self->m_api->handle(request); },
                                                  server->m_office.server.limits);
    connect(server->m_http.get(), &HttpServer::webSocketOpened, server.get(), [self](QWebSocket *socket) { self->m_hub->accept(socket); });
    return server;
}

ListenResult<quint16> OfficeServer::start(const ListenAddress &address)
{
    const ServerConfig &config = m_office.server;
    const bool tls = !config.tlsCertificate.isEmpty();
    if (!tls && !address.isLoopback() && !config.closedNetwork)
        return Error<ListenErrorCode>{ListenErrorCode::Insecure,
                                      ServerTr::tr("refusing to listen on %1 without TLS: staff passwords and visitors' data would "
                                                   "cross the network in the clear. Set [server] tls_certificate and tls_key, or "
                                                   "closed_network = true when only the office's own devices share this network "
                                                   "(or a reverse proxy on this host speaks TLS for it).")
                                          .arg(address.toString())};
    if (tls) {
        if (auto loaded = m_http->useTls(config.tlsCertificate, config.tlsKey); !loaded)
            return loaded.error();
    }
    auto port = m_http->start(address);
    if (port)
        qCInfo(lcServer) << "listening on" << address.host << *port << (tls ? "(https)" : "(http)");
    return port;
}

} // namespace Madoguchi
