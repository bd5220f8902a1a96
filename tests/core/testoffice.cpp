// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testoffice.h"

#include "config/configloader.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Madoguchi::Test {

OfficeConfig testOffice()
{
    const ConfigLoadResult result = ConfigLoader::loadFile(QStringLiteral(MADOGUCHI_TEST_DATA "/config/test-office.toml"));
    for (const ConfigDiagnostic &diagnostic : result.diagnostics)
        FAIL(diagnostic.toString().toStdString());
    REQUIRE(result.config);
    return *result.config;
}

OfficeConfig testOffice(const OrderingPolicy &policy)
{
    OfficeConfig office = testOffice();
    office.ordering = policy;
    for (CounterConfig &counter : office.counters)
        counter.ordering.reset();
    return office;
}

QDateTime tokyo(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone("Asia/Tokyo")).toUTC();
}

namespace {
QString temporaryTemplate(const QString &baseDir)
{
    const QString base = !baseDir.isEmpty() && QFileInfo(baseDir).isWritable() ? baseDir : QDir::tempPath();
    return base + u"/madoguchi-test-XXXXXX"_s;
}
} // namespace

EngineFixture::EngineFixture(OfficeConfig officeConfig, QDateTime start, const QString &baseDir)
    : dir(temporaryTemplate(baseDir))
    , clock(start)
    , office(std::move(officeConfig))
{
    REQUIRE(dir.isValid());
    path = dir.filePath(u"queue.sqlite"_s);
    reopen();
}

void EngineFixture::reopen()
{
    engine.reset();
    store.reset();
    auto opened = SqliteQueueStore::open(path);
    REQUIRE(opened.ok());
    store = std::move(opened).value();
    engine = std::make_unique<QueueEngine>(office, *store, clock);
    REQUIRE(engine->loadError().isEmpty());
}

void EngineFixture::openAll()
{
    for (const CounterConfig &counter : office.counters) {
        if (engine->state().counter(counter.number).status != CounterStatus::Open)
            REQUIRE(engine->openCounter(counter.number, u"test"_s).ok());
    }
}

Visit EngineFixture::issue(const QStringList &services, PriorityClass priority)
{
    IssueRequest request;
    request.services = services;
    request.priority = priority;
    request.channel = IssueChannel::Staff;
    auto issued = engine->issue(request, u"test"_s);
    INFO((issued.ok() ? QString() : issued.error().message).toStdString());
    REQUIRE(issued.ok());
    return issued.value();
}

} // namespace Madoguchi::Test
