// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <initializer_list>
#include <memory>
#include <optional>
#include <variant>

struct sqlite3;
struct sqlite3_stmt;

namespace Madoguchi {

/// A prepared SQLite statement: bind by 1-based index, step, read columns, reset for reuse.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement);
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    void bind(int index, qint64 value);
    void bind(int index, const QString &text);
    void bindNull(int index);
    /// Binds the value or NULL when it is empty.
    void bindOptional(int index, std::optional<qint64> value);

    /// Advances to the next row: true with a row, false at the end; errorCode() tells failures.
    bool next();
    /// Runs a statement that returns no rows; true when it succeeded.
    bool run();
    void reset();

    [[nodiscard]] qint64 integer(int column) const;
    [[nodiscard]] std::optional<qint64> optionalInteger(int column) const;
    [[nodiscard]] QString text(int column) const;
    /// The SQLite result code of the last step (SQLITE_ROW, SQLITE_DONE or an error).
    [[nodiscard]] int errorCode() const { return m_lastCode; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_lastCode = 0;
};

/// One connection to an SQLite file.
class SqliteDatabase
{
public:
    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    /// Opens the file; create: make it when missing. Returns the SQLite result code.
    int open(const QString &path, bool create);
    void close();
    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }

    /// Runs SQL without results; returns the SQLite result code.
    int exec(const char *sql);
    /// Prepares a statement; an invalid statement (check errorCode()) when it fails.
    [[nodiscard]] std::optional<SqliteStatement> prepare(const char *sql);
    /// The single text value of a query, e.g. a PRAGMA; empty on failure (check errorCode()).
    [[nodiscard]] std::optional<QString> queryText(const char *sql);
    [[nodiscard]] std::optional<qint64> queryInteger(const char *sql);
    /// A value bound to a statement's parameter.
    using Value = std::variant<QString, qint64>;
    /// Runs one statement that returns no rows, its parameters ?1, ?2 … bound in order; the rows it
    /// changed, or empty when it failed (check errorCode()).
    [[nodiscard]] std::optional<int> change(const char *sql, std::initializer_list<Value> values);

    [[nodiscard]] qint64 lastInsertId() const;
    /// Rows changed by the last INSERT, UPDATE or DELETE.
    [[nodiscard]] int changes() const;
    [[nodiscard]] int errorCode() const;
    [[nodiscard]] QString errorMessage() const;

private:
    sqlite3 *m_db = nullptr;
};

/// True when the result code (primary or extended) says the file is damaged or not a database.
[[nodiscard]] bool isCorruption(int code);
/// A short explanation of an SQLite result code for a person ("the disk is full" …).
[[nodiscard]] QString explainSqliteCode(int code);

} // namespace Madoguchi
