// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitedatabase.h"

#include "common/translation.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <utility>

namespace Madoguchi {

SqliteStatement::SqliteStatement(sqlite3 *db, sqlite3_stmt *statement)
    : m_db(db)
    , m_statement(statement)
{
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_lastCode(other.m_lastCode)
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_lastCode = other.m_lastCode;
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindOptional(int index, std::optional<qint64> value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

bool SqliteStatement::next()
{
    m_lastCode = sqlite3_step(m_statement);
    return m_lastCode == SQLITE_ROW;
}

bool SqliteStatement::run()
{
    m_lastCode = sqlite3_step(m_statement);
    const bool ok = m_lastCode == SQLITE_DONE || m_lastCode == SQLITE_ROW;
    reset();
    return ok;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

std::optional<qint64> SqliteStatement::optionalInteger(int column) const
{
    if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

SqliteDatabase::~SqliteDatabase()
{
    close();
}

int SqliteDatabase::open(const QString &path, bool create)
{
    close();
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    const int code = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (code != SQLITE_OK) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return code;
    }
    sqlite3_extended_result_codes(m_db, 1);
    return code;
}

void SqliteDatabase::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

int SqliteDatabase::exec(const char *sql)
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
}

std::optional<SqliteStatement> SqliteDatabase::prepare(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return std::nullopt;
    }
    return SqliteStatement(m_db, statement);
}

std::optional<QString> SqliteDatabase::queryText(const char *sql)
{
    auto statement = prepare(sql);
    if (!statement || !statement->next())
        return std::nullopt;
    return statement->text(0);
}

std::optional<qint64> SqliteDatabase::queryInteger(const char *sql)
{
    auto statement = prepare(sql);
    if (!statement || !statement->next())
        return std::nullopt;
    return statement->integer(0);
}

qint64 SqliteDatabase::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

std::optional<int> SqliteDatabase::change(const char *sql, std::initializer_list<Value> values)
{
    auto statement = prepare(sql);
    if (!statement)
        return std::nullopt;
    int index = 0;
    for (const Value &value : values) {
        ++index;
        if (const auto *text = std::get_if<QString>(&value))
            statement->bind(index, *text);
        else
            statement->bind(index, std::get<qint64>(value));
    }
    if (!statement->run())
        return std::nullopt;
    return changes();
}

int SqliteDatabase::errorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_CANTOPEN;
}

QString SqliteDatabase::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

bool isCorruption(int code)
{
    const int primary = code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

QString explainSqliteCode(int code)
{
    switch (code & 0xff) {
    case SQLITE_FULL: return StoreTr::tr("the disk is full");
    case SQLITE_IOERR: return StoreTr::tr("the disk reported an input/output error");
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_AUTH: return StoreTr::tr("the file cannot be opened for writing (check its permissions)");
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return StoreTr::tr("the database is locked by another process");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return StoreTr::tr("the file is damaged or is not a database");
    default: return StoreTr::tr("database error %1 (%2)").arg(code).arg(QString::fromUtf8(sqlite3_errstr(code)));
    }
}

} // namespace Madoguchi
