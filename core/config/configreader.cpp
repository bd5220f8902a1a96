// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "configreader.h"

#include "retentionconfigreader.h"
#include "serverconfigreader.h"
#include "tomlreader.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <array>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

constexpr std::array<const char *, 7> kWeekdays = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

class Reader : public TomlReader
{
    Q_DECLARE_TR_FUNCTIONS(Madoguchi::Config)

public:
    using TomlReader::TomlReader;

    ConfigLoadResult read(const QByteArray &text)
    {
        ConfigLoadResult result;
        const auto parsed = parse(text);
        if (!parsed) {
            result.diagnostics = diagnostics();
            return result;
        }
        const toml::table &root = parsed->table();
        OfficeConfig config;
        allowOnly(root,
                  {"office", "ordering", "numbering", "rules", "appointments", "board", "guide", "retention", "service", "counter",
                   "server", "notify"},
                  tr("the top level"));
        readOffice(root, config);
        if (const toml::node *ordering = root.get("ordering"))
            readOrdering(*ordering, config.ordering, u"[ordering]"_s);
        if (const toml::table *numbering = subTable(root, "numbering", false))
            readNumbering(*numbering, config.numbering);
        if (const toml::table *rules = subTable(root, "rules", false))
            readRules(*rules, config.rules);
        if (const toml::table *appointments = subTable(root, "appointments", false))
            readAppointments(*appointments, config.appointments);
        if (const toml::table *board = subTable(root, "board", false))
            readBoard(*board, config.boardSound, config.boardDisplay);
        if (const toml::table *guide = subTable(root, "guide", false))
            readGuide(*guide, config);
        readRetention(*this, root, config.hours, config.retention);
        readServices(root, config);
        readCounters(root, config);
        checkCoverage(root, config);
        readServerConfig(*this, root, config.server);
        result.diagnostics = diagnostics();
        if (result.diagnostics.isEmpty())
            result.config = std::move(config);
        return result;
    }

private:
    void readOffice(const toml::table &root, OfficeConfig &config)
    {
        const toml::table *office = subTable(root, "office", true);
        if (!office)
            return;
        allowOnly(*office, {"id", "name", "timezone", "languages", "hours"}, u"[office]"_s);
        config.id = string(*office, "id", true).value_or(QString());
        static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9_-]{0,63}$"_s);
        if (const toml::node *id = office->get("id"); id && id->is_string() && !idPattern.match(config.id).hasMatch())
            error(*id, tr("office id must be lower-case letters, digits, '-' or '_' (at most 64)"));

        const QString zone = string(*office, "timezone", false).value_or(u"Asia/Tokyo"_s);
        config.timeZone = QTimeZone(zone.toUtf8());
        if (!config.timeZone.isValid())
            error(office->get("timezone") ? *office->get("timezone") : static_cast<const toml::node &>(*office),
                  tr("unknown timezone '%1' (use an IANA name such as Asia/Tokyo)").arg(zone));

        if (const toml::node *languages = office->get("languages")) {
            config.languages = stringList(*languages, tr("office languages"));
            const QStringList supported = ConfigLoader::supportedLanguages();
            QSet<QString> seen;
            for (const QString &language : std::as_const(config.languages)) {
                if (!supported.contains(language))
                    error(*languages, tr("language '%1' is not supported (supported: %2)").arg(language, supported.join(u", "_s)));
                if (seen.contains(language))
                    error(*languages, tr("language '%1' is listed twice").arg(language));
                seen.insert(language);
            }
            if (config.languages.isEmpty())
                error(*languages, tr("at least one language must be offered"));
        } else {
            config.languages = {u"ja"_s};
        }
        setLanguages(config.languages);

