// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/configloader.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace Madoguchi;
using namespace Qt::StringLiterals;

namespace {

// A minimal valid office; each bad case below replaces one line of it.
const QString kBase = uR"(# line 1
[office]
id = "tiny"
timezone = "Asia/Tokyo"
languages = ["ja", "en"]
[office.name]
ja = "小さな役所"
en = "Tiny Office"
[office.hours]
mon = ["08:30-17:15"]
[[service]]
code = "moving"
prefix = "A"
minutes = 20
[service.name]
ja = "住民異動"
en = "Moving"
[[counter]]
number = 1
services = ["moving"]
[counter.name]
ja = "1番窓口"
)"_s;

QString withLine(int line, const QString &replacement)
{
    QStringList lines = kBase.split(u'\n');
    lines[line - 1] = replacement;
    return lines.join(u'\n');
}

} // namespace

TEST_CASE("the sample ward office is valid and complete", "[config]")
{
    const ConfigLoadResult result = ConfigLoader::loadFile(QStringLiteral(MADOGUCHI_RESOURCES "/offices/midori-ward.toml"));
    for (const ConfigDiagnostic &d : result.diagnostics)
        FAIL(d.toString().toStdString());
    REQUIRE(result.config);
    const OfficeConfig &office = *result.config;
    CHECK(office.timeZone.id() == "Asia/Tokyo");
    CHECK(office.languages == ConfigLoader::supportedLanguages());
    CHECK(office.services.size() >= 6);
    CHECK(office.counters.size() == 11);
    CHECK(office.guideCatalogue == u"shipped"_s);
    for (const QString &code : {u"moving"_s, u"certificate"_s, u"kokuho"_s, u"childcare"_s, u"tax"_s, u"welfare"_s, u"family"_s}) {
        INFO(code.toStdString());
        const ServiceConfig *service = office.service(code);
        REQUIRE(service);
        CHECK_FALSE(service->documents.isEmpty());
        CHECK(servicePictograms().contains(service->pictogram));
        for (const QString &language : office.languages) {
            CHECK(service->name.has(language));
            CHECK(service->procedures.has(language));
            for (const DocumentConfig &document : service->documents)
                CHECK(document.name.has(language));
        }
    }
    CHECK(office.hours.isOpenAt(QDateTime(QDate(2026, 11, 26), QTime(18, 30), office.timeZone), office.timeZone));
    CHECK_FALSE(office.hours.isOpenAt(QDateTime(QDate(2026, 11, 25), QTime(18, 30), office.timeZone), office.timeZone));
    CHECK_FALSE(office.hours.isOpenAt(QDateTime(QDate(2026, 12, 29), QTime(10, 0), office.timeZone), office.timeZone));
    CHECK(office.orderingAt(10).kind == OrderingPolicy::Kind::AppointmentBlend);
    CHECK(office.orderingAt(2).kind == OrderingPolicy::Kind::AppointmentBlend); // serves reservations on time
    CHECK(office.orderingAt(3).kind == OrderingPolicy::Kind::Alternation);
    CHECK(office.service(u"moving"_s)->appointmentsPerSlot == 2);
    CHECK(office.service(u"certificate"_s)->appointmentsPerSlot == 0);
    CHECK(office.appointments.slotMinutes == 30);
    CHECK(office.boardDisplay.diagonalInches == 55);
    CHECK(office.boardDisplay.viewingMetres == 6);
}

TEST_CASE("the base of the bad cases is itself valid", "[config]")
{
    const ConfigLoadResult result = ConfigLoader::loadText(kBase.toUtf8(), u"tiny.toml"_s);
    for (const ConfigDiagnostic &d : result.diagnostics)
        FAIL(d.toString().toStdString());
    REQUIRE(result.config);
    CHECK(result.config->numbering.format(u"A"_s, 23) == u"A-023"_s);
    CHECK(result.config->ordering.kind == OrderingPolicy::Kind::Arrival);
}

