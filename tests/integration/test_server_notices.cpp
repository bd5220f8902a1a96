// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Turn notices against real receivers: an SMTP server with STARTTLS and AUTH (python3-aiosmtpd) and
// an HTTP endpoint standing for an office's LINE or SMS gateway, both on loopback.
#include "noticereceivers.h"
#include "serverprocess.h"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QJsonArray>
#include <QMessageAuthenticationCode>

#include <sqlite3.h>

using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPassword = "correct horse battery";
const QByteArray kSmtpPassword = "mail-relay-secret";
const QByteArray kWebhookSecret = "shared-webhook-secret";
const QString kMail = u"hanako.yamada@example.org"_s;
const QString kPhone = u"+81 90-1234-5678"_s;

/// The [notify] configuration for the receivers.
QByteArray notifyToml(const TestCertificate &certificate, quint16 smtpPort, const QString &webhookUrl, int maxAttempts, int retrySeconds)
{
    return u"[notify]\nahead = 2\nmax_attempts = %1\nretry_seconds = %2\n"
           "[notify.smtp]\nhost = \"127.0.0.1\"\nport = %3\nstarttls = true\nuser = \"madoguchi\"\n"
           "password_file = \"%4\"\nfrom = \"notices@midori.example\"\nca_file = \"%5\"\n"
           "[notify.webhook]\nurl = \"%6\"\nsecret_file = \"%7\"\nlabel = { ja = \"携帯電話番号\", en = \"Mobile number\" }\n"_s
               .arg(maxAttempts)
               .arg(retrySeconds)
               .arg(smtpPort)
               .arg(certificate.writeFile(u"smtp-password"_s, kSmtpPassword + '\n'), certificate.certificatePath(), webhookUrl,
                    certificate.writeFile(u"webhook-secret"_s, kWebhookSecret + '\n'))
               .toUtf8();
}

QStringList smtpArguments(const TestCertificate &certificate)
{
    return {u"--cert"_s,     certificate.certificatePath(),     u"--key"_s, certificate.keyPath(), u"--user"_s, u"madoguchi"_s,
            u"--password"_s, QString::fromLatin1(kSmtpPassword)};
}

/// Rows of the notices database, read through SQLite as an auditor would.
QList<QStringList> query(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK);
    QList<QStringList> rows;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        QStringList row;
        for (int i = 0; i < sqlite3_column_count(statement); ++i)
            row.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, i))));
        rows.append(row);
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return rows;
}

struct NoticeOffice {
    TestCertificate certificate;
    SmtpReceiver smtp;
    WebhookReceiver webhook;
    ServerProcess server;
    QString kiosk, clerk;

    explicit NoticeOffice(const QStringList &smtpExtra = {}, int maxAttempts = 8, int retrySeconds = 0)
        : smtp(smtpArguments(certificate) + smtpExtra)
        , server(u"server-office.toml"_s, notifyToml(certificate, smtp.port(), webhook.url(), maxAttempts, retrySeconds))
    {
        server.usePublicUrl();
        kiosk = server.deviceToken(u"kiosk"_s, u"kiosk-1"_s);
        server.addStaff(u"clerk1"_s, u"clerk"_s, kPassword);
        server.start();
        clerk = server.login(u"clerk1"_s, kPassword, 1);
        REQUIRE(server.request("POST", u"/api/v1/counters/1/open"_s, clerk).status == 200);
    }
    QJsonObject issue(const QString &language = u"en"_s)
    {
        const Reply reply =
            server.request("POST", u"/api/v1/visits"_s, kiosk, {{u"services"_s, QJsonArray{u"certificate"_s}}, {u"language"_s, language}});
        REQUIRE(reply.status == 201);
        return reply.json();
    }
    Reply subscribe(const QString &token, const QString &channel, const QString &address)
    {
        return server.request("POST", u"/api/v1/status/%1/notify"_s.arg(token), {}, {{u"channel"_s, channel}, {u"address"_s, address}});
    }
    void callNext()
    {
        REQUIRE(server.request("POST", u"/api/v1/counters/1/finish"_s, clerk).status != 500);
        REQUIRE(server.request("POST", u"/api/v1/counters/1/call-next"_s, clerk).status == 200);
    }
    QString noticesDb() const { return server.dataDir() + u"/notices.sqlite"_s; }
};

QString signatureOf(const QByteArray &body)
{
    return u"sha256="_s + QString::fromLatin1(QMessageAuthenticationCode::hash(body, kWebhookSecret, QCryptographicHash::Sha256).toHex());
}

} // namespace

