// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every CredentialStore must do, whatever keeps the records: each implementation runs
// checkCredentialStoreContract with a function that opens it (again, on the same records, when
// called a second time; two stores opened so share the records, as the server and the provisioning
// commands do).
#include "ports/credentialstore.h"

#include "qtstringmaker.h"

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

namespace Madoguchi::Test {

using CredentialStoreOpener = std::function<std::unique_ptr<CredentialStore>()>;

inline void checkCredentialStoreContract(const CredentialStoreOpener &open)
{
    using namespace Qt::StringLiterals;
    const QDateTime now(QDate(2026, 12, 1), QTime(0, 30), Qt::UTC);
    std::unique_ptr<CredentialStore> store = open();

    SECTION("a device is found by its token's hash until it is replaced or revoked")
    {
        CHECK_FALSE(store->putDevice(u"kiosk-1"_s, Role::Kiosk, u"hash-1"_s, now).value());
        const auto found = store->deviceByTokenHash(u"hash-1"_s);
        REQUIRE(found);
        REQUIRE(*found);
        CHECK((*found)->name == u"kiosk-1"_s);
        CHECK((*found)->role == Role::Kiosk);
        CHECK(store->putDevice(u"kiosk-1"_s, Role::Kiosk, u"hash-2"_s, now).value()); // replaced
        CHECK_FALSE(store->deviceByTokenHash(u"hash-1"_s).value());
        CHECK(store->deviceByTokenHash(u"hash-2"_s).value());
        CHECK(store->revokeDevice(u"kiosk-1"_s, now).value());
        CHECK_FALSE(store->deviceByTokenHash(u"hash-2"_s).value());
        CHECK_FALSE(store->revokeDevice(u"kiosk-9"_s, now).value());
        REQUIRE(store->putDevice(u"kiosk-1"_s, Role::Board, u"hash-3"_s, now)); // a new token lifts the revocation
        CHECK(store->deviceByTokenHash(u"hash-3"_s).value()->role == Role::Board);
    }
    SECTION("a staff account is added once, replaced on request, and disabled with its sessions")
    {
        CHECK(store->putStaff(u"tanaka"_s, Role::Clerk, u"argon-1"_s, now, false).value());
        CHECK_FALSE(store->putStaff(u"tanaka"_s, Role::Admin, u"argon-2"_s, now, false).value());
        CHECK(store->enabledStaff(u"tanaka"_s).value()->passwordHash == u"argon-1"_s);
        REQUIRE(store->openSession(u"session-1"_s, u"tanaka"_s, 3, now));
        CHECK(store->putStaff(u"tanaka"_s, Role::Supervisor, u"argon-2"_s, now.addSecs(60), true).value());
        const StaffRecord replaced = *store->enabledStaff(u"tanaka"_s).value();
        CHECK(replaced.role == Role::Supervisor);
        CHECK(replaced.passwordHash == u"argon-2"_s);
        CHECK(store->session(u"session-1"_s).value()->ended); // a new password ends the sessions

        REQUIRE(store->openSession(u"session-2"_s, u"tanaka"_s, 0, now.addSecs(120)));
        CHECK(store->disableStaff(u"tanaka"_s, now.addSecs(180)).value());
        CHECK_FALSE(store->enabledStaff(u"tanaka"_s).value());
        const SessionRecord cut = *store->session(u"session-2"_s).value();
        CHECK(cut.ended);
        CHECK(cut.accountDisabled);
        CHECK_FALSE(store->disableStaff(u"nobody"_s, now).value());
        CHECK_FALSE(store->enabledStaff(u"nobody"_s).value());
        REQUIRE(store->putStaff(u"tanaka"_s, Role::Clerk, u"argon-3"_s, now, true)); // enabled again
        CHECK(store->enabledStaff(u"tanaka"_s).value());
    }
    SECTION("a session records its counter, its use and its end")
    {
        REQUIRE(store->putStaff(u"sato"_s, Role::Clerk, u"argon"_s, now, false));
        REQUIRE(store->openSession(u"s"_s, u"sato"_s, 4, now));
        SessionRecord record = *store->session(u"s"_s).value();
        CHECK(record.login == u"sato"_s);
        CHECK(record.role == Role::Clerk);
        CHECK(record.counter == 4);
        CHECK(record.createdAt == now);
        CHECK(record.lastUsedAt == now);
        CHECK_FALSE(record.ended);
        REQUIRE(store->touchSession(u"s"_s, now.addSecs(600)));
        CHECK(store->session(u"s"_s).value()->lastUsedAt == now.addSecs(600));
        REQUIRE(store->endSession(u"s"_s, now.addSecs(700)));
        CHECK(store->session(u"s"_s).value()->ended);
        CHECK_FALSE(store->session(u"unknown"_s).value());
        REQUIRE(store->endSession(u"other"_s, now.addDays(8))); // a week after its end the record goes
        CHECK_FALSE(store->session(u"s"_s).value());
    }
    SECTION("the audit keeps every record in order, and another store on the same records sees them")
    {
        CHECK(store->latestAuditId().value() == 0);
        REQUIRE(store->appendAudit(AuthEvent::LoginFailed, u"tanaka"_s, u"192.0.2.7"_s, now));
        REQUIRE(store->appendAudit(AuthEvent::LoginSucceeded, u"tanaka"_s, u"192.0.2.7"_s, now.addSecs(5)));
        const qint64 latest = store->latestAuditId().value();
        CHECK(latest > 0);
        const auto entries = store->audit(now, 10);
        REQUIRE(entries);
        CHECK(*entries
              == QList<AuditEntry>{{now, u"login-failed"_s, u"tanaka"_s, u"192.0.2.7"_s},
                                   {now.addSecs(5), u"login"_s, u"tanaka"_s, u"192.0.2.7"_s}});
        CHECK(store->audit(now.addSecs(1), 10).value().size() == 1);
        CHECK(store->audit(now, 1).value().size() == 1);
        std::unique_ptr<CredentialStore> other = open();
        REQUIRE(other->appendAudit(AuthEvent::DeviceRevoked, u"kiosk-1"_s, u"cli"_s, now.addSecs(9)));
        CHECK(store->latestAuditId().value() > latest);
    }
}

} // namespace Madoguchi::Test