        if (const toml::node *name = office->get("name"))
            config.name = localized(*name, tr("the office name"), true);
        else
            error(*office, tr("missing key 'name'"));
        if (const toml::table *hours = subTable(*office, "hours", true))
            readHours(*hours, config.hours);
    }

    void readHours(const toml::table &table, OpeningHours &hours)
    {
        allowOnly(table, {"mon", "tue", "wed", "thu", "fri", "sat", "sun", "closed"}, u"[office.hours]"_s);
        static const QRegularExpression rangePattern(u"^(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})$"_s);
        for (int day = 1; day <= 7; ++day) {
            const toml::node *node = table.get(kWeekdays.at(day - 1));
            if (!node)
                continue;
            QList<TimeRange> ranges;
            for (const QString &text : stringList(*node, tr("opening hours"))) {
                const QRegularExpressionMatch match = rangePattern.match(text);
                // "24:00" closes at the very end of the day (offices and kiosks open round the clock).
                const bool endOfDay = match.hasMatch() && match.captured(3) == u"24"_s && match.captured(4) == u"00"_s;
                const TimeRange range{match.hasMatch() ? QTime(match.captured(1).toInt(), match.captured(2).toInt()) : QTime(),
                                      endOfDay               ? QTime(23, 59, 59, 999)
                                          : match.hasMatch() ? QTime(match.captured(3).toInt(), match.captured(4).toInt())
                                                             : QTime()};
                if (!range.open.isValid() || !range.close.isValid() || range.open >= range.close) {
                    error(*node, tr("opening hours '%1' must look like \"08:30-17:15\", opening before closing").arg(text));
                    continue;
                }
                if (!ranges.isEmpty() && range.open < ranges.last().close) {
                    error(*node, tr("opening hours '%1' overlap or are out of order").arg(text));
                    continue;
                }
                ranges.append(range);
            }
            hours.setDay(day, ranges);
        }
        if (const toml::node *closed = table.get("closed")) {
            for (const QString &text : stringList(*closed, tr("closed dates"))) {
                const QDate date = QDate::fromString(text, Qt::ISODate);
                if (!date.isValid())
                    error(*closed, tr("closed date '%1' must be written YYYY-MM-DD").arg(text));
                else
                    hours.addClosedDate(date);
            }
        }
    }

    void readOrdering(const toml::node &node, OrderingPolicy &policy, const QString &where)
    {
        const toml::table *table = node.as_table();
        if (!table) {
            error(node, tr("%1 must be a table, e.g. { policy = \"arrival\" }").arg(where));
            return;
        }
        allowOnly(*table, {"policy", "ratio", "early_minutes", "walk_in_max_wait_minutes"}, where);
        if (const auto name = string(*table, "policy", true)) {
            if (const auto kind = OrderingPolicy::kindFromName(*name))
                policy.kind = *kind;
            else
                error(*table->get("policy"),
                      tr("unknown ordering policy '%1' (use arrival, priority, alternation or appointment)").arg(*name));
        }
        policy.ratio = int(integer(*table, "ratio", 1, 10).value_or(policy.ratio));
        policy.earlyMinutes = int(integer(*table, "early_minutes", 0, 120).value_or(policy.earlyMinutes));
        policy.walkInMaxWaitMinutes = int(integer(*table, "walk_in_max_wait_minutes", 1, 480).value_or(policy.walkInMaxWaitMinutes));
    }

    void readNumbering(const toml::table &table, NumberingRules &rules)
    {
        allowOnly(table, {"digits", "first", "last", "separator"}, u"[numbering]"_s);
        rules.digits = int(integer(table, "digits", 1, 4).value_or(rules.digits));
        rules.first = int(integer(table, "first", 0, 9998).value_or(rules.first));
        qint64 limit = 1;
        for (int i = 0; i < rules.digits; ++i)
            limit *= 10;
        rules.last = int(integer(table, "last", 1, limit - 1).value_or(std::min<qint64>(rules.last, limit - 1)));
        if (rules.last <= rules.first)
            error(table, tr("numbering: 'last' (%1) must be greater than 'first' (%2)").arg(rules.last).arg(rules.first));
        if (const auto separator = string(table, "separator", false)) {
            if (separator->size() > 3)
                error(*table.get("separator"), tr("numbering separator must be at most 3 characters"));
            else
                rules.separator = *separator;
        }
    }

    void readRules(const toml::table &table, QueueRules &rules)
    {
        allowOnly(table, {"transfer_keeps_place", "next_step_keeps_arrival"}, u"[rules]"_s);
        rules.transferKeepsPlace = boolean(table, "transfer_keeps_place").value_or(rules.transferKeepsPlace);
        rules.nextStepKeepsArrival = boolean(table, "next_step_keeps_arrival").value_or(rules.nextStepKeepsArrival);
    }

    void readAppointments(const toml::table &table, AppointmentRules &rules)
    {
        allowOnly(table, {"slot_minutes", "check_in_early_minutes", "check_in_late_minutes"}, u"[appointments]"_s);
        const auto slot = integer(table, "slot_minutes", 5, 240);
        if (slot && 1440 % *slot != 0)
            error(*table.get("slot_minutes"), tr("slot_minutes must divide a day evenly (e.g. 15, 20, 30, 60), not %1").arg(*slot));
        rules.slotMinutes = int(slot.value_or(rules.slotMinutes));
        rules.checkInEarlyMinutes = int(integer(table, "check_in_early_minutes", 0, 240).value_or(rules.checkInEarlyMinutes));
        rules.checkInLateMinutes = int(integer(table, "check_in_late_minutes", 0, 120).value_or(rules.checkInLateMinutes));
    }

    void readBoard(const toml::table &table, BoardSound &sound, BoardDisplay &display)
    {
        allowOnly(table, {"muted", "volume", "diagonal_inches", "viewing_metres"}, u"[board]"_s);
        sound.muted = boolean(table, "muted").value_or(sound.muted);
        sound.volumePercent = int(integer(table, "volume", 0, 100).value_or(sound.volumePercent));
        display.diagonalInches = number(table, "diagonal_inches", 10, 150).value_or(display.diagonalInches);
        display.viewingMetres = number(table, "viewing_metres", 1, 30).value_or(display.viewingMetres);
    }

    /// [guide] catalogue: "shipped", or a folder of guide files relative to this file.
    void readGuide(const toml::table &table, OfficeConfig &config)
    {
        allowOnly(table, {"catalogue"}, u"[guide]"_s);
        const QString catalogue = string(table, "catalogue", true).value_or(QString());
        if (catalogue.isEmpty() && table.get("catalogue"))
            error(*table.get("catalogue"), tr("[guide] catalogue must be \"shipped\" or a folder of guide files"));
        else if (!catalogue.isEmpty())
            config.guideCatalogue = catalogue == u"shipped"_s ? catalogue : QFileInfo(fileName()).dir().filePath(catalogue);
    }

    const TomlArray *arrayOfTables(const toml::table &root, const char *key)
    {
        const toml::node *node = root.get(key);
        if (!node) {
            error(root, tr("no [[%1]] entries: an office needs at least one").arg(QString::fromLatin1(key)));
            return nullptr;
        }
        const toml::array *array = node->as_array();
        if (!array || !array->is_array_of_tables()) {
            error(*node, tr("'%1' must be written as [[%1]] tables").arg(QString::fromLatin1(key)));
            return nullptr;
        }
        return array;
    }

    void readServices(const toml::table &root, OfficeConfig &config)
    {
        const toml::array *services = arrayOfTables(root, "service");
        if (!services)
            return;
        static const QRegularExpression codePattern(u"^[a-z0-9][a-z0-9_-]{0,31}$"_s);
        static const QRegularExpression prefixPattern(u"^[A-Z]$"_s);
        for (const toml::node &node : *services) {
            const toml::table &table = *node.as_table();
            allowOnly(table, {"code", "prefix", "name", "procedures", "pictogram", "minutes", "appointments_per_slot", "document"},
                      u"[[service]]"_s);
            ServiceConfig service;
            service.code = string(table, "code", true).value_or(QString());
            const QString where = tr("service '%1'").arg(service.code);
            if (table.get("code") && !codePattern.match(service.code).hasMatch())
                error(*table.get("code"), tr("service code '%1' must be lower-case letters, digits, '-' or '_'").arg(service.code));
            if (config.service(service.code))
                error(table, tr("service code '%1' is used twice").arg(service.code));
            service.prefix = string(table, "prefix", true).value_or(QString());
            if (table.get("prefix") && !prefixPattern.match(service.prefix).hasMatch())
                error(*table.get("prefix"), tr("%1: prefix must be one capital letter A–Z, not '%2'").arg(where, service.prefix));
            service.expectedMinutes = int(integer(table, "minutes", 1, 480).value_or(service.expectedMinutes));
            service.appointmentsPerSlot = int(integer(table, "appointments_per_slot", 0, 100).value_or(0));
            if (const toml::node *name = table.get("name"))
                service.name = localized(*name, tr("the name of %1").arg(where), true);
            else
                error(table, tr("%1: missing key 'name'").arg(where));
            if (const toml::node *procedures = table.get("procedures"))
                service.procedures = localized(*procedures, tr("the procedures of %1").arg(where), true);
            service.pictogram = string(table, "pictogram", false).value_or(QString());
            if (table.get("pictogram") && !servicePictograms().contains(service.pictogram))
                error(*table.get("pictogram"),
                      tr("%1: no pictogram '%2'; one of: %3").arg(where, service.pictogram, servicePictograms().join(u", "_s)));
            if (const toml::node *documents = table.get("document")) {
                const toml::array *array = documents->as_array();
                if (!array || !array->is_array_of_tables()) {
                    error(*documents, tr("%1: documents must be written as [[service.document]] tables").arg(where));
                } else {
                    for (const toml::node &document : *array)
                        service.documents.append({localized(document, tr("a document of %1").arg(where), true)});
                }
            }
            config.services.append(service);
        }
    }

    void readCounters(const toml::table &root, OfficeConfig &config)
    {
        const toml::array *counters = arrayOfTables(root, "counter");
        if (!counters)
            return;
        for (const toml::node &node : *counters) {
            const toml::table &table = *node.as_table();
            allowOnly(table, {"number", "name", "services", "fallback", "ordering"}, u"[[counter]]"_s);
            CounterConfig counter;
            const auto number = integer(table, "number", 1, 999);
            if (!number && !table.get("number"))
                error(table, tr("counter: missing key 'number'"));
            counter.number = int(number.value_or(0));
            const QString where = tr("counter %1").arg(counter.number);
            if (counter.number > 0 && config.counter(counter.number))
                error(table, tr("counter number %1 is used twice").arg(counter.number));
            if (const toml::node *name = table.get("name"))
                counter.name = localized(*name, tr("the name of %1").arg(where), false);
            else
                error(table, tr("%1: missing key 'name'").arg(where));
            readWorkProfile(table, config, counter, where);
            if (const toml::node *ordering = table.get("ordering")) {
                OrderingPolicy policy = config.ordering;
                readOrdering(*ordering, policy, tr("the ordering of %1").arg(where));
                counter.ordering = policy;
            }
            config.counters.append(counter);
        }
    }

    void readWorkProfile(const toml::table &table, const OfficeConfig &config, CounterConfig &counter, const QString &where)
    {
        const toml::node *services = table.get("services");
        if (!services) {
            error(table, tr("%1: missing key 'services' (the services it takes, most preferred first)").arg(where));
            return;
        }
        counter.services = stringList(*services, tr("%1: services").arg(where));
        if (counter.services.isEmpty())
            error(*services, tr("%1 serves no service").arg(where));
        if (const toml::node *fallback = table.get("fallback"))
            counter.fallback = stringList(*fallback, tr("%1: fallback").arg(where));
        QSet<QString> seen;
        const QStringList all = counter.services + counter.fallback;
        for (const QString &code : all) {
            const toml::node &place = counter.fallback.contains(code) && table.get("fallback") ? *table.get("fallback") : *services;
            if (!config.service(code))
                error(place, tr("%1: unknown service '%2'").arg(where, code));
            if (seen.contains(code))
                error(place, tr("%1: service '%2' is listed twice").arg(where, code));
            seen.insert(code);
        }
    }

    void checkCoverage(const toml::table &root, const OfficeConfig &config)
    {
        const toml::node *services = root.get("service");
        if (!services || !services->is_array())
            return;
        for (qsizetype i = 0; i < config.services.size(); ++i) {
            const ServiceConfig &service = config.services.at(i);
            bool served = false;
            for (const CounterConfig &counter : config.counters)
                served = served || counter.services.contains(service.code) || counter.fallback.contains(service.code);
            if (!served && !config.counters.isEmpty())
                error(*services->as_array()->get(size_t(i)), tr("service '%1' is served by no counter").arg(service.code));
        }
    }
};

} // namespace

ConfigLoadResult readOfficeConfig(const QByteArray &text, const QString &fileName)
{
    return Reader(fileName).read(text);
}

} // namespace Madoguchi
