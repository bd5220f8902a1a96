// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: the office server over loopback with 50 concurrent clients — requests per second and
// p50/p99 latency of issuing tickets and of call-next (+ finish) — next to the queue engine doing the
// same operations in-process on the same file system, in the same run. The ratio is the cost of
// HTTP, JSON, authentication and the process boundary. Then a flood from one address (thousands of
// connections that never finish their head, and huge heads) while another address asks for the
// services: its latency against the same requests without the flood, and the server's memory.
//   bench_server [--clients N] [--requests N] [--flood N] [--dir DIR]
#include "benchstats.h"
#include "processmemory.h"

#include "common/clock.h"
#include "config/configloader.h"
#include "queue/queueengine.h"
#include "store/sqlitequeuestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

#include <sys/resource.h>

using namespace Madoguchi;
using namespace Madoguchi::Bench;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPassword = "bench password 1";

/// The test office with one counter per client, each taking both services.
QByteArray officeConfig(int counters)
{
    QFile base(QStringLiteral(MADOGUCHI_TEST_DATA "/server/server-office.toml"));
    if (!base.open(QIODevice::ReadOnly))
        qFatal("cannot read the test office");
    QByteArray text = base.readAll();
    text.truncate(text.indexOf("[[counter]]"));
    for (int i = 1; i <= counters; ++i)
        text +=
            u"[[counter]]\nnumber = %1\nname = { ja = \"%1番窓口\", en = \"Counter %1\" }\nservices = [\"certificate\", \"moving\"]\n\n"_s
                .arg(i)
                .toUtf8();
    // The clients all come from 127.0.0.1, kiosks and clerks each on a kept-alive connection of their
    // own; the flood's slow heads are cut after two seconds.
    text += u"[server.limits]\nconnections_per_address = %1\nconnections = %2\nheader_seconds = 2\n"_s.arg(std::max(32, 2 * counters + 16))
                .arg(std::max(1024, 4 * counters + 64))
                .toUtf8();
    return text;
}

