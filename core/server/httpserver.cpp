// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpserver.h"

#include "common/logging.h"
#include "common/privatefiles.h"
#include "common/translation.h"

#include <QFile>
#include <QPointer>
#include <QSslCipher>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

/// A listening socket that gives each new connection's descriptor to the server before Qt makes a
/// socket of it, so that a TLS socket can be made where TLS is on.
class Listener final : public QTcpServer
{
public:
    explicit Listener(std::function<void(qintptr)> arrived)
        : m_arrived(std::move(arrived))
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override { m_arrived(descriptor); }

private:
    std::function<void(qintptr)> m_arrived;
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The TLS 1.2 suites of Mozilla's "intermediate" server profile (version 5.7): forward secrecy and
/// AEAD only, so no CBC suite (LUCKY13) is offered. TLS 1.3 suites are all AEAD and kept as they are.
constexpr QLatin1StringView kTls12Ciphers[] = {
    "ECDHE-ECDSA-AES128-GCM-SHA256"_L1, "ECDHE-RSA-AES128-GCM-SHA256"_L1,   "ECDHE-ECDSA-AES256-GCM-SHA384"_L1,
    "ECDHE-RSA-AES256-GCM-SHA384"_L1,   "ECDHE-ECDSA-CHACHA20-POLY1305"_L1, "ECDHE-RSA-CHACHA20-POLY1305"_L1,
    "DHE-RSA-AES128-GCM-SHA256"_L1,     "DHE-RSA-AES256-GCM-SHA384"_L1,     "DHE-RSA-CHACHA20-POLY1305"_L1,
};

QList<QSslCipher> profileCiphers()
{
    QList<QSslCipher> ciphers;
    for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers()) {
        const bool tls13 = cipher.protocol() == QSsl::TlsV1_3;
        if (tls13 || std::find(std::begin(kTls12Ciphers), std::end(kTls12Ciphers), cipher.name()) != std::end(kTls12Ciphers))
            ciphers.append(cipher);
    }
    return ciphers;
}

} // namespace

HttpServer::HttpServer(Handler handler, const ServerLimits &limits, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_limits(limits)
    , m_listener(std::make_unique<Listener>([this](qintptr descriptor) { connectionArrived(descriptor); }))
    , m_counter(limits.connectionsPerAddress, limits.connections)
{
}

HttpServer::~HttpServer()
{
    // Connections refer to the handler and the counter: they go first.
    m_listener->close();
    qDeleteAll(findChildren<QObject *>(Qt::FindDirectChildrenOnly));
}

ListenResult<Done> HttpServer::useTls(const QString &certificateFile, const QString &keyFile)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromData(readFile(certificateFile), QSsl::Pem);
    if (chain.isEmpty())
        return Error<ListenErrorCode>{ListenErrorCode::BadTlsFiles,
                                      ServerTr::tr("cannot read a PEM certificate from %1").arg(certificateFile)};
    if (const QString exposed = PrivateFiles::exposure(keyFile); !exposed.isEmpty())
        return Error<ListenErrorCode>{ListenErrorCode::BadTlsFiles, exposed};
    QByteArray keyBytes = readFile(keyFile);
    QSslKey key(keyBytes, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyBytes, QSsl::Ec, QSsl::Pem);
    keyBytes.fill('\0');
    if (key.isNull())
        return Error<ListenErrorCode>{ListenErrorCode::BadTlsFiles,
                                      ServerTr::tr("cannot read a PEM private key (RSA or EC) from %1").arg(keyFile)};
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setCiphers(profileCiphers());
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_tls = configuration;
    m_serverHeaders = {{"Strict-Transport-Security", "max-age=31536000"}};
    return Done{};
}

ListenResult<quint16> HttpServer::start(const ListenAddress &address)
{
    m_listener->setMaxPendingConnections(m_limits.connections);
    m_listener->setListenBacklogSize(std::min(m_limits.connections, 1024));
    if (!m_listener->listen(QHostAddress(address.host), address.port))
        return Error<ListenErrorCode>{ListenErrorCode::CannotListen,
                                      ServerTr::tr("cannot listen on %1: %2").arg(address.toString(), m_listener->errorString())};
    return m_listener->serverPort();
}

void HttpServer::connectionArrived(qintptr descriptor)
{
    QTcpSocket *socket = m_tls ? new QSslSocket : new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    if (!m_counter.open(peer)) {
        socket->abort();
        delete socket;
        noteRefused(peer);
        return;
    }
    connect(socket, &QObject::destroyed, this, [this, peer] { m_counter.close(peer); });
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // an answer goes out whole, at once
    if (m_tls) {
        auto *tls = static_cast<QSslSocket *>(socket);
        tls->setSslConfiguration(*m_tls);
        tls->startServerEncryption();
    }
    auto *connection = new HttpConnection(socket, m_limits, m_handler, m_serverHeaders, this);
    connect(connection, &HttpConnection::upgradeRequested, this, &HttpServer::upgrade);
}

void HttpServer::upgrade(QTcpSocket *socket)
{
    // One handshake server per upgrade, so that its new connection is known to be this socket's.
    socket->setParent(this);
    auto *handshake = new QWebSocketServer(u"Madoguchi"_s, QWebSocketServer::NonSecureMode, socket);
    const QPointer<QWebSocketServer> pending(handshake);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(handshake, &QWebSocketServer::newConnection, this, [this, socket, handshake] {
        QWebSocket *webSocket = handshake->nextPendingConnection();
        handshake->deleteLater();
        disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (!webSocket) {
            socket->deleteLater();
            return;
        }
        socket->setParent(webSocket);
        webSocket->setMaxAllowedIncomingFrameSize(quint64(m_limits.messageBytes));
        webSocket->setMaxAllowedIncomingMessageSize(quint64(m_limits.messageBytes));
        Q_EMIT webSocketOpened(webSocket);
    });
    QTimer::singleShot(std::chrono::seconds(m_limits.headerSeconds), socket, [socket, pending] {
        if (pending)
            socket->abort();
    });
    handshake->handleConnection(socket);
}

void HttpServer::noteRefused(const QHostAddress &address)
{
    ++m_refusedSinceLog;
    if (m_sinceLog.isValid() && m_sinceLog.elapsed() < 60000)
        return;
    qCWarning(lcServer).noquote() << u"connection limit reached: refused %1 connection(s) since the last warning, the last from %2 "
                                     "(%3 open from it, %4 in all)"_s.arg(m_refusedSinceLog)
                                         .arg(addressKey(address))
                                         .arg(m_counter.from(address))
                                         .arg(m_counter.total());
    m_refusedSinceLog = 0;
    m_sinceLog.restart();
}

} // namespace Madoguchi
