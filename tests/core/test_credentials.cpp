#include "testoffice.h"

#include "auth/credentialstore.h"
#include "auth/secrets.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

struct Credentials {
    QTemporaryDir dir;
    std::unique_ptr<CredentialStore> store;
    QDateTime now = tokyo(2026, 11, 24, 9, 0);

    Credentials()
    {
        REQUIRE(Secrets::initialize());
        auto opened = CredentialStore::open(dir.filePath(u"madoguchi.sqlite"_s));
        REQUIRE(opened);
        store = std::move(opened).value();
    }
};

const QByteArray kPassword = "correct horse battery";

} // namespace

TEST_CASE("a device token is stored as a hash and a new one replaces the old", "[auth]")
{
    Credentials c;
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
    Credentials c;
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

    const auto found = c.store->session(session->token, c.now.addSecs(3600), 12);
    REQUIRE(found);
    CHECK(found->name == u"tanaka"_s);
    CHECK(c.store->session(u"unknown"_s, c.now, 12).error().code == AuthErrorCode::BadCredentials);

    SECTION("logout")
    {
        c.store->logout(found->sessionHash, c.now);
        CHECK(c.store->session(session->token, c.now, 12).error().code == AuthErrorCode::StaleSession);
    }
    SECTION("idle longer than allowed, counted from the last use")
    {
        CHECK(c.store->session(session->token, c.now.addSecs(3600 + 11 * 3600), 12));
        CHECK(c.store->session(session->token, c.now.addSecs(3600 + 23 * 3600 + 60), 12).error().code
              == AuthErrorCode::StaleSession);
    }
    SECTION("a new password ends the old sessions")
    {
        REQUIRE(c.store->addStaff(u"tanaka"_s, Role::Supervisor, "another long password", c.now, true));
        CHECK(c.store->session(session->token, c.now, 12).error().code == AuthErrorCode::StaleSession);
        CHECK(c.store->login(u"tanaka"_s, kPassword, 3, c.now).error().code == AuthErrorCode::BadCredentials);
        const auto again = c.store->login(u"tanaka"_s, "another long password", 0, c.now);
        REQUIRE(again);
        CHECK(again->principal.role == Role::Supervisor);
        CHECK(again->principal.mayActAt(7));
    }
}
