// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "configloader.h"
#include "localizedtext.h"

#include <QCoreApplication>
#include <QStringList>

#define TOML_EXCEPTIONS 0
#include <toml++/toml.h>

#include <initializer_list>
#include <optional>
#include <string_view>

namespace Madoguchi {

// Return types spelled through aliases: lupdate reads "const toml::table *f()" as a member of toml.
using TomlTable = toml::table;
using TomlArray = toml::array;

/// A toml++ string as a QString.
[[nodiscard]] QString qs(std::string_view view);

/// Typed access to TOML tables that records every problem as a diagnostic with its place.
/// Shared by the readers of each part of the office configuration; toml++ stays inside core/config.
class TomlReader
{
    Q_DECLARE_TR_FUNCTIONS(Madoguchi::Config)

public:
    explicit TomlReader(QString fileName)
        : m_file(std::move(fileName))
    {
    }

    [[nodiscard]] const QList<ConfigDiagnostic> &diagnostics() const { return m_diagnostics; }
    [[nodiscard]] const QString &fileName() const { return m_file; }
    /// The office's languages, which localized texts are checked against.
    void setLanguages(const QStringList &languages) { m_languages = languages; }

    /// Parses TOML text; nothing (and the problem recorded at its place) when it is not valid TOML.
    std::optional<toml::parse_result> parse(const QByteArray &text);
    /// Records a problem at the place of node.
    void error(const toml::node &node, const QString &message);
    /// Records a problem at a line of the file, for what no one node holds (two places that meet).
    void error(int line, const QString &message);
    /// Reports every key of table that is not among keys.
    void allowOnly(const toml::table &table, std::initializer_list<const char *> keys, const QString &where);
    /// The sub-table at key; reports it when missing (if required) or not a table.
    const TomlTable *subTable(const toml::table &table, const char *key, bool required);
    std::optional<QString> string(const toml::table &table, const char *key, bool required);
    /// A whole number within [min, max].
    std::optional<qint64> integer(const toml::table &table, const char *key, qint64 min, qint64 max);
    /// A number (whole or not) between min and max.
    std::optional<double> number(const toml::table &table, const char *key, double min, double max);
    std::optional<bool> boolean(const toml::table &table, const char *key);
    QStringList stringList(const toml::node &node, const QString &what);
    /// A table of texts keyed by language. requireAll: every offered language must be present.
    LocalizedText localized(const toml::node &node, const QString &what, bool requireAll);

private:
    /// The value, or nothing with an error on the node when it lies outside min … max.
    template<typename T>
    std::optional<T> inRange(const toml::node &node, const char *key, T value, T min, T max);

    QString m_file;
    QStringList m_languages{QStringLiteral("ja")};
    QList<ConfigDiagnostic> m_diagnostics;
};

} // namespace Madoguchi
