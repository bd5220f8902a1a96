// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverconfigreader.h"

#include "common/translation.h"

#include <QUrl>

#include <arpa/inet.h>
#include <netinet/in.h>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http"_s || url.scheme() == u"https"_s) && !url.host().isEmpty();
}

void readSmtp(TomlReader &reader, const toml::table &table, SmtpConfig &smtp)
{
    reader.allowOnly(table, {"host", "port", "starttls", "user", "password_file", "from", "ca_file"}, u"[notify.smtp]"_s);
    smtp.host = reader.string(table, "host", true).value_or(QString());
    smtp.port = quint16(reader.integer(table, "port", 1, 65535).value_or(smtp.port));
    smtp.startTls = reader.boolean(table, "starttls").value_or(smtp.startTls);
    smtp.user = reader.string(table, "user", false).value_or(QString());
    smtp.passwordFile = reader.string(table, "password_file", false).value_or(QString());
    smtp.from = reader.string(table, "from", true).value_or(QString());
    smtp.caFile = reader.string(table, "ca_file", false).value_or(QString());
    if (!smtp.user.isEmpty() && smtp.passwordFile.isEmpty())
        reader.error(table, ConfigTr::tr("[notify.smtp]: 'user' needs 'password_file'"));
    if (!smtp.user.isEmpty() && !smtp.startTls)
        reader.error(table, ConfigTr::tr("[notify.smtp]: a 'user' logs in only over TLS: remove 'starttls = false'"));
    if (table.get("from") && !smtp.from.contains(u'@'))
        reader.error(*table.get("from"), ConfigTr::tr("[notify.smtp]: 'from' must be an e-mail address"));
}

void readWebhook(TomlReader &reader, const toml::table &table, WebhookConfig &webhook)
{
    reader.allowOnly(table, {"url", "secret_file", "label"}, u"[notify.webhook]"_s);
    webhook.url = reader.string(table, "url", true).value_or(QString());
    webhook.secretFile = reader.string(table, "secret_file", false).value_or(QString());
    if (const toml::node *label = table.get("label"))
        webhook.label = reader.localized(*label, u"[notify.webhook] label"_s, false);
    if (table.get("url") && !isHttpUrl(webhook.url))
        reader.error(*table.get("url"), ConfigTr::tr("[notify.webhook]: 'url' must be an http:// or https:// address"));
}

void readNotify(TomlReader &reader, const toml::table &table, NotifyConfig &notify)
{
    reader.allowOnly(table, {"ahead", "max_attempts", "retry_seconds", "smtp", "webhook"}, u"[notify]"_s);
    notify.ahead = int(reader.integer(table, "ahead", 0, 50).value_or(notify.ahead));
    notify.maxAttempts = int(reader.integer(table, "max_attempts", 1, 50).value_or(notify.maxAttempts));
    notify.retrySeconds = int(reader.integer(table, "retry_seconds", 0, 3600).value_or(notify.retrySeconds));
    if (const toml::table *smtp = reader.subTable(table, "smtp", false))
        readSmtp(reader, *smtp, notify.smtp);
    if (const toml::table *webhook = reader.subTable(table, "webhook", false))
        readWebhook(reader, *webhook, notify.webhook);
}

void readLimits(TomlReader &reader, const toml::table &table, ServerLimits &limits)
{
    reader.allowOnly(table,
                     {"header_bytes", "header_count", "body_bytes", "header_seconds", "body_seconds", "idle_seconds",
                      "connections_per_address", "connections", "message_bytes", "watchers_per_address", "watcher_seconds",
                      "authenticate_seconds", "ping_seconds"},
                     u"[server.limits]"_s);
    const auto read = [&](const char *key, int &value, int low, int high) {
        value = int(reader.integer(table, key, low, high).value_or(value));
    };
    read("header_bytes", limits.headerBytes, 1024, 1024 * 1024);
    read("header_count", limits.headerCount, 8, 1000);
    read("body_bytes", limits.bodyBytes, 1024, 16 * 1024 * 1024);
    read("header_seconds", limits.headerSeconds, 1, 600);
    read("body_seconds", limits.bodySeconds, 1, 600);
    read("idle_seconds", limits.idleSeconds, 1, 3600);
    read("connections_per_address", limits.connectionsPerAddress, 1, 100000);
    read("connections", limits.connections, 1, 100000);
    read("message_bytes", limits.messageBytes, 256, 1024 * 1024);
    read("watchers_per_address", limits.watchersPerAddress, 1, 100000);
    read("watcher_seconds", limits.watcherSeconds, 1, 24 * 3600);
    read("authenticate_seconds", limits.authenticateSeconds, 1, 600);
    read("ping_seconds", limits.pingSeconds, 1, 600);
    if (limits.connectionsPerAddress > limits.connections)
        reader.error(table, ConfigTr::tr("[server.limits]: 'connections_per_address' cannot exceed 'connections'"));
}