TEST_CASE("every configuration error names the file, the place and what is wrong", "[config]")
{
    struct Case {
        int line; // line of kBase to replace
        QString replacement;
        int expectedLine;        // where the diagnostic must point
        QString expectedMessage; // a part of the message
    };
    const Case cases[] = {
        {4, u"timezone = \"Asia/Tokio\""_s, 4, u"unknown timezone 'Asia/Tokio'"_s},
        {5, u"languages = [\"ja\", \"xx\"]"_s, 5, u"language 'xx' is not supported"_s},
        {5, u"languages = [\"ja\", \"en\", \"ja\"]"_s, 5, u"listed twice"_s},
        {8, u"fr = \"Petit bureau\""_s, 8, u"language 'fr' is not among the office's languages"_s},
        {10, u"mon = [\"17:15-08:30\"]"_s, 10, u"opening before closing"_s},
        {10, u"mon = \"08:30-17:15\""_s, 10, u"must be a list of texts"_s},
        {10, u"mondays = [\"08:30-17:15\"]"_s, 10, u"unknown key 'mondays' in [office.hours]"_s},
        {12, u"code = \"Moving!\""_s, 12, u"service code 'Moving!'"_s},
        {13, u"prefix = \"AB\""_s, 13, u"prefix must be one capital letter"_s},
        {14, u"minutes = \"twenty\""_s, 14, u"'minutes' must be a whole number"_s},
        {14, u"minutes = 0"_s, 14, u"'minutes' must be between 1 and 480, not 0"_s},
        {14, u"minuts = 20"_s, 14, u"unknown key 'minuts' in [[service]]"_s},
        {17, u"# no English name"_s, 15, u"has no text in: en"_s},
        {19, u"number = -1"_s, 19, u"'number' must be between 1 and 999"_s},
        {20, u"services = [\"movin\"]"_s, 20, u"unknown service 'movin'"_s},
        {20, u"services = []"_s, 20, u"serves no service"_s},
        {20, u"services = [\"moving\", \"moving\"]"_s, 20, u"listed twice"_s},
        {3, u"id = \"tiny\"\nfoo = 1"_s, 4, u"unknown key 'foo' in [office]"_s},
        {14, u"minutes = 20\nminutes = 25"_s, 15, u"not valid TOML"_s},
        {18, u"[[counter]]\nordering = { policy = \"fastest\" }"_s, 19, u"unknown ordering policy 'fastest'"_s},
        {14, u"minutes = 20\npictogram = \"house\""_s, 15, u"no pictogram 'house'; one of: moving, certificate"_s},
        {14, u"minutes = 20\npictogram = 3"_s, 15, u"'pictogram' must be"_s},
        {14, u"minutes = 20\nappointments_per_slot = -1"_s, 15, u"'appointments_per_slot' must be between 0 and 100"_s},
        {3, u"id = \"tiny\"\n[board]\nviewing_metres = 0.5"_s, 5, u"'viewing_metres' must be between 1 and 30, not 0.5"_s},
        {3, u"id = \"tiny\"\n[board]\ndiagonal_inches = \"55\""_s, 5, u"'diagonal_inches' must be a number"_s},
        {3, u"id = \"tiny\"\n[appointments]\nslot_minutes = 7"_s, 5, u"slot_minutes must divide a day evenly"_s},
        {3, u"id = \"tiny\"\n[appointments]\ncheck_in_late_minutes = 500"_s, 5, u"'check_in_late_minutes' must be between 0 and 120"_s},
    };
    for (const Case &c : cases) {
        const QString text = withLine(c.line, c.replacement);
        INFO(text.toStdString());
        const ConfigLoadResult result = ConfigLoader::loadText(text.toUtf8(), u"tiny.toml"_s);
        CHECK_FALSE(result.config);
        REQUIRE_FALSE(result.diagnostics.isEmpty());
        bool found = false;
        for (const ConfigDiagnostic &d : result.diagnostics) {
            INFO(d.toString().toStdString());
            found =
                found || (d.file == u"tiny.toml"_s && d.line == c.expectedLine && d.column > 0 && d.message.contains(c.expectedMessage));
        }
        CAPTURE(c.expectedLine, c.expectedMessage.toStdString(), result.diagnostics.first().toString().toStdString());
        CHECK(found);
    }
}

TEST_CASE("a service no counter serves is reported at the service", "[config]")
{
    QString text = kBase;
    text.replace(u"[[counter]]"_s,
                 u"[[service]]\ncode = \"tax\"\nprefix = \"C\"\n[service.name]\nja = \"税\"\nen = \"Tax\"\n[[counter]]"_s);
    const ConfigLoadResult result = ConfigLoader::loadText(text.toUtf8(), u"tiny.toml"_s);
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics.first().line == 18);
    CHECK(result.diagnostics.first().message == u"service 'tax' is served by no counter"_s);
}

TEST_CASE("a missing file is reported with its name and the reason", "[config]")
{
    const ConfigLoadResult result = ConfigLoader::loadFile(u"/nonexistent/office.toml"_s);
    REQUIRE_FALSE(result.config);
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics.first().toString().startsWith(u"/nonexistent/office.toml: cannot read the file"_s));
}

