#include "officeserver.h"

#include "eventhub.h"
#include "officeapi.h"

#include "auth/credentialstore.h"
#include "common/logging.h"
#include "estimate/queuelengthestimator.h"
#include "queue/queueengine.h"
#include "store/sqlitequeuestore.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Madoguchi {

OfficeServer::OfficeServer(OfficeConfig office, const Clock &clock)
    : m_office(std::move(office))
    , m_clock(clock)
{
}

OfficeServer::~OfficeServer()
{
    // Connections first, so that no request reaches a half-destroyed engine.
    m_http.reset();
    m_hub.reset();
}

QString OfficeServer::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"madoguchi.sqlite"_s);
}

StoreResult<std::unique_ptr<OfficeServer>> OfficeServer::open(OfficeConfig office, const QString &dataDir, const Clock &clock)
{
    std::unique_ptr<OfficeServer> server(new OfficeServer(std::move(office), clock));
    const QString path = databasePath(dataDir);
    auto store = SqliteQueueStore::open(path);
    if (!store)
        return store.error();
    server->m_store = std::move(store).value();
    auto credentials = CredentialStore::open(path);
    if (!credentials)
        return credentials.error();
    server->m_credentials = std::move(credentials).value();
    server->m_engine = std::make_unique<QueueEngine>(server->m_office, *server->m_store, clock);
    if (const QString error = server->m_engine->loadError(); !error.isEmpty())
        return StoreError{StoreErrorCode::ReadFailed, error};
    server->m_estimator = std::make_unique<QueueLengthEstimator>(server->m_office, server->m_engine->state());
    server->m_api = std::make_unique<OfficeApi>(*server->m_engine, *server->m_credentials, *server->m_estimator, clock);
    server->m_hub = std::make_unique<EventHub>(*server->m_api, clock);
    OfficeServer *self = server.get();
    connect(server->m_engine.get(), &QueueEngine::eventsCommitted, server.get(), [self](const QList<Event> &events) {
        const QueueState state = self->m_engine->state();
        self->m_estimator->observe(events, state);
        self->m_hub->publish(events, state);
    });
    server->m_http = std::make_unique<HttpServer>([self](const HttpRequest &request) { return self->m_api->handle(request); });
    connect(server->m_http.get(), &HttpServer::webSocketOpened, server.get(), [self](QWebSocket *socket) { self->m_hub->accept(socket); });
    return server;
}

ListenResult<quint16> OfficeServer::start(const ListenAddress &address)
{
    const ServerConfig &config = m_office.server;
    if (!config.tlsCertificate.isEmpty()) {
        if (auto tls = m_http->useTls(config.tlsCertificate, config.tlsKey); !tls)
            return tls.error();
    }
    auto port = m_http->start(address);
    if (port)
        qCInfo(lcServer) << "listening on" << address.address.toString() << *port << (config.tlsCertificate.isEmpty() ? "(http)" : "(https)");
    return port;
}

} // namespace Madoguchi
