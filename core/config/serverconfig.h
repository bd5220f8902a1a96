// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localizedtext.h"

#include <QString>

#include <optional>

namespace Madoguchi {

/// An address and port to listen on, written "ADDR:PORT" ("[::1]:8080" for IPv6).
struct ListenAddress {
    QString host = QStringLiteral("127.0.0.1"); ///< an IPv4 or IPv6 address in its canonical form; loopback unless told otherwise
    quint16 port = 8080;

    /// Parses "ADDR:PORT"; empty when the text is not one.
    [[nodiscard]] static std::optional<ListenAddress> parse(const QString &text);
    [[nodiscard]] QString toString() const;
    /// True for 127.0.0.0/8, ::1 and IPv4-mapped loopback addresses.
    [[nodiscard]] bool isLoopback() const;
};

/// The mail server turn notices are sent through.
struct SmtpConfig {
    QString host; ///< empty: no e-mail notices
    quint16 port = 587;
    bool startTls = true; ///< upgrade with STARTTLS before authenticating; refuse to send if the server cannot
    QString user;         ///< empty: no authentication
    QString passwordFile; ///< file holding the password, readable by the service user only
    QString from;         ///< sender address
    QString caFile;       ///< PEM certificates trusted besides the system's (an office's own CA)

    [[nodiscard]] bool enabled() const { return !host.isEmpty(); }
};

/// A generic HTTP endpoint (the office's LINE or SMS gateway) that receives notices as JSON.
struct WebhookConfig {
    QString url;         ///< empty: no webhook notices
    QString secretFile;  ///< when set, each POST carries an HMAC-SHA256 signature made with this secret
    LocalizedText label; ///< what the visitor types, e.g. "Mobile phone number"; empty: a generic label

    [[nodiscard]] bool enabled() const { return !url.isEmpty(); }
};

/// When and how visitors are told that their turn is near.
struct NotifyConfig {
    int ahead = 3;         ///< notify when this many people or fewer are ahead
    int maxAttempts = 8;   ///< delivery attempts before a notice is given up
    int retrySeconds = 30; ///< wait before the second attempt; doubles with each further one
    SmtpConfig smtp;
    WebhookConfig webhook;
};

/// What one client may take of the server ([server.limits]). Every input is bounded by these, so
/// that no client on the network can exhaust the server's memory, sockets or time.
struct ServerLimits {
    int headerBytes = 16 * 1024;    ///< a request's line and headers together (431 beyond)
    int headerCount = 64;           ///< header fields of one request (431 beyond)
    int bodyBytes = 64 * 1024;      ///< refused with 413 from Content-Length, before the body is read
    int headerSeconds = 10;         ///< to send a whole request head after connecting
    int bodySeconds = 20;           ///< to send the body once the head is in
    int idleSeconds = 30;           ///< a kept-alive connection without a new request is closed after this
    int connectionsPerAddress = 32; ///< open connections (HTTP and WebSocket) from one client address
    int connections = 1024;         ///< open connections in all
    int messageBytes = 4096;        ///< a WebSocket message from a client
    int watchersPerAddress = 16;    ///< live status sockets (/api/v1/status/{token}/live) per client address
    int watcherSeconds = 4 * 3600;  ///< a live status socket is closed after this long (the page reconnects)
    int authenticateSeconds = 10;   ///< an event subscriber must authenticate within this
    int pingSeconds = 20;           ///< every WebSocket is pinged this often; one silent for two pings is closed
};

/// How the office server runs: where it listens, where it keeps data, how it protects itself.
struct ServerConfig {
    ListenAddress listen;
    QString publicUrl;      ///< base of the status URLs on tickets and in notices (required with notices);
                            ///< empty: tickets use the Host the kiosk reached the server at
    QString dataDir;        ///< empty: the XDG data directory
    QString tlsCertificate; ///< PEM files; both empty: plain HTTP
    QString tlsKey;
    /// The network between the server and its devices is closed to everyone else (or a reverse proxy
    /// on this host speaks TLS for it): only then may plain HTTP listen beyond loopback.
    bool closedNetwork = false;
    int sessionHours = 12;            ///< a staff session ends after this long without use
    int sessionMaxHours = 16;         ///< and this long after its login, used or not
    int publicRequestsPerMinute = 60; ///< per client address, on the public endpoints
    ServerLimits limits;
    NotifyConfig notify;
};

} // namespace Madoguchi