TEST_CASE("visitors are told by e-mail and webhook when their turn is near and when they are called", "[server][notify]")
{
    NoticeOffice o;
    for (int i = 0; i < 3; ++i)
        o.issue();
    const QJsonObject visit = o.issue(u"ja"_s);
    const QString token = visit.value(u"token"_s).toString();
    const QString number = visit.value(u"number"_s).toString();

    // Three people ahead, two is "near": nothing is sent yet.
    const Reply byMail = o.subscribe(token, u"email"_s, kMail);
    INFO(byMail.body.toStdString());
    REQUIRE(byMail.status == 201);
    CHECK(byMail.json().value(u"added"_s).toBool());
    const Reply byForm =
        o.server.raw("POST", u"/s/"_s + token, {}, "channel=webhook&address=%2B81+90-1234-5678", "application/x-www-form-urlencoded");
    CHECK(byForm.status == 303);
    const auto location = std::find_if(byForm.headers.cbegin(), byForm.headers.cend(), [](const auto &h) { return h.first == "Location"; });
    REQUIRE(location != byForm.headers.cend());
    CHECK(location->second == "/s/" + token.toLatin1() + "?notice=ok#notify");
    CHECK(o.subscribe(token, u"email"_s, kMail.toUpper()).status == 200); // the same address again adds nothing

    o.callNext(); // two ahead now
    REQUIRE(o.smtp.waitForMessages(1));
    REQUIRE(o.webhook.waitForRequests(1));

    const QJsonObject mail = o.smtp.messages().first();
    CHECK(mail.value(u"tls"_s).toBool());
    CHECK(mail.value(u"login"_s).toString() == u"madoguchi"_s);
    CHECK(mail.value(u"from"_s).toString() == u"notices@midori.example"_s);
    CHECK(mail.value(u"to"_s).toArray().first().toString() == kMail);
    const ReceivedMail near = decodeMail(mail.value(u"data"_s).toString());
    CHECK(near.subject.contains(number));
    CHECK(near.body.contains(u"/s/"_s + token));
    CHECK(near.headers.contains("Auto-Submitted: auto-generated"));

    const WebhookReceiver::Request hook = o.webhook.requests().first();
    CHECK(hook.contentType.startsWith("application/json"));
    CHECK(QString::fromLatin1(hook.signature) == signatureOf(hook.body));
    const QJsonObject nearHook = hook.json();
    CHECK(nearHook.value(u"kind"_s).toString() == u"near"_s);
    CHECK(nearHook.value(u"to"_s).toString() == kPhone);
    CHECK(nearHook.value(u"number"_s).toString() == number);
    CHECK(nearHook.value(u"ahead"_s).toInt() == 2);
    CHECK(nearHook.value(u"language"_s).toString() == u"ja"_s);

    o.callNext();
    o.callNext();
    o.callNext(); // the visitor is called at counter 1
    REQUIRE(o.smtp.waitForMessages(2));
    REQUIRE(o.webhook.waitForRequests(2));
    const ReceivedMail called = decodeMail(o.smtp.messages().at(1).value(u"data"_s).toString());
    CHECK(called.subject.contains(number));
    CHECK(called.body.contains(u"1番窓口"_s));
    const QJsonObject calledHook = o.webhook.requests().at(1).json();
    CHECK(calledHook.value(u"kind"_s).toString() == u"called"_s);
    CHECK(calledHook.value(u"counter"_s).toInt() == 1);
    CHECK(calledHook.value(u"counterName"_s).toString() == u"1番窓口"_s);
    CHECK(o.server.waitForLog("sent by webhook after 1 attempt(s)"));

    // One notice per kind and channel, however often the queue moves.
    CHECK(o.smtp.messages().size() == 2);
    CHECK(o.webhook.requests().size() == 2);

    // The addresses are sealed at rest and never logged; they go when the visit closes.
    const QString stored = query(o.noticesDb(), "SELECT group_concat(address, ' ') FROM subscriptions").value(0).value(0);
    CHECK_FALSE(stored.isEmpty());
    CHECK_FALSE(stored.contains(u"example.org"_s));
    CHECK_FALSE(o.server.log().contains(kMail.toUtf8()));
    CHECK_FALSE(o.server.log().contains("1234-5678"));
    REQUIRE(o.server.request("POST", u"/api/v1/counters/1/finish"_s, o.clerk).status == 200);
    REQUIRE(o.server.waitForLog("its subscriptions were deleted"));
    CHECK(query(o.noticesDb(), "SELECT count(*) FROM subscriptions").value(0).value(0) == u"0"_s);
    CHECK(query(o.noticesDb(), "SELECT count(*) FROM notices").value(0).value(0) == u"0"_s);
}