QByteArray run(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(MADOGUCHI_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qFatal("madoguchi %s failed: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}

/// One phase's figures.
struct Figures {
    int requests = 0;
    double seconds = 0;
    Latencies first; ///< issue, or call-next
    [[nodiscard]] double rate() const { return requests / seconds; }
};

/// The queue engine in-process: issue, then call-next + finish round the counters.
std::pair<Figures, Figures> engineFigures(const OfficeConfig &office, const QString &path, int visits, int counters)
{
    auto store = SqliteQueueStore::open(path);
    if (!store)
        qFatal("cannot open the engine's database");
    SystemClock clock;
    QueueEngine engine(office, **store, clock);
    for (int c = 1; c <= counters; ++c)
        (void)engine.openCounter(c, u"bench"_s);
    IssueRequest request;
    request.services = {u"certificate"_s};
    request.channel = IssueChannel::Staff;
    Figures issue, call;
    auto start = Stopwatch::now();
    for (int i = 0; i < visits; ++i) {
        const auto t0 = Stopwatch::now();
        if (!engine.issue(request, u"bench"_s))
            qFatal("issue failed");
        issue.first.add(Stopwatch::now() - t0);
    }
    issue.requests = visits;
    issue.seconds = seconds(Stopwatch::now() - start);
    start = Stopwatch::now();
    for (int i = 0; i < visits; ++i) {
        const int counter = 1 + i % counters;
        const auto t0 = Stopwatch::now();
        if (!engine.callNext(counter, u"bench"_s))
            qFatal("call failed");
        call.first.add(Stopwatch::now() - t0);
        if (!engine.finish(counter, {}, u"bench"_s))
            qFatal("finish failed");
    }
    call.requests = 2 * visits;
    call.seconds = seconds(Stopwatch::now() - start);
    return {issue, call};
}

/// Clients that each keep one request in flight, each on its own connection.
class Clients
{
public:
    /// step(client, round): the request of that round; timed: whether its latency is recorded.
    struct Request {
        QByteArray method;
        QString path;
        QJsonObject body;
        bool timed = true;
    };
    using Step = std::function<Request(int client, int round)>;

    Clients(quint16 port, QString token, int count)
        : m_port(port)
        , m_token(std::move(token))
    {
        for (int i = 0; i < count; ++i)
            m_networks.push_back(std::make_unique<QNetworkAccessManager>());
    }

    Figures run(int rounds, const Step &step)
    {
        Figures figures;
        QEventLoop loop;
        int running = int(m_networks.size());
        const auto start = Stopwatch::now();
        std::function<void(int, int)> next = [&](int client, int round) {
            if (round == rounds) {
                if (--running == 0)
                    loop.quit();
                return;
            }
            const Request request = step(client, round);
            QNetworkRequest http(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(request.path)));
            http.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
            http.setRawHeader("Content-Type", "application/json");
            const auto sent = Stopwatch::now();
            QNetworkReply *reply =
                m_networks.at(size_t(client))
                    ->sendCustomRequest(http, request.method, QJsonDocument(request.body).toJson(QJsonDocument::Compact));
            QObject::connect(reply, &QNetworkReply::finished, [&, reply, sent, client, round, timed = request.timed] {
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status < 200 || status >= 300)
                    qFatal("request failed with HTTP %d: %s %s", status, qPrintable(reply->errorString()), reply->readAll().constData());
                if (timed)
                    figures.first.add(Stopwatch::now() - sent);
                ++figures.requests;
                next(client, round + 1);
            });
        };
        for (int client = 0; client < int(m_networks.size()); ++client)
            next(client, 0);
        loop.exec();
        figures.seconds = seconds(Stopwatch::now() - start);
        return figures;
    }

private:
    quint16 m_port;
    QString m_token;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_networks;
};

/// The resident memory of a process, in MiB.
double residentMiB(qint64 pid)
{
    return Test::residentKiB(QString::number(pid)) / 1024.0;
}

/// Latencies of GET /api/v1/services from another loopback address, one request at a time, each on
/// a new connection (as a kiosk that just came back would).
Latencies otherAddress(quint16 port, const QString &token, int requests)
{
    Latencies latencies;
    const QByteArray request =
        "GET /api/v1/services HTTP/1.1\r\nHost: bench\r\nAuthorization: Bearer " + token.toLatin1() + "\r\nConnection: close\r\n\r\n";
    for (int i = 0; i < requests; ++i) {
        QTcpSocket socket;
        socket.bind(QHostAddress(u"127.0.0.2"_s));
        const auto sent = Stopwatch::now();
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(10000))
            qFatal("the server did not accept another address's connection");
        socket.write(request);
        QByteArray answer;
        while (socket.waitForReadyRead(10000) || socket.bytesAvailable() > 0) {
            answer += socket.readAll();
            if (socket.state() != QAbstractSocket::ConnectedState)
                break;
        }
        if (!answer.startsWith("HTTP/1.1 200"))
            qFatal("another address was not answered during the flood: %s", answer.left(80).constData());
        latencies.add(Stopwatch::now() - sent);
    }
    return latencies;
}

/// A flood from 127.0.0.3: `count` connections that send the start of a head and never its end, and
/// a tenth as many that send a megabyte of header each.
std::vector<std::unique_ptr<QTcpSocket>> flood(quint16 port, int count)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    const QByteArray huge = "GET /api/v1/services HTTP/1.1\r\nHost: bench\r\nX-Filler: " + QByteArray(1024 * 1024, 'a');
    for (int i = 0; i < count + count / 10; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->bind(QHostAddress(u"127.0.0.3"_s));
        QTcpSocket *raw = socket.get();
        const QByteArray bytes = i < count ? QByteArray("GET /api/v1/services HTTP/1.1\r\nHost: bench\r\n") : huge;
        QObject::connect(raw, &QTcpSocket::connected, raw, [raw, bytes] { raw->write(bytes); });
        QObject::connect(raw, &QTcpSocket::readyRead, raw, [raw] { raw->readAll(); });
        socket->connectToHost(QHostAddress::LocalHost, port);
        sockets.push_back(std::move(socket));
    }
    return sockets;
}

