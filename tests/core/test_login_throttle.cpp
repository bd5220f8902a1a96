// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/loginthrottle.h"
#include "server/connectioncounter.h"

#include "qtstringmaker.h"

#include <catch2/catch.hpp>

using namespace Madoguchi;
using namespace Qt::StringLiterals;

namespace {
const QDateTime kStart(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC);
}

TEST_CASE("failed logins close a login for longer and longer, and a success opens it again", "[auth][throttle]")
{
    LoginThrottle throttle;
    QDateTime now = kStart;
    for (int i = 0; i < LoginThrottle::kFreeFailures; ++i) {
        CHECK_FALSE(throttle.waitSeconds(u"tanaka"_s, u"192.0.2.1"_s, now));
        throttle.failed(u"tanaka"_s, u"192.0.2.1"_s, now);
    }
    QList<int> waits;
    for (int i = 0; i < 12; ++i) {
        CHECK_FALSE(throttle.waitSeconds(u"tanaka"_s, u"192.0.2.1"_s, now));
        throttle.failed(u"tanaka"_s, u"192.0.2.1"_s, now);
        const auto wait = throttle.waitSeconds(u"tanaka"_s, u"192.0.2.1"_s, now);
        REQUIRE(wait);
        waits.append(*wait);
        if (i < 11)
            now = now.addSecs(*wait);
    }
    CHECK(waits == QList<int>{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900});

    // Another network guessing the same login waits too; the same network guessing another login too.
    CHECK(throttle.waitSeconds(u"tanaka"_s, u"198.51.100.9"_s, now));
    CHECK(throttle.waitSeconds(u"sato"_s, u"192.0.2.1"_s, now));
    CHECK_FALSE(throttle.waitSeconds(u"sato"_s, u"198.51.100.9"_s, now));

    throttle.succeeded(u"tanaka"_s);
    CHECK_FALSE(throttle.waitSeconds(u"tanaka"_s, u"198.51.100.9"_s, now));
    CHECK(throttle.waitSeconds(u"tanaka"_s, u"192.0.2.1"_s, now)); // the network is still held
}

TEST_CASE("failures are forgotten an hour after the last one", "[auth][throttle]")
{
    LoginThrottle throttle;
    for (int i = 0; i <= LoginThrottle::kFreeFailures; ++i)
        throttle.failed(u"tanaka"_s, u"net"_s, kStart);
    REQUIRE(throttle.waitSeconds(u"tanaka"_s, u"net"_s, kStart));
    const QDateTime later = kStart.addMSecs(LoginThrottle::kForgetAfterMs + 1000);
    CHECK_FALSE(throttle.waitSeconds(u"tanaka"_s, u"net"_s, later));
    throttle.failed(u"tanaka"_s, u"net"_s, later);
    CHECK_FALSE(throttle.waitSeconds(u"tanaka"_s, u"net"_s, later)); // counting starts again
}

TEST_CASE("an IPv6 client counts as its /64, an IPv4-mapped one as its IPv4 address", "[auth][throttle]")
{
    const auto network = [](const char *address) { return networkKey(QHostAddress(QString::fromLatin1(address))); };
    CHECK(network("2001:db8:1:2:3:4:5:6") == network("2001:db8:1:2:ffff::1"));
    CHECK(network("2001:db8:1:2::1") != network("2001:db8:1:3::1"));
    CHECK(network("::ffff:192.0.2.1") == network("192.0.2.1"));
    CHECK(network("192.0.2.1") != network("192.0.2.2"));
    CHECK(addressKey(QHostAddress(u"::ffff:192.0.2.1"_s)) == u"192.0.2.1"_s);
}