TEST_CASE("personal data planted through every path reaches no log and no database file in the clear", "[server][notify][privacy]")
{
    // Every category at every level, as an administrator chasing a problem would turn them on.
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    NoticeOffice o;
    qunsetenv("QT_LOGGING_RULES");
    const QString mail = u"kanoko.planted-7731@example.org"_s;
    const QString phone = u"+81 80-7731-0042"_s;
    const QByteArray wrongPassword = "planted wrong password 7731";

    CHECK(o.server
              .request("POST", u"/api/v1/sessions"_s, {},
                       {{u"login"_s, u"clerk1"_s}, {u"password"_s, QString::fromLatin1(wrongPassword)}, {u"counter"_s, 2}})
              .status
          == 401);
    o.issue();
    const QString token = o.issue(u"ja"_s).value(u"token"_s).toString();
    REQUIRE(o.subscribe(token, u"email"_s, mail).status == 201);
    const Reply byForm =
        o.server.raw("POST", u"/s/"_s + token, {}, "channel=webhook&address=%2B81+80-7731-0042", "application/x-www-form-urlencoded");
    REQUIRE(byForm.status == 303);
    o.callNext();
    o.callNext(); // the planted visitor is called: both notices go out
    REQUIRE(o.smtp.waitForMessages(2));
    REQUIRE(o.webhook.waitForRequests(2));
    CHECK(o.webhook.requests().last().json().value(u"to"_s).toString() == phone);
    REQUIRE(o.server.request("POST", u"/api/v1/counters/1/finish"_s, o.clerk).status == 200);
    REQUIRE(o.server.waitForLog("its subscriptions were deleted"));

    QList<QByteArray> planted;
    for (const QString &text : {mail, phone, u"8077310042"_s, u"7731-0042"_s}) {
        planted.append(text.toUtf8());
        planted.append(QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2)); // UTF-16 too
    }
    planted += {wrongPassword, kPassword, kSmtpPassword, kWebhookSecret};
    const QByteArray log = o.server.log();
    CHECK(log.contains("visit")); // the log was written, at every level
    QStringList scanned;
    for (QDirIterator files(o.server.dataDir(), QDir::Files, QDirIterator::Subdirectories); files.hasNext();) {
        const QString path = files.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        scanned.append(QFileInfo(path).fileName());
        for (const QByteArray &secret : std::as_const(planted)) {
            INFO(path.toStdString() << " holds " << secret.toStdString());
            CHECK_FALSE(bytes.contains(secret));
        }
    }
    for (const QByteArray &secret : std::as_const(planted)) {
        INFO("the log holds " << secret.toStdString());
        CHECK_FALSE(log.contains(secret));
    }
    INFO(scanned.join(u' ').toStdString());
    CHECK(scanned.contains(u"madoguchi.sqlite"_s));
    CHECK(scanned.contains(u"notices.sqlite"_s));
    CHECK(scanned.contains(u"notices.sqlite-wal"_s));
}

TEST_CASE("a failed delivery is retried, recorded, and given up after max_attempts", "[server][notify]")
{
    NoticeOffice o({u"--refuse"_s, u"1"_s}, 3);
    o.webhook.answer({503, 503, 503});
    const QJsonObject visit = o.issue();
    const QString token = visit.value(u"token"_s).toString();
    REQUIRE(o.subscribe(token, u"email"_s, kMail).status == 201); // nobody ahead: due at once
    REQUIRE(o.subscribe(token, u"webhook"_s, kPhone).status == 201);

    REQUIRE(o.smtp.waitForMessages(1));
    CHECK(o.smtp.refusals() == 1);
    REQUIRE(o.webhook.waitForRequests(3));
    REQUIRE(o.server.waitForLog("given up after 3 attempt(s)"));
    REQUIRE(o.server.waitForLog("sent by email after 2 attempt(s)"));
    const auto rows = query(o.noticesDb(),
                            "SELECT s.channel, n.state, n.attempts, n.last_error FROM notices n "
                            "JOIN subscriptions s ON s.id = n.subscription_id ORDER BY s.channel");
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0) == QStringList{u"email"_s, u"sent"_s, u"2"_s, u""_s});
    CHECK(rows.at(1).mid(0, 3) == QStringList{u"webhook"_s, u"failed"_s, u"3"_s});
    CHECK(rows.at(1).at(3).contains(u"503"_s));
    CHECK(o.webhook.requests().size() == 3);
}

