// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testoffice.h"

#include <catch2/catch.hpp>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

IssueRequest keyed(QStringList services, const QString &key)
{
    IssueRequest request;
    request.services = std::move(services);
    request.channel = IssueChannel::Staff;
    request.requestKey = key;
    return request;
}

qsizetype issuedEvents(EngineFixture &f)
{
    const auto events = f.store->events(0, 1000);
    REQUIRE(events);
    return std::count_if(events->cbegin(), events->cend(), [](const Event &event) { return event.type == EventType::VisitIssued; });
}

} // namespace

TEST_CASE("a retried issue with the same key returns the first visit and issues nothing", "[engine][idempotency]")
{
    EngineFixture f;
    const auto first = f.engine->issue(keyed({u"moving"_s}, u"kiosk-1:abc"_s), u"kiosk-1"_s);
    REQUIRE(first);
    const auto retry = f.engine->issue(keyed({u"moving"_s}, u"kiosk-1:abc"_s), u"kiosk-1"_s);
    REQUIRE(retry);
    CHECK(retry->id == first->id);
    CHECK(retry->number == first->number);
    CHECK(issuedEvents(f) == 1);

    SECTION("also after a restart")
    {
        f.reopen();
        const auto again = f.engine->issue(keyed({u"moving"_s}, u"kiosk-1:abc"_s), u"kiosk-1"_s);
        REQUIRE(again);
        CHECK(again->id == first->id);
        CHECK(issuedEvents(f) == 1);
    }
    SECTION("another key issues a new visit")
    {
        const auto other = f.engine->issue(keyed({u"moving"_s}, u"kiosk-1:def"_s), u"kiosk-1"_s);
        REQUIRE(other);
        CHECK(other->id != first->id);
        CHECK(issuedEvents(f) == 2);
    }
    SECTION("the same key with another request is refused and changes nothing")
    {
        const QueueState before = f.engine->state();
        const auto reused = f.engine->issue(keyed({u"certificate"_s}, u"kiosk-1:abc"_s), u"kiosk-1"_s);
        REQUIRE_FALSE(reused);
        CHECK(reused.error().code == QueueErrorCode::KeyReused);
        CHECK(f.engine->state() == before);
        CHECK(issuedEvents(f) == 1);
    }
}
