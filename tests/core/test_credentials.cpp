// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstorecontract.h"
#include "testoffice.h"

#include "auth/credentials.h"
#include "auth/secrets.h"
#include "store/sqlitecredentialstore.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

struct Accounts {
    QTemporaryDir dir;
    std::unique_ptr<Credentials> store;
    QDateTime now = tokyo(2026, 11, 24, 9, 0);

    Accounts()
    {
        REQUIRE(Secrets::initialize());
        auto opened = Credentials::open(dir.filePath(u"madoguchi.sqlite"_s));
        REQUIRE(opened);
        store = std::move(opened).value();
    }
};

const QByteArray kPassword = "correct horse battery";
/// Idle sessions end after 12 hours; the absolute lifetime is tested on its own.
constexpr SessionPolicy kIdleOnly{12, 72};

} // namespace

TEST_CASE("a device token is stored as a hash and a new one replaces the old", "[auth]")
{
    Accounts c;
    const auto first = c.store->addDevice(u"kiosk-1"_s, Role::Kiosk, c.now);
    REQUIRE(first);
    CHECK_FALSE(first->replaced);
    const auto device = c.store->device(first->token);
    REQUIRE(device);
    CHECK(device->role == Role::Kiosk);
    CHECK(device->actor() == u"kiosk:kiosk-1"_s);

    const auto second = c.store->addDevice(u"kiosk-1"_s, Role::Kiosk, c.now);
    REQUIRE(second);
    CHECK(second->replaced);
    CHECK_FALSE(c.store->device(first->token));
    CHECK(c.store->device(second->token));

    CHECK(c.store->addDevice(u"bad name!"_s, Role::Kiosk, c.now).error().code == AuthErrorCode::Invalid);
    CHECK(c.store->addDevice(u"clerk-1"_s, Role::Clerk, c.now).error().code == AuthErrorCode::Invalid);
}

TEST_CASE("staff sessions open with the right password and end by logout, idleness or a new password", "[auth]")
{
    Accounts c;
    REQUIRE(c.store->addStaff(u"tanaka"_s, Role::Clerk, kPassword, c.now, false));
    CHECK(c.store->addStaff(u"tanaka"_s, Role::Admin, kPassword, c.now, false).error().code == AuthErrorCode::Exists);
    CHECK(c.store->addStaff(u"sato"_s, Role::Clerk, "short", c.now, false).error().code == AuthErrorCode::Invalid);

    CHECK(c.store->login(u"tanaka"_s, "wrong password", 3, c.now).error().code == AuthErrorCode::BadCredentials);
    CHECK(c.store->login(u"nobody"_s, kPassword, 3, c.now).error().code == AuthErrorCode::BadCredentials);
    CHECK(c.store->login(u"tanaka"_s, kPassword, 0, c.now).error().code == AuthErrorCode::Invalid);
    const auto session = c.store->login(u"tanaka"_s, kPassword, 3, c.now);
    REQUIRE(session);
    CHECK(session->principal.counter == 3);
    CHECK(session->principal.mayActAt(3));
    CHECK_FALSE(session->principal.mayActAt(4));

    const auto found = c.store->session(session->token, c.now.addSecs(3600), kIdleOnly);
    REQUIRE(found);
    CHECK(found->name == u"tanaka"_s);
    CHECK(c.store->session(u"unknown"_s, c.now, kIdleOnly).error().code == AuthErrorCode::BadCredentials);

    SECTION("logout")
    {
        REQUIRE(c.store->logout(found->sessionHash, c.now));
        CHECK(c.store->session(session->token, c.now, kIdleOnly).error().code == AuthErrorCode::StaleSession);
    }
    SECTION("idle longer than allowed, counted from the last use")
    {
        CHECK(c.store->session(session->token, c.now.addSecs(3600 + 11 * 3600), kIdleOnly));
        CHECK(c.store->session(session->token, c.now.addSecs(3600 + 23 * 3600 + 60), kIdleOnly).error().code
              == AuthErrorCode::StaleSession);
    }
    SECTION("a new password ends the old sessions")
    {
        REQUIRE(c.store->addStaff(u"tanaka"_s, Role::Supervisor, "another long password", c.now, true));
        CHECK(c.store->session(session->token, c.now, kIdleOnly).error().code == AuthErrorCode::StaleSession);
        CHECK(c.store->login(u"tanaka"_s, kPassword, 3, c.now).error().code == AuthErrorCode::BadCredentials);
        const auto again = c.store->login(u"tanaka"_s, "another long password", 0, c.now);
        REQUIRE(again);
        CHECK(again->principal.role == Role::Supervisor);
        CHECK(again->principal.mayActAt(7));
    }
}

TEST_CASE("a session ends at its absolute lifetime however much it is used", "[auth]")
{
    Accounts c;
    REQUIRE(c.store->addStaff(u"tanaka"_s, Role::Clerk, kPassword, c.now, false));
    const auto session = c.store->login(u"tanaka"_s, kPassword, 3, c.now);
    REQUIRE(session);
    const SessionPolicy policy{2, 5};
    for (int hour = 1; hour <= 5; ++hour)
        CHECK(c.store->session(session->token, c.now.addSecs(hour * 3600 - 60), policy));
    CHECK(c.store->session(session->token, c.now.addSecs(5 * 3600 + 60), policy).error().code == AuthErrorCode::StaleSession);
}

