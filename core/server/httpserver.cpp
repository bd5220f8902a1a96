#include "httpserver.h"

#include "common/logging.h"
#include "common/translation.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "OTHER";
    }
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (hasPendingWebSocketConnections()) {
            std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
            if (socket)
                Q_EMIT webSocketOpened(socket.release());
        }
    });
}

ListenResult<Done> HttpServer::useTls(const QString &certificateFile, const QString &keyFile)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromData(readFile(certificateFile), QSsl::Pem);
    if (chain.isEmpty())
        return Error<ListenErrorCode>{ListenErrorCode::BadTlsFiles, ServerTr::tr("cannot read a PEM certificate from %1").arg(certificateFile)};
    QByteArray keyBytes = readFile(keyFile);
    QSslKey key(keyBytes, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyBytes, QSsl::Ec, QSsl::Pem);
    keyBytes.fill('\0');
    if (key.isNull())
        return Error<ListenErrorCode>{ListenErrorCode::BadTlsFiles, ServerTr::tr("cannot read a PEM private key (RSA or EC) from %1").arg(keyFile)};
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    sslSetup(configuration);
    return Done{};
}

ListenResult<quint16> HttpServer::start(const ListenAddress &address)
{
    const quint16 port = listen(address.address, address.port);
    if (port == 0) {
        const QList<QTcpServer *> all = servers();
        const QString reason = all.isEmpty() ? QString() : all.last()->errorString();
        return Error<ListenErrorCode>{ListenErrorCode::CannotListen, ServerTr::tr("cannot listen on %1: %2").arg(address.toString(), reason)};
    }
    return port;
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Qt HttpServer 6.4 upgrades a WebSocket request after a handler has claimed it without answering.
    if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
        return true;
    HttpRequest message;
    message.method = methodName(request.method());
    message.path = request.url().path();
    message.query = request.query();
    message.headers = request.headers();
    message.body = request.body();
    message.peer = request.remoteAddress();
    const HttpResponse response = m_handler(message);

    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(response.body);
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest answers every request.
}

} // namespace Madoguchi