void readServer(TomlReader &reader, const toml::table &table, ServerConfig &server)
{
    reader.allowOnly(table,
                     {"listen", "public_url", "data_dir", "tls_certificate", "tls_key", "closed_network", "session_hours",
                      "session_max_hours", "public_requests_per_minute", "limits"},
                     u"[server]"_s);
    if (const auto listen = reader.string(table, "listen", false)) {
        if (const auto address = ListenAddress::parse(*listen))
            server.listen = *address;
        else
            reader.error(*table.get("listen"),
                         ConfigTr::tr("[server]: listen '%1' must look like \"192.0.2.10:8080\" or \"[::1]:8080\"").arg(*listen));
    }
    server.publicUrl = reader.string(table, "public_url", false).value_or(QString());
    if (!server.publicUrl.isEmpty() && !isHttpUrl(server.publicUrl))
        reader.error(*table.get("public_url"), ConfigTr::tr("[server]: 'public_url' must be an http:// or https:// address"));
    server.dataDir = reader.string(table, "data_dir", false).value_or(QString());
    server.tlsCertificate = reader.string(table, "tls_certificate", false).value_or(QString());
    server.tlsKey = reader.string(table, "tls_key", false).value_or(QString());
    if (server.tlsCertificate.isEmpty() != server.tlsKey.isEmpty())
        reader.error(table, ConfigTr::tr("[server]: 'tls_certificate' and 'tls_key' go together"));
    server.closedNetwork = reader.boolean(table, "closed_network").value_or(server.closedNetwork);
    server.sessionHours = int(reader.integer(table, "session_hours", 1, 24).value_or(server.sessionHours));
    const auto maxHours = reader.integer(table, "session_max_hours", 1, 72);
    server.sessionMaxHours = maxHours ? int(*maxHours) : std::max(server.sessionMaxHours, server.sessionHours);
    if (server.sessionMaxHours < server.sessionHours)
        reader.error(table, ConfigTr::tr("[server]: 'session_max_hours' cannot be shorter than 'session_hours'"));
    server.publicRequestsPerMinute =
        int(reader.integer(table, "public_requests_per_minute", 1, 100000).value_or(server.publicRequestsPerMinute));
    if (const toml::table *limits = reader.subTable(table, "limits", false))
        readLimits(reader, *limits, server.limits);
}

} // namespace

std::optional<ListenAddress> ListenAddress::parse(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    const bool bracketed = host.startsWith(u'[') && host.endsWith(u']');
    if (bracketed)
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    // An address, never a name; written back in its canonical form.
    const QByteArray latin = host.toLatin1();
    unsigned char bytes[sizeof(in6_addr)];
    char canonical[INET6_ADDRSTRLEN];
    const int family = !bracketed && inet_pton(AF_INET, latin.constData(), bytes) == 1 ? AF_INET
        : inet_pton(AF_INET6, latin.constData(), bytes) == 1                           ? AF_INET6
                                                                                       : AF_UNSPEC;
    if (family == AF_UNSPEC || host.contains(u'%') || !inet_ntop(family, bytes, canonical, sizeof canonical))
        return std::nullopt;
    return ListenAddress{QString::fromLatin1(canonical), quint16(port)};
}

QString ListenAddress::toString() const
{
    return host.contains(u':') ? u"[%1]:%2"_s.arg(host).arg(port) : u"%1:%2"_s.arg(host).arg(port);
}

bool ListenAddress::isLoopback() const
{
    const QByteArray latin = host.toLatin1();
    in_addr v4{};
    in6_addr v6{};
    if (inet_pton(AF_INET, latin.constData(), &v4) == 1)
        return (ntohl(v4.s_addr) >> 24) == 127;
    if (inet_pton(AF_INET6, latin.constData(), &v6) != 1)
        return false;
    if (IN6_IS_ADDR_LOOPBACK(&v6))
        return true;
    return IN6_IS_ADDR_V4MAPPED(&v6) && v6.s6_addr[12] == 127;
}

void readServerConfig(TomlReader &reader, const toml::table &root, ServerConfig &config)
{
    if (const toml::table *server = reader.subTable(root, "server", false))
        readServer(reader, *server, config);
    if (const toml::table *notify = reader.subTable(root, "notify", false)) {
        readNotify(reader, *notify, config.notify);
        // Notices link to the status page: only from the configured address, never from a request's Host.
        if ((config.notify.smtp.enabled() || config.notify.webhook.enabled()) && config.publicUrl.isEmpty())
            reader.error(*notify, ConfigTr::tr("[notify]: turn notices need [server] public_url, the address their links point to"));
    }
}

} // namespace Madoguchi