TEST_CASE("a revoked device token and a disabled account stop working at once, and can be restored", "[auth]")
{
    Accounts c;
    const auto token = c.store->addDevice(u"kiosk-1"_s, Role::Kiosk, c.now);
    REQUIRE(token);
    REQUIRE(c.store->addStaff(u"tanaka"_s, Role::Clerk, kPassword, c.now, false));
    const auto session = c.store->login(u"tanaka"_s, kPassword, 3, c.now);
    REQUIRE(session);

    REQUIRE(c.store->revokeDevice(u"kiosk-1"_s, c.now));
    CHECK_FALSE(c.store->device(token->token));
    CHECK(c.store->revokeDevice(u"kiosk-9"_s, c.now).error().code == AuthErrorCode::Unknown);
    const auto renewed = c.store->addDevice(u"kiosk-1"_s, Role::Kiosk, c.now);
    REQUIRE(renewed);
    CHECK(c.store->device(renewed->token));
    CHECK_FALSE(c.store->device(token->token));

    REQUIRE(c.store->disableStaff(u"tanaka"_s, c.now));
    CHECK(c.store->session(session->token, c.now, kIdleOnly).error().code == AuthErrorCode::StaleSession);
    CHECK(c.store->login(u"tanaka"_s, kPassword, 3, c.now).error().code == AuthErrorCode::BadCredentials);
    CHECK(c.store->disableStaff(u"nobody"_s, c.now).error().code == AuthErrorCode::Unknown);
    REQUIRE(c.store->addStaff(u"tanaka"_s, Role::Clerk, "a brand new password", c.now, true));
    CHECK(c.store->login(u"tanaka"_s, "a brand new password", 3, c.now));
}

TEST_CASE("the audit log records who, what and from where, never a secret", "[auth][audit]")
{
    Accounts c;
    const auto token = c.store->addDevice(u"kiosk-1"_s, Role::Kiosk, c.now);
    REQUIRE(c.store->addStaff(u"tanaka"_s, Role::Clerk, kPassword, c.now, false));
    REQUIRE(c.store->record(AuthEvent::LoginFailed, u"tanaka"_s, u"192.0.2.7"_s, c.now.addSecs(10)));
    REQUIRE(c.store->revokeDevice(u"kiosk-1"_s, c.now.addSecs(20)));
    const auto entries = c.store->audit(c.now, 100);
    REQUIRE(entries);
    QStringList lines;
    for (const AuditEntry &entry : *entries)
        lines.append(u"%1 %2 %3"_s.arg(entry.event, entry.name, entry.address));
    CHECK(lines
          == QStringList{u"device-added kiosk-1 cli"_s, u"staff-added tanaka cli"_s, u"login-failed tanaka 192.0.2.7"_s,
                         u"device-revoked kiosk-1 cli"_s});
    CHECK(c.store->audit(c.now.addSecs(15), 100)->size() == 1);
    const QString all = lines.join(u'\n');
    CHECK_FALSE(all.contains(token->token));
    CHECK_FALSE(all.contains(QString::fromLatin1(kPassword)));
}

TEST_CASE("a store notices each change of credentials, also made through another connection", "[auth]")
{
    Accounts c;
    auto other = Credentials::open(c.dir.filePath(u"madoguchi.sqlite"_s));
    REQUIRE(other);
    REQUIRE(c.store->addDevice(u"kiosk-1"_s, Role::Kiosk, c.now));
    REQUIRE(c.store->addStaff(u"tanaka"_s, Role::Clerk, kPassword, c.now, false));
    const auto session = c.store->login(u"tanaka"_s, kPassword, 3, c.now);
    REQUIRE(session);
    CHECK_FALSE(c.store->credentialsChanged()); // the first call only takes note
    CHECK_FALSE(c.store->credentialsChanged());
    REQUIRE((*other)->revokeDevice(u"kiosk-1"_s, c.now));
    CHECK(c.store->credentialsChanged());
    CHECK_FALSE(c.store->credentialsChanged());
    CHECK_FALSE(c.store->device(u"whatever"_s));
    CHECK(c.store->session(session->token, c.now, kIdleOnly));
    CHECK_FALSE(c.store->session(u"whatever"_s, c.now, kIdleOnly));
    REQUIRE((*other)->disableStaff(u"tanaka"_s, c.now));
    CHECK(c.store->credentialsChanged());
    CHECK_FALSE(c.store->credentialsChanged());
    REQUIRE(c.store->record(AuthEvent::Logout, u"tanaka"_s, u"::1"_s, c.now)); // its own records count too
    CHECK(c.store->credentialsChanged());
}

TEST_CASE("the SQLite credential store keeps the CredentialStore contract", "[auth][store][contract]")
{
    QTemporaryDir dir;
    checkCredentialStoreContract([&]() -> std::unique_ptr<CredentialStore> {
        auto opened = SqliteCredentialStore::open(dir.filePath(u"madoguchi.sqlite"_s));
        REQUIRE(opened);
        return std::move(opened).value();
    });
}