void print(const char *what, Figures &server, Figures &engine)
{
    std::printf("%-22s %9.0f /s %9.0f /s %7.2f   %7.0f %7.0f   %7.0f %7.0f\n", what, server.rate(), engine.rate(),
                server.rate() / engine.rate(), server.first.percentile(0.5), server.first.percentile(0.99), engine.first.percentile(0.5),
                engine.first.percentile(0.99));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"madoguchi.*.info=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The office server under concurrent clients against the queue engine in-process."_s);
    parser.addHelpOption();
    const QCommandLineOption clientsOption(u"clients"_s, u"Concurrent clients (default 50)."_s, u"n"_s, u"50"_s);
    const QCommandLineOption requestsOption(u"requests"_s, u"Tickets each client issues, then calls (default 40)."_s, u"n"_s, u"40"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Directory for the databases (default: the current one)."_s, u"dir"_s, u"."_s);
    const QCommandLineOption floodOption(u"flood"_s, u"Slow connections in the flood (default 3000)."_s, u"n"_s, u"3000"_s);
    parser.addOptions({clientsOption, requestsOption, floodOption, dirOption});
    parser.process(app);
    const int clients = std::clamp(parser.value(clientsOption).toInt(), 1, 500);
    const int rounds = std::max(1, parser.value(requestsOption).toInt());
    const int floodSize = std::clamp(parser.value(floodOption).toInt(), 0, 20000);
    rlimit openFiles{};
    getrlimit(RLIMIT_NOFILE, &openFiles);
    openFiles.rlim_cur = openFiles.rlim_max; // the flood is thousands of sockets
    setrlimit(RLIMIT_NOFILE, &openFiles);

    QTemporaryDir dir(QDir(parser.value(dirOption)).filePath(u"bench-XXXXXX"_s));
    const QString configPath = dir.filePath(u"office.toml"_s);
    QFile config(configPath);
    if (!dir.isValid() || !config.open(QIODevice::WriteOnly) || config.write(officeConfig(clients)) < 0)
        qFatal("cannot write the office file");
    config.close();
    const auto office = ConfigLoader::loadFile(configPath);
    if (!office.config)
        qFatal("the generated office file is invalid: %s", qPrintable(office.diagnostics.value(0).message));

    auto [engineIssue, engineCall] = engineFigures(*office.config, dir.filePath(u"engine.sqlite"_s), clients * rounds, clients);

    // The real server process, provisioned as an installer would.
    const QString data = dir.filePath(u"server"_s);
    const QStringList files{u"--config"_s, configPath, u"--data"_s, data};
    const QString kiosk =
        QString::fromLatin1(run(QStringList{u"token"_s, u"new"_s, u"--role"_s, u"kiosk"_s, u"--name"_s, u"kiosk-1"_s} + files).trimmed());
    run(QStringList{u"staff"_s, u"add"_s, u"--login"_s, u"chief"_s, u"--role"_s, u"supervisor"_s} + files, kPassword + '\n');
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QStringLiteral(MADOGUCHI_BINARY), QStringList{u"server"_s, u"--listen"_s, u"127.0.0.1:0"_s} + files);
    static const QRegularExpression listening(u"listening on http://127\\.0\\.0\\.1:(\\d+)"_s);
    QByteArray output;
    while (!listening.match(QString::fromUtf8(output)).hasMatch()) {
        if (!server.waitForReadyRead(30000))
            qFatal("the server did not start: %s", server.readAllStandardError().constData());
        output += server.readAllStandardOutput();
    }
    const quint16 port = quint16(listening.match(QString::fromUtf8(output)).captured(1).toUInt());

    Clients kiosks(port, kiosk, clients);
    Figures serverIssue = kiosks.run(rounds, [](int, int) {
        return Clients::Request{"POST", u"/api/v1/visits"_s, {{u"services"_s, QJsonArray{u"certificate"_s}}}};
    });

    QString session;
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/api/v1/sessions"_s.arg(port)));
        request.setRawHeader("Content-Type", "application/json");
        QNetworkReply *reply = network.post(request, R"({"login":"chief","password":")" + kPassword + R"("})");
        QEventLoop wait;
        QObject::connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
        wait.exec();
        session = QJsonDocument::fromJson(reply->readAll()).object().value(u"token"_s).toString();
        delete reply;
    }
    if (session.isEmpty())
        qFatal("the supervisor could not log in");
    Clients clerks(port, session, clients);
    clerks.run(1, [](int client, int) { return Clients::Request{"POST", u"/api/v1/counters/%1/open"_s.arg(client + 1), {}, false}; });
    // Each clerk at its own counter: call-next (timed), then finish.
    Figures serverCall = clerks.run(2 * rounds, [](int client, int round) {
        const bool call = round % 2 == 0;
        return Clients::Request{"POST", u"/api/v1/counters/%1/%2"_s.arg(client + 1).arg(call ? u"call-next"_s : u"finish"_s), {}, call};
    });

    // The flood, from one address, while another asks for the services.
    const double memoryBefore = residentMiB(server.processId());
    Latencies calm = otherAddress(port, kiosk, 20);
    auto flooding = flood(port, floodSize);
    const auto floodStart = Stopwatch::now();
    QEventLoop settle; // let the connections arrive
    QTimer::singleShot(300, &settle, &QEventLoop::quit);
    settle.exec();
    Latencies stormy = otherAddress(port, kiosk, 20);
    const double memoryDuring = residentMiB(server.processId());
    // Every flood connection ends: refused at once beyond the cap, cut after the header time, or
    // answered 431 for its huge head.
    QEventLoop drained;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &drained, [&] {
        const bool open =
            std::any_of(flooding.begin(), flooding.end(), [](const auto &s) { return s->state() != QAbstractSocket::UnconnectedState; });
        if (!open || seconds(Stopwatch::now() - floodStart) > 30)
            drained.quit();
    });
    poll.start(50);
    drained.exec();
    const double floodSeconds = seconds(Stopwatch::now() - floodStart);
    const auto stillOpen =
        std::count_if(flooding.begin(), flooding.end(), [](const auto &s) { return s->state() != QAbstractSocket::UnconnectedState; });
    flooding.clear();
    const double memoryAfter = residentMiB(server.processId());
    server.terminate();
    server.waitForFinished();

    std::printf("file system: %s\n", qPrintable(QDir(dir.path()).absolutePath()));
    std::printf("%d concurrent clients over loopback, %d tickets each; engine in-process, sequential\n", clients, rounds);
    std::printf("%-22s %12s %12s %7s   %15s   %15s\n", "", "server", "engine", "ratio", "server µs p50/p99", "engine µs p50/p99");
    print("issue", serverIssue, engineIssue);
    print("call-next + finish", serverCall, engineCall);
    std::printf("(latency of call-next alone; the rate counts call-next and finish requests)\n");
    std::printf("\nflood from 127.0.0.3: %d connections that never end their head + %d with 1 MiB heads\n", floodSize, floodSize / 10);
    std::printf("GET /services from 127.0.0.2, µs p50/p99: calm %.0f / %.0f, flooded %.0f / %.0f (ratio p50 %.2f)\n", calm.percentile(0.5),
                calm.percentile(0.99), stormy.percentile(0.5), stormy.percentile(0.99), stormy.percentile(0.5) / calm.percentile(0.5));
    std::printf("server memory: %.1f MiB before, %.1f MiB during, %.1f MiB after; every flood connection ended in %.1f s (%lld left)\n",
                memoryBefore, memoryDuring, memoryAfter, floodSeconds, qlonglong(stillOpen));
    return 0;
}
