// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The visits' profiles on the real server on loopback: staff give values from a source, see two
// sources side by side and choose; devices never read them; a value that does not fit changes
// nothing; the files hold no value in the clear; every read and change is in the audit log without
// a value; and profiles go when their office day ends, by the server's own clock.
#include "liveoffice.h"

#include "profile/profilebook.h"
#include "server/housekeeping.h"
#include "server/officeserver.h"
#include "store/sqliteprofilestore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTimeZone>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

// Distinctive values: a name with characters outside the BMP and variant kanji, and an address.
const QString kFamily = u"髙﨑"_s;
const QString kGiven = u"𠮷子"_s;
const QString kAddress = u"東京都千代田区霞が関一丁目二番三号窓口ハイツ四〇五"_s;

QJsonObject value(const QString &field, const QString &text, int person = 0)
{
    return QJsonObject{{u"field"_s, field}, {u"person"_s, person}, {u"value"_s, text}};
}

QJsonObject change(const QString &source, const QJsonArray &values)
{
    return QJsonObject{{u"source"_s, source}, {u"values"_s, values}};
}

/// The visit called to counter 1: its id, as the clerk's console sees it.
qint64 calledVisit(LiveOffice &o)
{
    o.issue();
    REQUIRE(o.call("POST", u"/api/v1/counters/1/call-next"_s, o.clerk).status == 200);
    const QJsonObject counter = o.call("GET", u"/api/v1/counters/1"_s, o.clerk).json();
    const qint64 id = counter.value(u"counter"_s).toObject().value(u"visit"_s).toObject().value(u"id"_s).toInteger();
    REQUIRE(id > 0);
    return id;
}

QJsonObject field(const QJsonObject &profile, const QString &name, int person = 0)
{
    for (const QJsonValue &item : profile.value(u"fields"_s).toArray()) {
        const QJsonObject object = item.toObject();
        if (object.value(u"field"_s).toString() == name && object.value(u"person"_s).toInt() == person)
            return object;
    }
    return {};
}

/// Every file of the data directory, as bytes (the databases, their write-ahead logs, the keys).
QByteArray everyFile(const QString &dir)
{
    QByteArray all;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files)) {
        QFile file(info.filePath());
        REQUIRE(file.open(QIODevice::ReadOnly));
        all += file.readAll();
    }
    return all;
}

QDateTime tokyo(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), QTimeZone("Asia/Tokyo")).toUTC();
}

} // namespace

