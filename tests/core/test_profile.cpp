// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The once-only profile of a visit: values kept with their source and time, sources that disagree
// kept side by side until the clerk chooses, household members as numbered people, and the card's
// basic four items put on the visitor with the names' characters intact; profile files read and written;
// the record the server seals, and the store that keeps it.
#include "person/basicfouritems.h"
#include "profile/profile.h"
#include "profile/profilejson.h"
#include "profile/profilerecord.h"
#include "profilestorecontract.h"
#include "store/sqliteprofilestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Madoguchi;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kMorning(QDate(2026, 12, 2), QTime(0, 30), Qt::UTC);

} // namespace

TEST_CASE("A value is kept normalised with its source and time", "[profile]")
{
    Profile profile;
    REQUIRE(profile.set({u"postalCode"_s}, u"〒３３２－００１１"_s, ValueSource::Clerk, kMorning));
    CHECK(profile.value({u"postalCode"_s}) == u"3320011"_s);
    CHECK(profile.candidates({u"postalCode"_s}) == QList<SourcedValue>{{u"3320011"_s, ValueSource::Clerk, kMorning}});
    CHECK(profile.conflicts().isEmpty());

    const auto refused = profile.set({u"postalCode"_s}, u"12"_s, ValueSource::Clerk, kMorning.addSecs(60));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == FieldErrorCode::BadPostalCode);
    CHECK(profile.value({u"postalCode"_s}) == u"3320011"_s); // a refused value changes nothing

    CHECK(profile.set({u"nosuch"_s}, u"x"_s, ValueSource::Clerk, kMorning).error().code == FieldErrorCode::UnknownField);
    CHECK(profile.set({u"address"_s, 1}, u"川口市"_s, ValueSource::Clerk, kMorning).error().code == FieldErrorCode::UnknownField);
    CHECK_FALSE(profile.value({u"address"_s}));
    CHECK_FALSE(profile.value({u"nosuch"_s}));
}

TEST_CASE("Two sources that disagree are both kept until the clerk chooses", "[profile]")
{
    Profile profile;
    const FieldKey address{u"address"_s};
    REQUIRE(profile.set(address, u"埼玉県川口市青木２丁目１番１号"_s, ValueSource::Card, kMorning));
    REQUIRE(profile.set(address, u"埼玉県川口市青木2丁目1番1号"_s, ValueSource::PreApplication, kMorning.addSecs(5)));
    CHECK(profile.value(address) == u"埼玉県川口市青木2丁目1番1号"_s); // the same once widths are uniform
    CHECK(profile.conflicts().isEmpty());

    REQUIRE(profile.set(address, u"埼玉県川口市本町4丁目1番1号"_s, ValueSource::Clerk, kMorning.addSecs(60)));
    CHECK_FALSE(profile.value(address)); // never merged silently
    CHECK(profile.conflicts() == QList<FieldKey>{address});
    CHECK(profile.candidates(address).size() == 3);

    CHECK(profile.choose(address, ValueSource::Clerk));
    CHECK(profile.value(address) == u"埼玉県川口市本町4丁目1番1号"_s);
    CHECK(profile.conflicts().isEmpty());
    CHECK_FALSE(profile.choose({u"phone"_s}, ValueSource::Card));

    // The chosen source gives another value: the clerk is asked again.
    REQUIRE(profile.set(address, u"埼玉県川口市本町4丁目2番1号"_s, ValueSource::Clerk, kMorning.addSecs(120)));
    CHECK_FALSE(profile.value(address));
    CHECK(profile.candidates(address).size() == 3); // each source once, its latest value

    profile.clear(address);
    CHECK(profile.isEmpty());
}