TEST_CASE("opening hours answer open and next opening in the office's timezone", "[config]")
{
    const ConfigLoadResult result = ConfigLoader::loadText(kBase.toUtf8(), u"tiny.toml"_s);
    REQUIRE(result.config);
    const OfficeConfig &office = *result.config;
    struct Case {
        QDateTime at;
        bool open;
        QDateTime next;
    };
    const QTimeZone tz = office.timeZone;
    const Case cases[] = {
        // Monday 2026-11-23 (a national holiday in reality, but not closed in this file).
        {QDateTime(QDate(2026, 11, 23), QTime(8, 29), tz), false, QDateTime(QDate(2026, 11, 23), QTime(8, 30), tz)},
        {QDateTime(QDate(2026, 11, 23), QTime(8, 30), tz), true, QDateTime(QDate(2026, 11, 23), QTime(8, 30), tz)},
        {QDateTime(QDate(2026, 11, 23), QTime(17, 15), tz), false, QDateTime(QDate(2026, 11, 30), QTime(8, 30), tz)},
        // 23:59 UTC on Sunday is 08:59 Monday in Tokyo.
        {QDateTime(QDate(2026, 11, 22), QTime(23, 59), Qt::UTC), true, QDateTime(QDate(2026, 11, 23), QTime(8, 59), tz)},
    };
    for (const Case &c : cases) {
        INFO(c.at.toString(Qt::ISODate).toStdString());
        CHECK(office.hours.isOpenAt(c.at, tz) == c.open);
        const auto next = office.hours.nextOpening(c.at, tz);
        REQUIRE(next);
        CHECK(*next == c.next.toUTC());
    }
}

TEST_CASE("the example in docs/office-config.md is a valid office", "[config][docs]")
{
    QFile doc(QStringLiteral(MADOGUCHI_DOCS "/office-config.md"));
    REQUIRE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    const qsizetype start = text.indexOf(u"```toml\n"_s);
    REQUIRE(start >= 0);
    const qsizetype end = text.indexOf(u"```"_s, start + 8);
    const ConfigLoadResult result = ConfigLoader::loadText(text.mid(start + 8, end - start - 8).toUtf8(), u"example"_s);
    for (const ConfigDiagnostic &d : result.diagnostics)
        FAIL(d.toString().toStdString());
    REQUIRE(result.config);
    CHECK(result.config->hours.day(1).size() == 2);
}

TEST_CASE("Closing at 24:00 keeps an office open to the end of the day", "[config]")
{
    QString text = kBase;
    text.replace(u"mon = [\"08:30-17:15\"]"_s, u"mon = [\"00:00-24:00\"]"_s);
    text += u"[retention]\nclose_day_at = \"never\"\n"_s; // no hour is left for the nightly close
    const ConfigLoadResult result = ConfigLoader::loadText(text.toUtf8(), u"allday.toml"_s);
    REQUIRE(result.diagnostics.isEmpty());
    REQUIRE(result.config);
    const QTimeZone tz = result.config->timeZone;
    CHECK(result.config->hours.isOpenAt(QDateTime(QDate(2026, 11, 23), QTime(0, 0), tz), tz));
    CHECK(result.config->hours.isOpenAt(QDateTime(QDate(2026, 11, 23), QTime(23, 59, 59), tz), tz));
    CHECK_FALSE(result.config->hours.isOpenAt(QDateTime(QDate(2026, 11, 24), QTime(0, 0), tz), tz));
}