TEST_CASE("staff give a visit's profile from sources, see disagreements side by side and choose", "[server][profile]")
{
    LiveOffice o;
    const qint64 visit = calledVisit(o);
    const QString path = u"/api/v1/visits/%1/profile"_s.arg(visit);

    const Reply empty = o.call("GET", path, o.clerk);
    REQUIRE(empty.status == 200);
    CHECK(empty.json().value(u"fields"_s).toArray().isEmpty());

    const Reply card = o.call("PUT", path, o.clerk,
                              change(u"card"_s,
                                     {value(u"familyName"_s, kFamily), value(u"givenName"_s, kGiven), value(u"address"_s, kAddress),
                                      value(u"birthDate"_s, u"19850412"_s)}));
    REQUIRE(card.status == 200);
    CHECK(field(card.json(), u"birthDate"_s).value(u"value"_s).toString() == u"1985-04-12"_s);
    CHECK(card.json().value(u"conflicts"_s).toInt() == 0);

    // The clerk types another address (the visitor moved): both are kept, neither printed.
    const Reply typed =
        o.call("PUT", path, o.clerk,
               change(u"clerk"_s, {value(u"address"_s, u"東京都千代田区霞が関二丁目"_s), value(u"phone"_s, u"03-1234-5678"_s)}));
    REQUIRE(typed.status == 200);
    CHECK(typed.json().value(u"conflicts"_s).toInt() == 1);
    const QJsonObject address = field(typed.json(), u"address"_s);
    CHECK(address.value(u"value"_s).isNull());
    REQUIRE(address.value(u"candidates"_s).toArray().size() == 2);
    CHECK(address.value(u"candidates"_s).toArray().at(0).toObject().value(u"source"_s) == u"card"_s);

    const Reply chosen = o.call("POST", path + u"/choice"_s, o.clerk, QJsonObject{{u"field"_s, u"address"_s}, {u"source"_s, u"clerk"_s}});
    REQUIRE(chosen.status == 200);
    CHECK(field(chosen.json(), u"address"_s).value(u"value"_s).toString() == u"東京都千代田区霞が関二丁目"_s);
    CHECK(field(chosen.json(), u"address"_s).value(u"chosen"_s).toString() == u"clerk"_s);
    CHECK(chosen.json().value(u"conflicts"_s).toInt() == 0);

    SECTION("the profile survives a restart, sealed: no value is in any file in the clear")
    {
        o.restart();
        o.clerk = o.login(u"clerk1"_s, 1);
        const Reply again = o.call("GET", path, o.clerk);
        REQUIRE(again.status == 200);
        CHECK(field(again.json(), u"familyName"_s).value(u"value"_s).toString() == kFamily);
        CHECK(field(again.json(), u"address"_s).value(u"chosen"_s).toString() == u"clerk"_s);
        const QByteArray files = everyFile(o.dir.path());
        for (const QString &planted : {kFamily, kGiven, kAddress, u"03-1234-5678"_s})
            CHECK_FALSE(files.contains(planted.toUtf8()));
    }

    SECTION("a profile sealed under a lost key is reported, not shown as empty")
    {
        o.server.reset();
        REQUIRE(QFile::remove(OfficeServer::profilesKeyPath(o.dir.path())));
        o.restart();
        o.clerk = o.login(u"clerk1"_s, 1);
        const Reply lost = o.call("GET", path, o.clerk);
        CHECK(lost.status == 500);
        CHECK(lost.errorCode() == u"profile-unreadable"_s);
    }

    SECTION("a value that does not fit refuses the whole change, naming the field but not the value")
    {
        const Reply bad = o.call("PUT", path, o.clerk,
                                 change(u"clerk"_s, {value(u"givenName"_s, u"花子"_s), value(u"birthDate"_s, u"平成31年5月1日"_s)}));
        CHECK(bad.status == 422);
        CHECK(bad.errorCode() == u"bad-field"_s);
        const QString message = bad.json().value(u"error"_s).toObject().value(u"message"_s).toString();
        CHECK(message.startsWith(u"birthDate: "_s));
        CHECK_FALSE(message.contains(u"平成31年5月1日"_s));
        CHECK(field(o.call("GET", path, o.clerk).json(), u"givenName"_s).value(u"value"_s).toString() == kGiven);
        CHECK(o.call("PUT", path, o.clerk, change(u"clerk"_s, {value(u"noSuchField"_s, u"x"_s)})).status == 422);
        CHECK(o.call("PUT", path, o.clerk, change(u"clerk"_s, {value(u"address"_s, u"x"_s, 1)})).status == 422); // per visit
        CHECK(o.call("PUT", path, o.clerk, change(u"typed"_s, {value(u"address"_s, u"x"_s)})).status == 422);
        CHECK(o.call("POST", path + u"/choice"_s, o.clerk, QJsonObject{{u"field"_s, u"phone"_s}, {u"source"_s, u"card"_s}}).status == 422);
    }

    SECTION("an empty value takes back what one source gave")
    {
        const Reply cleared = o.call("PUT", path, o.clerk, change(u"clerk"_s, {value(u"address"_s, QString())}));
        REQUIRE(cleared.status == 200);
        CHECK(field(cleared.json(), u"address"_s).value(u"value"_s).toString() == kAddress);
        CHECK_FALSE(field(cleared.json(), u"address"_s).contains(u"chosen"_s));
    }

    SECTION("devices never read or write profiles, and nobody without a token")
    {
        CHECK(o.call("GET", path, o.kiosk).status == 403);
        CHECK(o.call("GET", path, o.board).status == 403);
        CHECK(o.call("PUT", path, o.kiosk, change(u"card"_s, {value(u"address"_s, u"x"_s)})).status == 403);
        CHECK(o.call("GET", path, {}).status == 401);
        CHECK(o.call("GET", u"/api/v1/visits/999999/profile"_s, o.clerk).errorCode() == u"unknown-visit"_s);
        CHECK(o.call("GET", u"/api/v1/visits/x/profile"_s, o.clerk).errorCode() == u"unknown-visit"_s);
    }

    SECTION("deleting a profile leaves nothing of it")
    {
        REQUIRE(o.call("DELETE", path, o.clerk).status == 204);
        CHECK(o.call("GET", path, o.clerk).json().value(u"fields"_s).toArray().isEmpty());
    }

    SECTION("every read and change is audited with who, when and which fields, never a value")
    {
        (void)o.call("GET", path, o.clerk);
        o.server.reset();
        auto store = SqliteProfileStore::open(OfficeServer::profilesPath(o.dir.path()));
        REQUIRE(store);
        const auto lines = (*store)->accesses(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
        REQUIRE(lines);
        REQUIRE(lines->size() == 4); // the empty profile's read is not a read of anything
        CHECK(lines->at(0).action == ProfileAction::Change);
        CHECK(lines->at(0).fields == QStringList{u"familyName"_s, u"givenName"_s, u"address"_s, u"birthDate"_s});
        CHECK(lines->at(0).actor == u"staff:clerk1"_s);
        CHECK(lines->at(0).visit == visit);
        CHECK(lines->at(0).at == o.clock.now());
        CHECK(lines->at(2).action == ProfileAction::Choose);
        CHECK(lines->at(2).fields == QStringList{u"address"_s});
        CHECK(lines->at(3).action == ProfileAction::Read);
        CHECK(lines->at(3).fields.contains(u"phone"_s));
    }
}

TEST_CASE("profiles are deleted when their office day ends, or as many office days later as configured", "[server][profile][retention]")
{
    const int keptDays = GENERATE(0, 2);
    LiveOffice o({}, [&](OfficeConfig &office) {
        office.retention.closeDayAtMinutes = 22 * 60;
        office.retention.profileDays = keptDays;
    });
    const QDate day(2026, 11, 24); // the live office's clock starts at 09:30 in Tokyo that day
    const qint64 visit = calledVisit(o);
    const QString path = u"/api/v1/visits/%1/profile"_s.arg(visit);
    REQUIRE(o.call("PUT", path, o.clerk, change(u"clerk"_s, {value(u"familyName"_s, kFamily)})).status == 200);
    auto store = SqliteProfileStore::open(OfficeServer::profilesPath(o.dir.path())); // as an auditor reads it
    REQUIRE(store);
    const auto stored = [&] { return (*store)->load(visit).value().has_value(); };

    o.clock.set(tokyo(day.addDays(keptDays), 21, 59));
    o.server->housekeeping().run();
    CHECK(stored());
    o.clock.set(tokyo(day.addDays(keptDays), 22, 0));
    o.server->housekeeping().run();
    CHECK_FALSE(stored());
    const auto lines = (*store)->accesses(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
    REQUIRE(lines);
    CHECK(lines->last() == ProfileAccess{o.clock.now(), u"server"_s, visit, ProfileAction::Purge, {}});
    CHECK_FALSE(everyFile(o.dir.path()).contains(kFamily.toUtf8()));
}

TEST_CASE("a kiosk's ticket brings the card's values to the visit, and what does not fit is left for the clerk", "[server][profile]")
{
    LiveOffice o;
    const QJsonObject card{{u"source"_s, u"card"_s},
                           {u"values"_s,
                            QJsonArray{value(u"familyName"_s, kFamily), value(u"givenName"_s, kGiven), value(u"address"_s, kAddress),
                                       value(u"birthDate"_s, u"19850230"_s), value(u"sex"_s, u"2"_s)}}};
    const Reply issued =
        o.call("POST", u"/api/v1/visits"_s, o.kiosk, QJsonObject{{u"services"_s, QJsonArray{u"certificate"_s}}, {u"profile"_s, card}});
    REQUIRE(issued.status == 201);
    CHECK(issued.json().value(u"profile"_s).toObject() == QJsonObject{{u"kept"_s, 4}, {u"left"_s, QJsonArray{u"birthDate"_s}}});
    CHECK_FALSE(issued.body.contains(kFamily.toUtf8())); // the ticket's answer names fields, never values

    REQUIRE(o.call("POST", u"/api/v1/counters/1/call-next"_s, o.clerk).status == 200);
    const qint64 id = o.call("GET", u"/api/v1/counters/1"_s, o.clerk).json()[u"counter"_s][u"visit"_s][u"id"_s].toInteger();
    const QJsonObject profile = o.call("GET", u"/api/v1/visits/%1/profile"_s.arg(id), o.clerk).json();
    CHECK(field(profile, u"familyName"_s).value(u"candidates"_s).toArray().at(0)[u"source"_s] == u"card"_s);
    CHECK(field(profile, u"address"_s).value(u"value"_s).toString() == kAddress);
    CHECK(field(profile, u"birthDate"_s).isEmpty());

    const QJsonObject asClerk{{u"source"_s, u"clerk"_s}, {u"values"_s, QJsonArray{value(u"address"_s, kAddress)}}};
    const Reply refused =
        o.call("POST", u"/api/v1/visits"_s, o.kiosk, QJsonObject{{u"services"_s, QJsonArray{u"certificate"_s}}, {u"profile"_s, asClerk}});
    CHECK(refused.status == 422);
    CHECK(o.call("POST", u"/api/v1/visits"_s, o.kiosk,
                 QJsonObject{{u"services"_s, QJsonArray{u"certificate"_s}}, {u"profile"_s, QJsonObject{{u"source"_s, u"card"_s}}}})
              .status
          == 400); // nothing issued for a malformed profile
}
