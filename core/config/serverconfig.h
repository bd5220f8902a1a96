#pragma once

#include "localizedtext.h"

#include <QHostAddress>
#include <QString>

#include <optional>

namespace Madoguchi {

/// An address and port to listen on, written "ADDR:PORT" ("[::1]:8080" for IPv6).
struct ListenAddress {
    QHostAddress address{QHostAddress::Any};
    quint16 port = 8080;

    /// Parses "ADDR:PORT"; empty when the text is not one.
    [[nodiscard]] static std::optional<ListenAddress> parse(const QString &text);
    [[nodiscard]] QString toString() const;
};

/// The mail server turn notices are sent through.
struct SmtpConfig {
    QString host;              ///< empty: no e-mail notices
    quint16 port = 587;
    bool startTls = true;      ///< upgrade with STARTTLS before authenticating; refuse to send if the server cannot
    QString user;              ///< empty: no authentication
    QString passwordFile;      ///< file holding the password, readable by the service user only
    QString from;              ///< sender address
    QString caFile;            ///< PEM certificates trusted besides the system's (an office's own CA)

    [[nodiscard]] bool enabled() const { return !host.isEmpty(); }
};

/// A generic HTTP endpoint (the office's LINE or SMS gateway) that receives notices as JSON.
struct WebhookConfig {
    QString url;               ///< empty: no webhook notices
    QString secretFile;        ///< when set, each POST carries an HMAC-SHA256 signature made with this secret
    LocalizedText label;       ///< what the visitor types, e.g. "Mobile phone number"; empty: a generic label

    [[nodiscard]] bool enabled() const { return !url.isEmpty(); }
};

/// When and how visitors are told that their turn is near.
struct NotifyConfig {
    int ahead = 3;             ///< notify when this many people or fewer are ahead
    int maxAttempts = 8;       ///< delivery attempts before a notice is given up
    int retrySeconds = 30;     ///< wait before the second attempt; doubles with each further one
    SmtpConfig smtp;
    WebhookConfig webhook;
};

/// How the office server runs: where it listens, where it keeps data, how it protects itself.
struct ServerConfig {
    ListenAddress listen;
    QString publicUrl;         ///< base of the status URLs printed on tickets; empty: from the request
    QString dataDir;           ///< empty: the XDG data directory
    QString tlsCertificate;    ///< PEM files; both empty: plain HTTP
    QString tlsKey;
    int sessionHours = 12;     ///< a staff session ends after this long without use
    int publicRequestsPerMinute = 60; ///< per client address, on the public endpoints
    NotifyConfig notify;
};

} // namespace Madoguchi