TEST_CASE("Household members are numbered people with per-person fields", "[profile]")
{
    Profile profile;
    CHECK(profile.people() == 1);
    REQUIRE(profile.set({u"givenName"_s, 0}, u"花子"_s, ValueSource::Clerk, kMorning));
    REQUIRE(profile.set({u"givenName"_s, 2}, u"健太"_s, ValueSource::Clerk, kMorning));
    REQUIRE(profile.set({u"birthDate"_s, 2}, u"令和2年6月3日"_s, ValueSource::Clerk, kMorning));
    CHECK(profile.people() == 3);
    CHECK(profile.value({u"birthDate"_s, 2}) == u"2020-06-03"_s);
    CHECK_FALSE(profile.value({u"birthDate"_s, 0}));
    CHECK(profile.set({u"givenName"_s, Profile::kMaxMembers + 1}, u"次郎"_s, ValueSource::Clerk, kMorning).error().code
          == FieldErrorCode::UnknownField);
    CHECK(profile.keys().size() == 3);
}

TEST_CASE("The card's basic four items go on the visitor with every character kept", "[profile]")
{
    Profile profile;
    const BasicFourItems card{u"𠮷田　髙﨑子"_s, u"東京都千代田区霞が関一丁目２番３号　霞が関ビル１０１号室"_s, u"19900401"_s, u"2"_s};
    CHECK(applyBasicFourItems(profile, card, ValueSource::Card, kMorning).isEmpty());
    CHECK(profile.value({u"familyName"_s}) == u"𠮷田"_s);
    CHECK(profile.value({u"givenName"_s}) == u"髙﨑子"_s);
    CHECK(profile.value({u"address"_s}) == u"東京都千代田区霞が関一丁目2番3号\u3000霞が関ビル101号室"_s);
    CHECK(profile.value({u"birthDate"_s}) == u"1990-04-01"_s);
    CHECK(profile.value({u"sex"_s}) == u"2"_s);
    CHECK(profile.candidates({u"sex"_s}).constFirst().source == ValueSource::Card);

    Profile oneWord;
    const QStringList missing =
        applyBasicFourItems(oneWord, {u"NGUYENVANAN"_s, u"川口市"_s, u"19851301"_s, u"1"_s}, ValueSource::PreApplication, kMorning);
    CHECK(missing == QStringList{u"givenName"_s, u"birthDate"_s}); // for the clerk to type
    CHECK(oneWord.value({u"familyName"_s}) == u"NGUYENVANAN"_s);
    CHECK_FALSE(oneWord.value({u"birthDate"_s}));
}