TEST_CASE("the [server] and [notify] tables are checked key by key", "[config][server]")
{
    const QString kPublicUrl = u"[server]\npublic_url = \"https://q.example.jp\"\n"_s;
    struct Case {
        QString extra;
        QString expected; // part of the one diagnostic; empty: valid
    };
    const Case cases[] = {
        {u"[server]\nlisten = \"127.0.0.1:9000\"\npublic_url = \"https://q.example.jp\"\n"_s, {}},
        {u"[server]\nlisten = \"[::1]:8080\"\n"_s, {}},
        {u"[server]\nlisten = \"localhost\"\n"_s, u"listen 'localhost'"_s},
        {u"[server]\nlisten = \"127.0.0.1:70000\"\n"_s, u"listen"_s},
        {u"[server]\npublic_url = \"ftp://x\"\n"_s, u"public_url"_s},
        {u"[server]\ntls_certificate = \"a.pem\"\n"_s, u"go together"_s},
        {u"[server]\nport = 1\n"_s, u"unknown key 'port'"_s},
        {u"[notify]\nahead = 99\n"_s, u"'ahead' must be between 0 and 50"_s},
        {kPublicUrl + u"[notify.smtp]\nhost = \"mail\"\nfrom = \"nobody\"\n"_s, u"e-mail address"_s},
        {kPublicUrl + u"[notify.smtp]\nhost = \"mail\"\nfrom = \"q@x.jp\"\nuser = \"u\"\n"_s, u"password_file"_s},
        {kPublicUrl + u"[notify.webhook]\nurl = \"not a url\"\n"_s, u"'url' must be"_s},
        {u"[notify]\nretry_seconds = -1\n"_s, u"'retry_seconds' must be between 0 and 3600"_s},
        {kPublicUrl + u"[notify.webhook]\nurl = \"http://gw\"\nlabel = 3\n"_s, u"label"_s},
        // Notice links come only from the configured address.
        {u"[notify.webhook]\nurl = \"http://gw\"\n"_s, u"need [server] public_url"_s},
        {u"[notify.smtp]\nhost = \"mail\"\nfrom = \"q@x.jp\"\n"_s, u"need [server] public_url"_s},
        {kPublicUrl + u"[notify.webhook]\nurl = \"http://gw\"\n"_s, {}},
        {kPublicUrl + u"[notify.smtp]\nhost = \"mail\"\nfrom = \"q@x.jp\"\nuser = \"u\"\npassword_file = \"/p\"\nstarttls = false\n"_s,
         u"only over TLS"_s},
        {u"[server]\nclosed_network = \"yes\"\n"_s, u"closed_network"_s},
        // What one client may take of the server.
        {u"[server.limits]\nheader_bytes = 65536\nconnections_per_address = 8\nping_seconds = 5\n"_s, {}},
        {u"[server.limits]\nheader_bytes = 10\n"_s, u"'header_bytes' must be between 1024"_s},
        {u"[server.limits]\nbody_bytes = 999999999\n"_s, u"'body_bytes' must be between"_s},
        {u"[server.limits]\nconnections = 10\nconnections_per_address = 20\n"_s, u"cannot exceed 'connections'"_s},
        {u"[server.limits]\nsockets = 1\n"_s, u"unknown key 'sockets'"_s},
    };
    for (const Case &c : cases) {
        INFO(c.extra.toStdString());
        const ConfigLoadResult result = ConfigLoader::loadText((kBase + u"\n"_s + c.extra).toUtf8(), u"server.toml"_s);
        if (c.expected.isEmpty()) {
            CHECK(result.diagnostics.isEmpty());
            continue;
        }
        REQUIRE(result.diagnostics.size() == 1);
        CHECK(result.diagnostics.first().message.contains(c.expected));
    }
    const auto parsed = ConfigLoader::loadText((kBase + u"\n[server]\nlisten = \"[::1]:8080\"\n"_s).toUtf8(), u"s.toml"_s);
    REQUIRE(parsed.config);
    CHECK(parsed.config->server.listen.port == 8080);
    CHECK(parsed.config->server.listen.toString() == u"[::1]:8080"_s);

    const auto notify = ConfigLoader::loadText((kBase + u"\n"_s + kPublicUrl
                                                + u"[notify]\nretry_seconds = 5\n[notify.smtp]\nhost = \"mail\"\n"
                                                  "from = \"q@x.jp\"\nca_file = \"/etc/ca.pem\"\n[notify.webhook]\n"
                                                  "url = \"https://gw.example\"\nlabel = { ja = \"電話番号\" }\n"_s)
                                                   .toUtf8(),
                                               u"n.toml"_s);
    INFO(notify.diagnostics.value(0).message.toStdString());
    REQUIRE(notify.config);
    CHECK(notify.config->server.notify.retrySeconds == 5);
    CHECK(notify.config->server.notify.smtp.caFile == u"/etc/ca.pem"_s);
    CHECK(notify.config->server.notify.webhook.label.text(u"ja"_s) == u"電話番号"_s);

    const auto limits =
        ConfigLoader::loadText((kBase + u"\n[server.limits]\nbody_bytes = 4096\nwatcher_seconds = 1800\n"_s).toUtf8(), u"l.toml"_s);
    REQUIRE(limits.config);
    CHECK(limits.config->server.limits.bodyBytes == 4096);
    CHECK(limits.config->server.limits.watcherSeconds == 1800);
    CHECK(limits.config->server.limits.headerBytes == ServerLimits{}.headerBytes);
}

