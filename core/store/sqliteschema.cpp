// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteschema.h"

#include "common/translation.h"

#include "sqlitedatabase.h"

#include "common/logging.h"

#include <QCoreApplication>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Madoguchi {

StoreError writeFailure(const SqliteDatabase &db)
{
    return StoreError{StoreErrorCode::WriteFailed, explainSqliteCode(db.errorCode())};
}

StoreResult<Done> SqliteSchema::migrate(SqliteDatabase &db, const QString &path) const
{
    // The version is read inside the write transaction: another process may have migrated meanwhile.
    for (;;) {
        int code = db.exec("BEGIN IMMEDIATE");
        const qint64 v = code == 0 ? db.queryInteger("PRAGMA user_version").value_or(-1) : -1;
        if (v >= currentVersion())
            return db.exec("COMMIT") == 0 ? StoreResult<Done>(Done{})
                                          : StoreError{StoreErrorCode::WriteFailed, explainSqliteCode(db.errorCode())};
        if (code == 0 && v < 0)
            code = db.errorCode();
        if (code == 0) {
            qCInfo(lcStore) << "migrating schema from version" << v << "to" << v + 1;
            code = db.exec(migrations[size_t(v)]);
        }
        if (code == 0) {
            const QByteArray stamp = "PRAGMA user_version = " + QByteArray::number(v + 1) + ";"
                + "PRAGMA application_id = " + QByteArray::number(applicationId) + ";";
            code = db.exec(stamp.constData());
        }
        if (code == 0)
            code = db.exec("COMMIT");
        if (code != 0) {
            const QString detail = explainSqliteCode(db.errorCode());
            db.exec("ROLLBACK");
            return StoreError{StoreErrorCode::WriteFailed,
                              StoreTr::tr("%1: could not upgrade the database to schema version %2: %3").arg(path).arg(v + 1).arg(detail)};
        }
    }
}

StoreResult<Done> SqliteSchema::open(SqliteDatabase &db, const QString &path) const
{
    const auto damaged = [&path] {
        return StoreError{StoreErrorCode::Corrupt,
                          StoreTr::tr("%1 is damaged or is not a database; it was left untouched. Restore it from a backup "
                                      "or move it away to start afresh.")
                              .arg(path)};
    };
    // The file is never opened here but by SQLite: closing any other descriptor of it would drop
    // the POSIX locks of this process's connections (and let another process delete the WAL under
    // them). A foreign file is recognised by SQLite's first read (SQLITE_NOTADB).
    if (const int code = db.open(path, true); code != SQLITE_OK)
        return StoreError{StoreErrorCode::CannotOpen, StoreTr::tr("cannot open %1: %2").arg(path, explainSqliteCode(code))};
    db.exec("PRAGMA busy_timeout = 5000");

    const auto fileId = db.queryInteger("PRAGMA application_id");
    const auto version = db.queryInteger("PRAGMA user_version");
    if (!fileId || !version)
        return isCorruption(db.errorCode())
            ? StoreResult<Done>(damaged())
            : StoreError{StoreErrorCode::CannotOpen, StoreTr::tr("cannot open %1: %2").arg(path, explainSqliteCode(db.errorCode()))};
    const qint64 tables = db.queryInteger("SELECT count(*) FROM sqlite_schema").value_or(0);
    if ((*fileId != 0 && *fileId != applicationId) || (*fileId == 0 && tables > 0))
        return StoreError{StoreErrorCode::NotMadoguchi,
                          StoreTr::tr("%1 is a database of another program, not of Madoguchi; it was left untouched.").arg(path)};
    if (*version > currentVersion())
        return StoreError{StoreErrorCode::NewerSchema,
                          StoreTr::tr("%1 was written by a newer Madoguchi (schema version %2; this version knows up to %3). "
                                      "Install the newer Madoguchi or restore a backup.")
                              .arg(path)
                              .arg(*version)
                              .arg(currentVersion())};

    const auto check = db.queryText("PRAGMA quick_check");
    if (!check || *check != u"ok"_s) {
        qCWarning(lcStore) << "quick_check failed for" << path;
        return damaged();
    }
    // secure_delete: deleted rows are overwritten, so visits, addresses and sessions are gone once deleted.
    if (db.queryText("PRAGMA journal_mode = WAL").value_or(QString()) != u"wal"_s || db.exec("PRAGMA synchronous = FULL") != SQLITE_OK
        || db.exec("PRAGMA foreign_keys = ON") != SQLITE_OK || db.exec("PRAGMA secure_delete = ON") != SQLITE_OK)
        return StoreError{StoreErrorCode::CannotOpen,
                          StoreTr::tr("cannot open %1 in write-ahead mode: %2").arg(path, explainSqliteCode(db.errorCode()))};

    return migrate(db, path);
}

} // namespace Madoguchi
