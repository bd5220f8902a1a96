// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every ProfileStore must do, whatever keeps the records: each implementation runs
// checkProfileStoreContract with a function that opens it (again, on the same records, when called
// a second time).
#include "ports/profilestore.h"

#include "qtstringmaker.h"

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

namespace Madoguchi::Test {

using ProfileStoreOpener = std::function<std::unique_ptr<ProfileStore>()>;

inline void checkProfileStoreContract(const ProfileStoreOpener &open)
{
    using namespace Qt::StringLiterals;
    std::unique_ptr<ProfileStore> store = open();
    const QDateTime nine(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    const QDate monday(2026, 11, 30), tuesday(2026, 12, 1);
    const auto access = [&](VisitId visit, ProfileAction action, QStringList fields, int minutes = 0) {
        return ProfileAccess{nine.addSecs(60 * minutes), u"staff:clerk1"_s, visit, action, std::move(fields)};
    };

    SECTION("a saved profile is read back after reopening, replaced by the next save, and audited with it")
    {
        REQUIRE(store->save(1, tuesday, "sealed-1", access(1, ProfileAction::Change, {u"familyName"_s})));
        REQUIRE(store->save(1, tuesday, "sealed-1b", access(1, ProfileAction::Change, {u"address"_s}, 1)));
        REQUIRE(store->record(access(1, ProfileAction::Read, {u"familyName"_s, u"address"_s}, 2)));
        store = open();
        CHECK(store->load(1).value() == std::optional<QByteArray>("sealed-1b"));
        CHECK(store->load(2).value() == std::nullopt);
        const auto lines = store->accesses(nine);
        REQUIRE(lines);
        REQUIRE(lines->size() == 3);
        CHECK(lines->at(2) == access(1, ProfileAction::Read, {u"familyName"_s, u"address"_s}, 2));
        CHECK(store->accesses(nine.addSecs(90))->size() == 1);
    }

    SECTION("removing and purging delete profiles, each deletion audited")
    {
        REQUIRE(store->save(1, monday, "old", access(1, ProfileAction::Change, {u"givenName"_s})));
        REQUIRE(store->save(2, tuesday, "new", access(2, ProfileAction::Change, {u"givenName"_s})));
        REQUIRE(store->save(3, tuesday, "other", access(3, ProfileAction::Change, {u"givenName"_s})));
        CHECK(store->purgeDaysBefore(tuesday, u"server"_s, nine.addSecs(600)).value() == 1);
        CHECK(store->load(1).value() == std::nullopt);
        CHECK(store->load(2).value() == std::optional<QByteArray>("new"));
        REQUIRE(store->remove(3, access(3, ProfileAction::Delete, {}, 11)));
        CHECK(store->load(3).value() == std::nullopt);
        const auto lines = store->accesses(nine.addSecs(600));
        REQUIRE(lines);
        REQUIRE(lines->size() == 2);
        CHECK(lines->at(0) == ProfileAccess{nine.addSecs(600), u"server"_s, 1, ProfileAction::Purge, {}});
        CHECK(lines->at(1).action == ProfileAction::Delete);
        CHECK(store->purgeDaysBefore(tuesday, u"server"_s, nine.addSecs(700)).value() == 0);
    }

    SECTION("old audit lines are purged by age")
    {
        REQUIRE(store->record(access(1, ProfileAction::Read, {u"address"_s})));
        REQUIRE(store->record(access(1, ProfileAction::Read, {u"address"_s}, 30)));
        CHECK(store->purgeAccessesBefore(nine.addSecs(60)).value() == 1);
        CHECK(store->accesses(nine.addSecs(-60))->size() == 1);
    }
}

} // namespace Madoguchi::Test