TEST_CASE("A profile file is read with every value checked, and written back as it reads", "[profile]")
{
    QFile file(QStringLiteral(MADOGUCHI_RESOURCES) + u"/forms/example-profile.json"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const auto read = profileFromJson(json, ValueSource::Clerk, kMorning);
    INFO((read ? std::string() : read.error().message.toStdString()));
    REQUIRE(read);
    CHECK(read->people() == 3);
    CHECK(read->value({u"birthDate"_s}) == u"1990-04-01"_s);
    CHECK(read->value({u"familyName"_s, 2}) == u"髙﨑"_s);
    CHECK(read->value({u"residenceCardNumber"_s, 2}) == u"AB12345678CD"_s);
    CHECK(read->candidates({u"postalCode"_s}).constFirst() == SourcedValue{u"3320011"_s, ValueSource::Clerk, kMorning});

    const QJsonObject written = profileToJson(*read);
    CHECK(written.value(u"postalCode"_s).toString() == u"3320011"_s);
    CHECK(written.value(u"members"_s).toArray().size() == 2);
    const auto again = profileFromJson(written, ValueSource::Clerk, kMorning);
    REQUIRE(again);
    CHECK(profileToJson(*again) == written); // kept values read back as themselves
}

TEST_CASE("A profile file with a bad key or value is refused with the key's path, never the value", "[profile]")
{
    const auto refusal = [](const QByteArray &text) {
        const auto read = profileFromJson(QJsonDocument::fromJson(text).object(), ValueSource::Clerk, kMorning);
        REQUIRE_FALSE(read);
        CHECK_FALSE(read.error().message.contains(u"秘密"_s));
        return read.error().message;
    };
    CHECK(refusal(R"({"familyName": "山田", "nickname": "秘密"})").startsWith(u"nickname: "_s));
    CHECK(refusal(R"({"birthDate": "秘密"})").startsWith(u"birthDate: "_s));
    CHECK(refusal(R"({"postalCode": 3320011})").startsWith(u"postalCode: "_s));
    CHECK(refusal(R"({"members": [{"givenName": "健太"}, {"birthDate": "秘密の日"}]})").startsWith(u"members[1].birthDate: "_s));
    CHECK(refusal(R"({"members": [{"address": "秘密"}]})").startsWith(u"members[0].address: "_s)); // a per-visit field
    CHECK(refusal(R"({"members": ["秘密"]})").startsWith(u"members[0]: "_s));
    CHECK(refusal(R"({"members": {"givenName": "秘密"}})").startsWith(u"members: "_s));
    CHECK(refusal(R"({"members": [{},{},{},{},{},{},{},{},{},{}]})").startsWith(u"members: "_s));
}

TEST_CASE("A profile's record keeps every source, time and choice, and a damaged one is refused", "[profile]")
{
    Profile profile;
    REQUIRE(profile.set({u"familyName"_s, 0}, u"𠮷田"_s, ValueSource::Card, kMorning));
    REQUIRE(profile.set({u"familyName"_s, 0}, u"吉田"_s, ValueSource::Clerk, kMorning.addSecs(60)));
    REQUIRE(profile.choose({u"familyName"_s, 0}, ValueSource::Card));
    REQUIRE(profile.set({u"address"_s, 0}, u"東京都千代田区霞が関一丁目"_s, ValueSource::PreApplication, kMorning));
    REQUIRE(profile.set({u"birthDate"_s, 2}, u"令和元年5月1日"_s, ValueSource::Clerk, kMorning));

    const auto back = profileFromRecord(profileRecord(profile));
    REQUIRE(back);
    for (const FieldKey &key : profile.keys()) {
        CHECK(back->candidates(key) == profile.candidates(key));
        CHECK(back->chosen(key) == profile.chosen(key));
    }
    CHECK(back->keys() == profile.keys());
    CHECK(back->value({u"familyName"_s, 0}) == u"𠮷田"_s);
    CHECK(back->value({u"birthDate"_s, 2}) == u"2019-05-01"_s);

    QByteArray record = profileRecord(profile);
    CHECK_FALSE(profileFromRecord(record.left(record.size() / 2)));
    CHECK_FALSE(profileFromRecord(QByteArray(record).replace("\"version\":1", "\"version\":2")));
    CHECK_FALSE(profileFromRecord(QByteArray(record).replace("\"clerk\"", "\"typed\"")));
    CHECK_FALSE(profileFromRecord(QByteArray(record).replace("2019-05-01", "2019-02-30")));
}

TEST_CASE("One source's value can be taken back, leaving the others", "[profile]")
{
    Profile profile;
    const FieldKey address{u"address"_s, 0};
    REQUIRE(profile.set(address, u"東京都千代田区霞が関一丁目"_s, ValueSource::Card, kMorning));
    REQUIRE(profile.set(address, u"東京都千代田区霞が関二丁目"_s, ValueSource::Clerk, kMorning));
    REQUIRE(profile.choose(address, ValueSource::Clerk));
    profile.clear(address, ValueSource::Clerk);
    CHECK(profile.value(address) == u"東京都千代田区霞が関一丁目"_s);
    CHECK(profile.chosen(address) == std::nullopt);
    profile.clear(address, ValueSource::Card);
    CHECK(profile.isEmpty());
    CHECK(Profile::checkKey({u"address"_s, 1})); // a per-visit field has no household members
    CHECK(Profile::checkKey({u"nothing"_s, 0}));
    CHECK_FALSE(Profile::checkKey({u"givenName"_s, Profile::kMaxMembers}));
}

TEST_CASE("the SQLite profile store keeps the ProfileStore contract", "[profile][store][contract]")
{
    QTemporaryDir dir;
    Test::checkProfileStoreContract([&]() -> std::unique_ptr<ProfileStore> {
        auto opened = SqliteProfileStore::open(dir.filePath(u"profiles.sqlite"_s));
        REQUIRE(opened);
        return std::move(opened).value();
    });
}
