// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tomlreader.h"

using namespace Qt::StringLiterals;

namespace Madoguchi {

QString qs(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

std::optional<toml::parse_result> TomlReader::parse(const QByteArray &text)
{
    toml::parse_result parsed = toml::parse(std::string_view(text.constData(), size_t(text.size())), m_file.toStdString());
    if (!parsed) {
        const auto &failure = parsed.error();
        m_diagnostics.append({m_file, int(failure.source().begin.line), int(failure.source().begin.column),
                              tr("not valid TOML: %1").arg(qs(failure.description()))});
        return std::nullopt;
    }
    return parsed;
}

void TomlReader::error(const toml::node &node, const QString &message)
{
    m_diagnostics.append({m_file, int(node.source().begin.line), int(node.source().begin.column), message});
}

void TomlReader::error(int line, const QString &message)
{
    m_diagnostics.append({m_file, line, 0, message});
}

void TomlReader::allowOnly(const toml::table &table, std::initializer_list<const char *> keys, const QString &where)
{
    for (auto &&[key, node] : table) {
        bool known = false;
        for (const char *allowed : keys)
            known = known || key.str() == allowed;
        if (!known) {
            QStringList names;
            for (const char *allowed : keys)
                names.append(QString::fromLatin1(allowed));
            error(node, tr("unknown key '%1' in %2 (expected one of: %3)").arg(qs(key.str()), where, names.join(u", "_s)));
        }
    }
}

const TomlTable *TomlReader::subTable(const toml::table &table, const char *key, bool required)
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

std::optional<QString> TomlReader::string(const toml::table &table, const char *key, bool required)
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

template<typename T>
std::optional<T> TomlReader::inRange(const toml::node &node, const char *key, T value, T min, T max)
{
    if (value < min || value > max) {
        error(node, tr("'%1' must be between %2 and %3, not %4").arg(QString::fromLatin1(key)).arg(min).arg(max).arg(value));
        return std::nullopt;
    }
    return value;
}

std::optional<double> TomlReader::number(const toml::table &table, const char *key, double min, double max)
{
    const toml::node *node = table.get(key);
    if (!node)
        return std::nullopt;
    if (!node->is_number()) {
        error(*node, tr("'%1' must be a number").arg(QString::fromLatin1(key)));
        return std::nullopt;
    }
    return inRange(*node, key, node->is_integer() ? double(node->as_integer()->get()) : node->as_floating_point()->get(), min, max);
}

std::optional<qint64> TomlReader::integer(const toml::table &table, const char *key, qint64 min, qint64 max)
{
    const toml::node *node = table.get(key);
    if (!node)
        return std::nullopt;
    if (!node->is_integer()) {
        error(*node, tr("'%1' must be a whole number").arg(QString::fromLatin1(key)));
        return std::nullopt;
    }
    return inRange<qint64>(*node, key, node->as_integer()->get(), min, max);
}

std::optional<bool> TomlReader::boolean(const toml::table &table, const char *key)
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

QStringList TomlReader::stringList(const toml::node &node, const QString &what)
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

LocalizedText TomlReader::localized(const toml::node &node, const QString &what, bool requireAll)
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
            error(value, tr("%1: language '%2' is not among the office's languages (%3)").arg(what, language, m_languages.join(u", "_s)));
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

} // namespace Madoguchi
