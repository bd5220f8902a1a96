// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Calls for a clerk from the kiosks: one open call per kiosk, answered once, kept across a restart,
// and no longer open on the next office day.
#include "assistancestorecontract.h"
#include "testoffice.h"

#include "assistance/assistancedesk.h"
#include "store/sqliteassistancestore.h"

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

TEST_CASE("a kiosk's call for a clerk stays open until answered, once per kiosk", "[assistance]")
{
    QTemporaryDir dir;
    const OfficeConfig office = testOffice();
    const QString path = dir.filePath(u"office.sqlite"_s);
    const auto openDesk = [&] { return std::make_unique<AssistanceDesk>(office, std::move(SqliteAssistanceStore::open(path)).value()); };
    auto desk = openDesk();
    int changes = 0;
    QObject::connect(desk.get(), &AssistanceDesk::changed, [&] { ++changes; });
    const QDateTime now = tokyo(2026, 11, 24, 10, 0);

    const auto first = desk->request(u"kiosk-1"_s, u"vi"_s, now);
    REQUIRE(first);
    CHECK(first->kiosk == u"kiosk-1"_s);
    CHECK(first->language == u"vi"_s);
    const auto again = desk->request(u"kiosk-1"_s, u"vi"_s, now.addSecs(30));
    CHECK(again->id == first->id);
    CHECK(again->requestedAt == first->requestedAt); // the visitor has waited since the first touch
    const auto other = desk->request(u"kiosk-2"_s, u"ja"_s, now.addSecs(60));
    CHECK(other->id != first->id);
    CHECK(changes == 2);

    desk = openDesk(); // a restart forgets nothing
    QObject::connect(desk.get(), &AssistanceDesk::changed, [&] { ++changes; });
    auto open = desk->openCalls(now.addSecs(120));
    REQUIRE(open);
    REQUIRE(open->size() == 2);
    CHECK(open->at(0) == *first);

    REQUIRE(desk->answer(first->id, u"staff:clerk1"_s, now.addSecs(180)));
    REQUIRE(desk->answer(first->id, u"staff:clerk2"_s, now.addSecs(181))); // already answered: nothing changes
    CHECK(changes == 3);
    CHECK(desk->openCalls(now.addSecs(200))->size() == 1);
    CHECK(desk->answer(999, u"staff:clerk1"_s, now).error().code == AssistanceErrorCode::Unknown);
    // A new call from the same kiosk after the answer is a new call.
    CHECK(desk->request(u"kiosk-1"_s, u"en"_s, now.addSecs(300))->id != first->id);
    // The next office day starts with no open calls.
    CHECK(desk->openCalls(tokyo(2026, 11, 25, 9, 0))->isEmpty());
}

TEST_CASE("the SQLite assistance store keeps the AssistanceStore contract", "[assistance][store][contract]")
{
    QTemporaryDir dir;
    checkAssistanceStoreContract([&]() -> std::unique_ptr<AssistanceStore> {
        auto opened = SqliteAssistanceStore::open(dir.filePath(u"office.sqlite"_s));
        REQUIRE(opened);
        return std::move(opened).value();
    });
}
