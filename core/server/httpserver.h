#pragma once

#include "httpmessage.h"

#include "common/result.h"
#include "config/serverconfig.h"

#include <QAbstractHttpServer>

#include <functional>

class QWebSocket;

namespace Madoguchi {

enum class ListenErrorCode { BadTlsFiles, CannotListen };
template<typename T>
using ListenResult = Result<T, ListenErrorCode>;

/// The HTTP and WebSocket listener. Qt HttpServer 6.4 is a technology preview, so it stays behind
/// this class: the rest of the server sees only HttpRequest, HttpResponse and QWebSocket.
class HttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);

    /// Loads a PEM certificate and key; afterwards every connection is TLS.
    [[nodiscard]] ListenResult<Done> useTls(const QString &certificateFile, const QString &keyFile);
    /// Starts listening; returns the port (useful with port 0) or an error message.
    [[nodiscard]] ListenResult<quint16> start(const ListenAddress &address);

Q_SIGNALS:
    /// A WebSocket connection was upgraded; the receiver takes ownership.
    void webSocketOpened(QWebSocket *socket);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace Madoguchi