TEST_CASE("The nightly close falls when the office is closed, and retention is bounded", "[config][retention]")
{
    const auto load = [](const QString &extra, const QString &hours = u"[\"08:30-17:15\"]"_s) {
        QString text = kBase;
        text.replace(u"mon = [\"08:30-17:15\"]"_s, u"mon = "_s + hours);
        return ConfigLoader::loadText((text + extra).toUtf8(), u"retention.toml"_s);
    };
    const QTimeZone tokyo("Asia/Tokyo");
    const QDate day(2026, 12, 1);

    const ConfigLoadResult defaults = load({});
    REQUIRE(defaults.config);
    CHECK(defaults.config->retention.visitDays == 90);
    CHECK(defaults.config->retention.auditDays == 365);
    CHECK(defaults.config->retention.dayCloseAt(day, tokyo) == QDateTime(day, QTime(22, 0), tokyo));

    const ConfigLoadResult morning = load(u"[retention]\nclose_day_at = \"03:30\"\nvisit_days = 7\naudit_days = 30\n"_s);
    REQUIRE(morning.config);
    CHECK(morning.config->retention.dayCloseAt(day, tokyo) == QDateTime(day.addDays(1), QTime(3, 30), tokyo));
    CHECK(morning.config->retention.visitDays == 7);
    CHECK(morning.config->retention.auditDays == 30);

    const ConfigLoadResult never = load(u"[retention]\nclose_day_at = \"never\"\n"_s, u"[\"00:00-24:00\"]"_s);
    REQUIRE(never.config);
    CHECK(never.config->retention.dayCloseAt(day, tokyo) == std::nullopt);

    const ConfigLoadResult duringHours = load(u"[retention]\nclose_day_at = \"12:00\"\n"_s);
    REQUIRE(duringHours.diagnostics.size() == 1);
    CHECK(duringHours.diagnostics.first().line == 24);
    CHECK(duringHours.diagnostics.first().message.contains(u"closed at 12:00, but the office is open then"_s));

    const ConfigLoadResult allDay = load({}, u"[\"00:00-24:00\"]"_s);
    REQUIRE(allDay.diagnostics.size() == 1);
    CHECK(allDay.diagnostics.first().message.contains(u"by default the office day is closed at 22:00"_s));

    const ConfigLoadResult malformed = load(u"[retention]\nclose_day_at = \"10pm\"\nvisit_days = 0\nkeep = 1\nprofile_days = 31\n"_s);
    CHECK(malformed.diagnostics.size() == 4);
}

TEST_CASE("A profile is kept until its office day ends, or as many office days after as configured", "[config][retention][profile]")
{
    const QTimeZone tokyo("Asia/Tokyo");
    const QDate day(2026, 12, 1);
    const auto at = [&](QDate date, int hour, int minute) { return QDateTime(date, QTime(hour, minute), tokyo); };
    RetentionRules rules; // closed at 22:00, profiles kept the day only
    CHECK(rules.profileDays == 0);
    CHECK(rules.profilesKeptFrom(at(day, 21, 59), tokyo) == day);
    CHECK(rules.profilesKeptFrom(at(day, 22, 0), tokyo) == day.addDays(1));
    rules.profileDays = 2;
    CHECK(rules.profilesKeptFrom(at(day.addDays(2), 21, 59), tokyo) == day);
    CHECK(rules.profilesKeptFrom(at(day.addDays(2), 22, 0), tokyo) == day.addDays(1));

    rules.profileDays = 0;
    rules.closeDayAtMinutes = 24 * 60 + 3 * 60 + 30; // 03:30 the next morning
    CHECK(rules.profilesKeptFrom(at(day.addDays(1), 3, 29), tokyo) == day);
    CHECK(rules.profilesKeptFrom(at(day.addDays(1), 3, 30), tokyo) == day.addDays(1));
    CHECK(rules.profilesKeptFrom(at(day, 23, 0), tokyo) == day); // the day before closed at 03:30 today

    rules.closeDayAtMinutes.reset(); // days closed by hand end at midnight
    CHECK(rules.profilesKeptFrom(at(day, 23, 59), tokyo) == day);
    CHECK(rules.profilesKeptFrom(at(day.addDays(1), 0, 0), tokyo) == day.addDays(1));

    const ConfigLoadResult read = ConfigLoader::loadText((kBase + u"[retention]\nprofile_days = 3\n"_s).toUtf8(), u"profiles.toml"_s);
    REQUIRE(read.config);
    CHECK(read.config->retention.profileDays == 3);
}
