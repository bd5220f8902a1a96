// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of turn notices that need no network: sealing addresses, mail formatting, address
// checks, the retry schedule and the notice database.
#include "noticestorecontract.h"

#include "auth/secretbox.h"
#include "auth/secrets.h"
#include "common/languagecatalogs.h"
#include "notify/mailmessage.h"
#include "notify/noticebook.h"
#include "notify/outbox.h"
#include "store/sqlitenoticestore.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

TEST_CASE("a secret box seals values under a key file only its owner can read", "[notify][secrets]")
{
    REQUIRE(Secrets::initialize());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notices.key"_s);
    const auto box = SecretBox::fromKeyFile(path);
    REQUIRE(box);
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    CHECK(permissions.testFlag(QFileDevice::ReadOwner));
    CHECK((permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)).toInt()
          == 0);

    const QByteArray sealed = box->seal("hanako@example.org");
    CHECK_FALSE(sealed.contains("hanako"));
    CHECK(box->seal("hanako@example.org") != sealed); // a fresh nonce each time
    CHECK(box->open(sealed) == QByteArray("hanako@example.org"));
    CHECK(box->digest("a") == box->digest("a"));
    CHECK(box->digest("a") != box->digest("b"));

    SECTION("the same key is read back after a restart")
    {
        const auto again = SecretBox::fromKeyFile(path);
        REQUIRE(again);
        CHECK(again->open(sealed) == QByteArray("hanako@example.org"));
        CHECK(again->digest("a") == box->digest("a"));
    }
    SECTION("a tampered box or another key opens nothing")
    {
        QByteArray tampered = sealed;
        tampered[tampered.size() - 1] = char(tampered.back() ^ 1);
        CHECK_FALSE(box->open(tampered));
        CHECK_FALSE(box->open("short"));
        const auto other = SecretBox::fromKeyFile(dir.filePath(u"other.key"_s));
        REQUIRE(other);
        CHECK_FALSE(other->open(sealed));
    }
    SECTION("a damaged key file is refused, not replaced")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("too short");
        file.close();
        const auto damaged = SecretBox::fromKeyFile(path);
        REQUIRE_FALSE(damaged);
        CHECK(damaged.error().code == StoreErrorCode::Corrupt);
        CHECK(damaged.error().message.contains(path));
    }
    SECTION("a key file that others can read is refused, with the command that mends it")
    {
        REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        const auto exposed = SecretBox::fromKeyFile(path);
        REQUIRE_FALSE(exposed);
        CHECK(exposed.error().message.contains(u"(mode 0604)"_s));
        CHECK(exposed.error().message.contains(u"chmod 600 "_s + path));
    }
    SECTION("a new key file is written whole, with nothing left beside it")
    {
        CHECK_FALSE(QFile::exists(path + u".new"_s));
        CHECK(QFile(path).size() == 32);
    }
}

TEST_CASE("mail headers carry any script as encoded words of legal length", "[notify][mail]")
{
    CHECK(encodeHeaderWords(u"Your number B-0004 is called"_s) == "Your number B-0004 is called");
    const QString japanese = u"番号 B-0004 のお客様、まもなく順番です。待合室にお戻りください。1番窓口"_s;
    const QByteArray encoded = encodeHeaderWords(japanese);
    QByteArray decoded;
    for (const QByteArray &line : encoded.split('\n')) {
        const QByteArray word = line.trimmed();
        CHECK(word.size() <= 75);
        REQUIRE(word.startsWith("=?UTF-8?B?"));
        REQUIRE(word.endsWith("?="));
        decoded += QByteArray::fromBase64(word.mid(10, word.size() - 12));
    }
    CHECK(QString::fromUtf8(decoded) == japanese);
    CHECK(encoded.count('\n') >= 2);
    // An emoji (a surrogate pair) is never split between two words.
    const QByteArray emoji = encodeHeaderWords(QString(20, u'あ') + u"😀"_s);
    for (const QByteArray &line : emoji.split('\n')) {
        const QByteArray word = line.trimmed();
        CHECK_FALSE(QString::fromUtf8(QByteArray::fromBase64(word.mid(10, word.size() - 12))).contains(QChar::ReplacementCharacter));
    }
}