TEST_CASE("a notice pending when the server dies is delivered after the restart", "[server][notify]")
{
    NoticeOffice o({}, 20, 1);
    o.webhook.answer({503});
    const QString token = o.issue().value(u"token"_s).toString();
    REQUIRE(o.subscribe(token, u"webhook"_s, kPhone).status == 201);
    REQUIRE(o.webhook.waitForRequests(1));
    REQUIRE(o.server.waitForLog("attempt 1 failed"));
    o.server.kill();
    o.server.start();
    REQUIRE(o.webhook.waitForRequests(2));
    CHECK(o.webhook.requests().at(1).json().value(u"kind"_s).toString() == u"near"_s);
    CHECK(o.webhook.requests().at(0).json().value(u"notice"_s) == o.webhook.requests().at(1).json().value(u"notice"_s));
}

TEST_CASE("bad requests for notices get clear answers and change nothing", "[server][notify]")
{
    NoticeOffice o;
    const QString token = o.issue().value(u"token"_s).toString();
    const auto code = [&](const QString &channel, const QString &address) { return o.subscribe(token, channel, address).errorCode(); };

    CHECK(code(u"email"_s, u"not an address"_s) == u"invalid-address"_s);
    CHECK(code(u"email"_s, u"a@b.example\r\nBcc: x@y.example"_s) == u"invalid-address"_s);
    CHECK(code(u"sms"_s, u"+81 90"_s) == u"channel-not-offered"_s);
    CHECK(code(u"webhook"_s, QString(129, u'9')) == u"invalid-address"_s);
    CHECK(
        o.server.request("POST", u"/api/v1/status/AAAAAAAAAAAAAAAAAAAAAA/notify"_s, {}, {{u"channel"_s, u"email"_s}, {u"address"_s, kMail}})
            .errorCode()
        == u"unknown-ticket"_s);
    CHECK(o.server.raw("POST", u"/api/v1/status/%1/notify"_s.arg(token), {}, "{", "application/json").status == 400);
    CHECK(query(o.noticesDb(), "SELECT count(*) FROM subscriptions").value(0).value(0) == u"0"_s);

    for (int i = 0; i < 3; ++i)
        REQUIRE(o.subscribe(token, u"email"_s, u"person%1@example.org"_s.arg(i)).status == 201);
    CHECK(code(u"email"_s, u"person3@example.org"_s) == u"too-many-subscriptions"_s);

    const Reply form = o.server.raw("POST", u"/s/"_s + token, {}, "channel=email&address=nope", "application/x-www-form-urlencoded");
    CHECK(form.status == 303);
    const Reply page = o.server.request("GET", u"/s/%1?notice=invalid"_s.arg(token));
    CHECK(page.body.contains("We cannot send to this address."));
    CHECK(page.body.contains(QByteArray("<form method=\"post\" action=\"/s/" + token.toLatin1() + "\">")));
    CHECK(page.body.contains("name=\"channel\" value=\"email\""));
    CHECK(page.body.contains("name=\"channel\" value=\"webhook\""));
    CHECK(page.body.contains("Mobile number")); // the office's own label for its webhook
    // A form for a ticket that does not exist is answered with the page that explains it; nothing of
    // the request's path is sent back as an address to go to.
    const Reply stale = o.server.raw("POST", u"/s/AAAAAAAAAAAAAAAAAAAAAA"_s, {}, "channel=email&address=a%40example.org",
                                     "application/x-www-form-urlencoded");
    CHECK(stale.status == 404);
    CHECK(stale.body.contains("Ticket not found"));
    CHECK(std::none_of(stale.headers.cbegin(), stale.headers.cend(),
                       [](const auto &header) { return header.first.compare("Location", Qt::CaseInsensitive) == 0; }));

    REQUIRE(o.server.request("POST", u"/api/v1/counters/1/call-next"_s, o.clerk).status == 200);
    REQUIRE(o.server.request("POST", u"/api/v1/counters/1/finish"_s, o.clerk).status == 200);
    CHECK(code(u"email"_s, u"late@example.org"_s) == u"visit-closed"_s);
}
