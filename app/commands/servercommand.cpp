// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercommand.h"

#include "officefiles.h"
#include "signalwatcher.h"

#include "common/clock.h"
#include "server/officeserver.h"

#include <QCoreApplication>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace Madoguchi::Cli {

namespace {

/// Every connection is a file descriptor: the server may need as many as its connection limit and
/// its databases, more than the usual soft limit of 1,024.
void raiseOpenFileLimit(const ServerLimits &limits)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    const rlim_t wanted = rlim_t(limits.connections) + 64;
    if (limit.rlim_cur >= wanted)
        return;
    limit.rlim_cur = std::min(limit.rlim_max, wanted);
    if (setrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur < wanted)
        err(CliTr::tr("warning: only %1 open files are allowed; [server.limits] connections = %2 needs more")
                .arg(qulonglong(limit.rlim_cur))
                .arg(limits.connections));
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    OfficeOptions files;
    files.addTo(parser);
    const QCommandLineOption listenOption(
        u"listen"_s,
        CliTr::tr("Address and port to listen on (default: the configuration's "
                  "listen, else 127.0.0.1:8080). Beyond loopback it needs TLS or [server] closed_network."),
        CliTr::tr("addr:port"));
    parser.addOption(listenOption);
    if (const int code = parse(parser, arguments,
                               CliTr::tr("Runs the office server: the queue, API v1 over HTTP and WebSocket, and the "
                                         "visitors' status pages. Stops cleanly on SIGTERM or SIGINT."));
        code >= 0)
        return code;
    OfficeConfig loaded;
    QString dataDir;
    if (const int code = files.prepare(parser, loaded, dataDir); code >= 0)
        return code;
    const OfficeConfig *office = &loaded;
    ListenAddress listen = office->server.listen;
    if (parser.isSet(listenOption)) {
        const auto parsed = ListenAddress::parse(parser.value(listenOption));
        if (!parsed) {
            err(CliTr::tr("--listen must look like 192.0.2.10:8080 or [::1]:8080, not '%1'.").arg(parser.value(listenOption)));
            return UsageError;
        }
        listen = *parsed;
    }

    raiseOpenFileLimit(office->server.limits);
    SystemClock clock;
    auto server = OfficeServer::open(*office, dataDir, clock);
    if (!server) {
        err(server.error().message);
        return Failure;
    }
    const auto port = (*server)->start(listen);
    if (!port) {
        err(port.error().message);
        return Failure;
    }
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp, [](int) { QCoreApplication::quit(); });
    ListenAddress bound = listen;
    bound.port = *port;
    const bool tls = !office->server.tlsCertificate.isEmpty();
    out(CliTr::tr("madoguchi server: %1 listening on %2://%3").arg(office->id, tls ? u"https"_s : u"http"_s, bound.toString()));
    const int code = QCoreApplication::exec();
    out(CliTr::tr("madoguchi server: stopped"));
    return code;
}

} // namespace

Command serverCommand()
{
    return {u"server"_s, CliTr::tr("Run the office server (HTTP/JSON and WebSocket API, status pages)."), run};
}

} // namespace Madoguchi::Cli
