#include "configreader.h"


#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#define TOML_EXCEPTIONS 0
#include <toml++/toml.h>

#include <array>
#include <string_view>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {


QString qs(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

// Return types spelled through aliases: lupdate reads "const toml::table *f()" as a member of toml.
using TomlTable = toml::table;
using TomlArray = toml::array;

constexpr std::array<const char *, 7> kWeekdays = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(Madoguchi::Config)

public:
    explicit Reader(QString fileName) : m_file(std::move(fileName)) {}

    ConfigLoadResult read(const QByteArray &text)
    {
        ConfigLoadResult result;
        toml::parse_result parsed = toml::parse(std::string_view(text.constData(), size_t(text.size())),
                                                m_file.toStdString());
        if (!parsed) {
            const auto &failure = parsed.error();
            result.diagnostics.append({m_file, int(failure.source().begin.line), int(failure.source().begin.column),
                                       tr("not valid TOML: %1").arg(qs(failure.description()))});
            return result;
        }
        const toml::table &root = parsed.table();
        OfficeConfig config;
        allowOnly(root, {"office", "ordering", "numbering", "rules", "service", "counter"}, tr("the top level"));
        readOffice(root, config);
        if (const toml::node *ordering = root.get("ordering"))
            readOrdering(*ordering, config.ordering, u"[ordering]"_s);
        if (const toml::table *numbering = subTable(root, "numbering", false))
            readNumbering(*numbering, config.numbering);
        if (const toml::table *rules = subTable(root, "rules", false))
            readRules(*rules, config.rules);
        readServices(root, config);
        readCounters(root, config);
        checkCoverage(root, config);
        result.diagnostics = m_diagnostics;
        if (m_diagnostics.isEmpty())
            result.config = std::move(config);
        return result;
    }

private:
    void error(const toml::node &node, const QString &message)
    {
        m_diagnostics.append({m_file, int(node.source().begin.line), int(node.source().begin.column), message});
    }

    void allowOnly(const toml::table &table, std::initializer_list<const char *> keys, const QString &where)
    {
        for (auto &&[key, node] : table) {
            bool known = false;
            for (const char *allowed : keys)
                known = known || key.str() == allowed;
            if (!known) {
                QStringList names;
                for (const char *allowed : keys)
                    names.append(QString::fromLatin1(allowed));
                error(node, tr("unknown key '%1' in %2 (expected one of: %3)")
                                .arg(qs(key.str()), where, names.join(u", "_s)));
            }
        }
    }

    const TomlTable *subTable(const toml::table &table, const char *key, bool required)
    {
        const toml::node *node = table.get(key);
        if (!node) {
            if (required)
                error(table, tr("missing table [%1]").arg(QString::fromLatin1(key)));
            return nullptr;
        }
        if (!node->is_table()) {
            error(*node, tr("'%1' must be a table").arg(QString::fromLatin1(key)));
            return nullptr;
        }
        return node->as_table();
    }

    std::optional<QString> string(const toml::table &table, const char *key, bool required)
    {
        const toml::node *node = table.get(key);
        if (!node) {
            if (required)
                error(table, tr("missing key '%1'").arg(QString::fromLatin1(key)));
            return std::nullopt;
        }
        if (!node->is_string()) {
            error(*node, tr("'%1' must be a text in quotes").arg(QString::fromLatin1(key)));
            return std::nullopt;
        }
        return qs(node->as_string()->get());
    }

    std::optional<qint64> integer(const toml::table &table, const char *key, qint64 min, qint64 max)
    {
        const toml::node *node = table.get(key);
        if (!node)
            return std::nullopt;
        if (!node->is_integer()) {
            error(*node, tr("'%1' must be a whole number").arg(QString::fromLatin1(key)));
            return std::nullopt;
        }
        const qint64 value = node->as_integer()->get();
        if (value < min || value > max) {
            error(*node, tr("'%1' must be between %2 and %3, not %4")
                             .arg(QString::fromLatin1(key)).arg(min).arg(max).arg(value));
            return std::nullopt;
        }
        return value;
    }

    std::optional<bool> boolean(const toml::table &table, const char *key)
    {
        const toml::node *node = table.get(key);
        if (!node)
            return std::nullopt;
        if (!node->is_boolean()) {
            error(*node, tr("'%1' must be true or false").arg(QString::fromLatin1(key)));
            return std::nullopt;
        }
        return node->as_boolean()->get();
    }

    QStringList stringList(const toml::node &node, const QString &what)
    {
        QStringList list;
        const toml::array *array = node.as_array();
        if (!array) {
            error(node, tr("%1 must be a list of texts, e.g. [\"a\", \"b\"]").arg(what));
            return list;
        }
        for (const toml::node &item : *array) {
            if (!item.is_string()) {
                error(item, tr("%1 must contain only texts in quotes").arg(what));
                continue;
            }
            list.append(qs(item.as_string()->get()));
        }
        return list;
    }

    /// A table of texts keyed by language. requireAll: every offered language must be present.
    LocalizedText localized(const toml::node &node, const QString &what, bool requireAll)
    {
        LocalizedText text;
        const toml::table *table = node.as_table();
        if (!table) {
            error(node, tr("%1 must be a table of texts by language, e.g. ja = \"…\"").arg(what));
            return text;
        }
        for (auto &&[key, value] : *table) {
            const QString language = qs(key.str());
            if (!m_languages.contains(language)) {
                error(value, tr("%1: language '%2' is not among the office's languages (%3)")
                                 .arg(what, language, m_languages.join(u", "_s)));
                continue;
            }
            if (!value.is_string() || value.as_string()->get().empty()) {
                error(value, tr("%1: the %2 text must be a non-empty text in quotes").arg(what, language));
                continue;
            }
            text.set(language, qs(value.as_string()->get()));
        }
        const QStringList required = requireAll ? m_languages : m_languages.mid(0, 1);
        QStringList missing;
        for (const QString &language : required) {
            if (!text.has(language))
                missing.append(language);
        }
        if (!missing.isEmpty())
            error(node, tr("%1 has no text in: %2").arg(what, missing.join(u", "_s)));
        return text;
    }

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
                    error(*languages, tr("language '%1' is not supported (supported: %2)")
                                          .arg(language, supported.join(u", "_s)));
                if (seen.contains(language))
                    error(*languages, tr("language '%1' is listed twice").arg(language));
                seen.insert(language);
            }
            if (config.languages.isEmpty())
                error(*languages, tr("at least one language must be offered"));
        } else {
            config.languages = {u"ja"_s};
        }
        m_languages = config.languages;

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
                const TimeRange range{match.hasMatch() ? QTime(match.captured(1).toInt(), match.captured(2).toInt()) : QTime(),
                                      match.hasMatch() ? QTime(match.captured(3).toInt(), match.captured(4).toInt()) : QTime()};
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
                error(*table->get("policy"), tr("unknown ordering policy '%1' (use arrival, priority, alternation or appointment)").arg(*name));
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
            allowOnly(table, {"code", "prefix", "name", "minutes", "document"}, u"[[service]]"_s);
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
            if (const toml::node *name = table.get("name"))
                service.name = localized(*name, tr("the name of %1").arg(where), true);
            else
                error(table, tr("%1: missing key 'name'").arg(where));
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

    QString m_file;
    QStringList m_languages{u"ja"_s};
    QList<ConfigDiagnostic> m_diagnostics;
};

} // namespace

ConfigLoadResult readOfficeConfig(const QByteArray &text, const QString &fileName)
{
    return Reader(fileName).read(text);
}

} // namespace Madoguchi