TEST_CASE("a mail is formatted with CRLF lines and a base64 UTF-8 body", "[notify][mail]")
{
    const MailMessage message{u"緑区役所"_s, u"notices@midori.example"_s, u"hanako@example.org"_s, u"呼出"_s,
                              u"番号 B-0004\n.\nhttps://q.example/s/abc"_s};
    const QByteArray mail = formatMail(message, QDateTime(QDate(2026, 11, 21), QTime(9, 5), Qt::UTC), "n1@midori.example");
    CHECK(mail.contains(QByteArray("From: =?UTF-8?B?" + u"緑区役所"_s.toUtf8().toBase64() + "?= <notices@midori.example>\r\n")));
    CHECK(mail.contains("To: <hanako@example.org>\r\n"));
    CHECK(mail.contains("Date: Sat, 21 Nov 2026 09:05:00 +0000\r\n"));
    CHECK(mail.contains("Message-ID: <n1@midori.example>\r\n"));
    CHECK_FALSE(mail.contains("\n.\r\n")); // nothing the server could take for the end of DATA
    const QByteArray body = mail.mid(mail.indexOf("\r\n\r\n") + 4);
    for (const QByteArray &line : body.split('\n'))
        CHECK(line.size() <= 77);
    CHECK(QByteArray::fromBase64(body) == u"番号 B-0004\r\n.\r\nhttps://q.example/s/abc"_s.toUtf8());
}

TEST_CASE("only deliverable e-mail addresses are accepted", "[notify]")
{
    CHECK(isMailAddress(u"hanako.yamada+city@example.org"_s));
    CHECK(isMailAddress(u"a@b.jp"_s));
    CHECK_FALSE(isMailAddress(u"hanako"_s));
    CHECK_FALSE(isMailAddress(u"hanako@localhost"_s));
    CHECK_FALSE(isMailAddress(u"a b@example.org"_s));
    CHECK_FALSE(isMailAddress(u"a@example.org\r\nBcc: b@example.org"_s));
    CHECK_FALSE(isMailAddress(u"<a@example.org>"_s));
    CHECK_FALSE(isMailAddress(QString(250, u'a') + u"@b.jp"_s));
}

TEST_CASE("failed deliveries are retried after doubling waits, capped at an hour", "[notify]")
{
    CHECK(Outbox::backoffSeconds(30, 1) == 30);
    CHECK(Outbox::backoffSeconds(30, 2) == 60);
    CHECK(Outbox::backoffSeconds(30, 4) == 240);
    CHECK(Outbox::backoffSeconds(30, 20) == Outbox::kMaxBackoffSeconds);
    CHECK(Outbox::backoffSeconds(0, 5) == 0);
}

TEST_CASE("the SQLite notice store keeps the NoticeStore contract", "[notify][store][contract]")
{
    QTemporaryDir dir;
    checkNoticeStoreContract([&]() -> std::unique_ptr<NoticeStore> {
        auto opened = SqliteNoticeStore::open(dir.filePath(u"notices.sqlite"_s));
        REQUIRE(opened);
        return std::move(opened).value();
    });
}

TEST_CASE("every language a visitor can choose has the status page's and the notices' sentences", "[notify][i18n]")
{
    const QStringList languages{u"ja"_s, u"ja-x-easy"_s, u"zh-Hans"_s, u"ko"_s, u"vi"_s, u"fil"_s, u"tr"_s, u"pt-BR"_s, u"ne"_s};
    const LanguageCatalogs catalogs(languages + QStringList{u"en"_s});
    QStringList seen;
    for (const QString &language : languages) {
        INFO(language.toStdString());
        const QString ahead = catalogs.translate(language, "Madoguchi::StatusPage", "People ahead of you: %1");
        const QString near = catalogs.translate(language, "Madoguchi::NoticeText", "Your turn is near: %1");
        CHECK(ahead != u"People ahead of you: %1"_s);
        CHECK(ahead.contains(u"%1"_s));
        CHECK(near != u"Your turn is near: %1"_s);
        CHECK_FALSE(seen.contains(ahead + near)); // not one catalogue loaded for two languages
        seen.append(ahead + near);
    }
    CHECK(catalogs.translate(u"en"_s, "Madoguchi::StatusPage", "People ahead of you: %1") == u"People ahead of you: %1"_s);
    CHECK(LanguageCatalogs::catalogName(u"ja-x-easy"_s) == u"madoguchi_ja_x_easy"_s);
}
