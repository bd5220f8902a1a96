// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing personal in any log or in the clear in any file: a distinctive name, address and phone
// are planted through every path a profile takes today (the kiosk's card read with its ticket, a
// clerk's typing, a value that does not fit, the clerk's choice, the forms rendered and exported),
// with every logging category at debug; then the server's log, the commands' output and every file
// of the data directory are searched for them.
#include "serverprocess.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

const QString kFamily = u"鷗堺"_s;
const QString kGiven = u"𠮷之丞"_s;
const QString kAddress = u"東京都千代田区霞が関九丁目八番七号窓口検証ハイツ六〇五"_s;
const QString kPhone = u"03-9876-5432"_s;

QJsonObject values(const QString &source, const QList<std::pair<QString, QString>> &fields)
{
    QJsonArray list;
    for (const auto &[field, value] : fields)
        list.append(QJsonObject{{u"field"_s, field}, {u"value"_s, value}});
    return QJsonObject{{u"source"_s, source}, {u"values"_s, list}};
}

QByteArray filesUnder(const QString &dir)
{
    QByteArray all;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files)) {
        QFile file(info.filePath());
        REQUIRE(file.open(QIODevice::ReadOnly));
        all += file.readAll();
    }
    return all;
}

} // namespace

TEST_CASE("a planted name, address and phone reach no log and no file in the clear", "[server][profile][privacy]")
{
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    ServerProcess server;
    const QString kiosk = server.deviceToken(u"kiosk"_s, u"kiosk-1"_s);
    server.addStaff(u"clerk1"_s, u"clerk"_s, "correct horse battery");
    server.start();
    const QString clerk = server.login(u"clerk1"_s, "correct horse battery", 1);
    REQUIRE(server.request("POST", u"/api/v1/counters/1/open"_s, clerk).status == 200);

    // The kiosk: a ticket with the card's values.
    const Reply ticket = server.request(
        "POST", u"/api/v1/visits"_s, kiosk,
        QJsonObject{
            {u"services"_s, QJsonArray{u"certificate"_s}},
            {u"profile"_s,
             values(u"card"_s,
                    {{u"familyName"_s, kFamily}, {u"givenName"_s, kGiven}, {u"address"_s, kAddress}, {u"birthDate"_s, kAddress}})}});
    REQUIRE(ticket.status == 201);
    REQUIRE(server.request("POST", u"/api/v1/counters/1/call-next"_s, clerk).status == 200);
    const qint64 visit = server.request("GET", u"/api/v1/counters/1"_s, clerk).json()[u"counter"_s][u"visit"_s][u"id"_s].toInteger();
    const QString path = u"/api/v1/visits/%1/profile"_s.arg(visit);

    // The clerk: typing, a value that does not fit (the address in a date), a choice, reading.
    REQUIRE(server.request("PUT", path, clerk, values(u"clerk"_s, {{u"phone"_s, kPhone}, {u"address"_s, kAddress + u"別館"_s}})).status
            == 200);
    CHECK(server.request("PUT", path, clerk, values(u"clerk"_s, {{u"movingDate"_s, kFamily + kAddress}})).status == 422);
    REQUIRE(server.request("POST", path + u"/choice"_s, clerk, QJsonObject{{u"field"_s, u"address"_s}, {u"source"_s, u"card"_s}}).status
            == 200);
    const Reply read = server.request("GET", path, clerk);
    REQUIRE(read.status == 200);
    CHECK(read.body.contains(kGiven.toUtf8())); // the clerk does see it

    // The forms: a profile file rendered and exported by the operator's command.
    QTemporaryDir work;
    QFile profile(work.filePath(u"profile.json"_s));
    REQUIRE(profile.open(QIODevice::WriteOnly));
    profile.write(
        QJsonDocument(QJsonObject{{u"familyName"_s, kFamily}, {u"givenName"_s, kGiven}, {u"address"_s, kAddress}, {u"phone"_s, kPhone}})
            .toJson());
    profile.close();
    QByteArray commandOutput;
    for (const QString &out : {work.filePath(u"forms.pdf"_s), work.filePath(u"forms.json"_s), work.filePath(u"forms.csv"_s)}) {
        QProcess render;
        render.start(QStringLiteral(MADOGUCHI_BINARY),
                     {u"forms"_s, u"render"_s, u"--form"_s, u"residence-change"_s, u"--form"_s, u"certificate-request"_s, u"--profile"_s,
                      profile.fileName(), u"--out"_s, out});
        REQUIRE(render.waitForFinished(60000));
        CHECK(render.exitCode() == 0);
        commandOutput += render.readAllStandardOutput() + render.readAllStandardError();
        CHECK(QFile(out).size() > 100);
    }

    server.kill(); // the log as it is, and the files as a crash leaves them
    const QByteArray log = server.log();
    REQUIRE(log.contains("madoguchi")); // the debug log was on and collected
    const QByteArray files = filesUnder(server.dataDir());
    for (const QString &planted : {kFamily, kGiven, kAddress, kPhone}) {
        INFO(planted.toStdString());
        CHECK_FALSE(log.contains(planted.toUtf8()));
        CHECK_FALSE(commandOutput.contains(planted.toUtf8()));
        CHECK_FALSE(files.contains(planted.toUtf8()));
    }
}
