// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every NoticeStore must do, whatever keeps the records: each implementation runs
// checkNoticeStoreContract with a function that opens it (again, on the same records, when called a
// second time).
#include "ports/noticestore.h"

#include "qtstringmaker.h"

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

namespace Madoguchi::Test {

using NoticeStoreOpener = std::function<std::unique_ptr<NoticeStore>()>;

inline void checkNoticeStoreContract(const NoticeStoreOpener &open)
{
    using namespace Qt::StringLiterals;
    std::unique_ptr<NoticeStore> store = open();

    SECTION("each notice is recorded once, and a closed visit is forgotten with its notices")
    {
        const QDateTime now(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
        auto first = store->subscribe(7, NoticeChannel::Email, "sealed-1", u"d1"_s, u"https://q/s/t"_s, now, 2);
        REQUIRE(first);
        REQUIRE(*first);
        CHECK((*first)->added);
        auto again = store->subscribe(7, NoticeChannel::Email, "sealed-1b", u"d1"_s, u"https://q/s/t"_s, now, 2);
        REQUIRE(again);
        CHECK_FALSE((*again)->added);
        CHECK((*again)->subscription.id == (*first)->subscription.id);
        REQUIRE(store->subscribe(7, NoticeChannel::Webhook, "sealed-2", u"d2"_s, u"https://q/s/t"_s, now, 2));
        const auto full = store->subscribe(7, NoticeChannel::Email, "sealed-3", u"d3"_s, u"https://q/s/t"_s, now, 2);
        REQUIRE(full);
        CHECK_FALSE(*full);

        const NoticeRequest request{(*first)->subscription.id, 11, NoticeKind::Near, {{u"text"_s, u"near"_s}}};
        const auto recorded = store->record(request, now);
        REQUIRE(recorded);
        REQUIRE(*recorded);
        const auto twice = store->record(request, now);
        REQUIRE(twice);
        CHECK_FALSE(*twice);
        const auto notice = store->pendingNotice(**recorded);
        REQUIRE(notice);
        REQUIRE(*notice);
        CHECK((*notice)->sealedAddress == QByteArray("sealed-1"));
        CHECK((*notice)->payload.value(u"text"_s).toString() == u"near"_s);

        REQUIRE(store->settle(**recorded, NoticeState::Sent, 1, now, {}, now));
        CHECK(store->pending()->isEmpty());
        CHECK_FALSE(*store->pendingNotice(**recorded));

        REQUIRE(store->forgetVisit(7));
        CHECK(store->subscriptions()->isEmpty());
        CHECK(store->recorded()->isEmpty());
        const auto orphan = store->record(request, now);
        REQUIRE(orphan);
        CHECK_FALSE(*orphan); // its subscription is gone
    }
    SECTION("subscriptions and pending notices are there when the store is opened again")
    {
        const QDateTime now(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
        const auto made = store->subscribe(3, NoticeChannel::Webhook, "sealed", u"d"_s, u"https://q/s/t"_s, now, 3);
        REQUIRE(made);
        REQUIRE(*made);
        const auto recorded = store->record({(*made)->subscription.id, 5, NoticeKind::Called, {}}, now);
        REQUIRE(recorded);
        REQUIRE(*recorded);
        REQUIRE(store->settle(**recorded, NoticeState::Pending, 1, now.addSecs(30), u"refused"_s, now));
        store.reset();
        store = open();
        const auto subscriptions = store->subscriptions();
        REQUIRE(subscriptions);
        REQUIRE(subscriptions->size() == 1);
        CHECK(subscriptions->first().visit == 3);
        CHECK(subscriptions->first().channel == NoticeChannel::Webhook);
        const auto pending = store->pending();
        REQUIRE(pending);
        REQUIRE(pending->size() == 1);
        CHECK(pending->first() == std::pair(**recorded, now.addSecs(30)));
        const auto notice = store->pendingNotice(**recorded);
        REQUIRE(notice);
        REQUIRE(*notice);
        CHECK((*notice)->attempts == 1);
        CHECK((*notice)->sealedAddress == QByteArray("sealed"));
    }
}

} // namespace Madoguchi::Test
