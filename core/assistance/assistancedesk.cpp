#include "assistancedesk.h"

#include "common/logging.h"
#include "common/translation.h"
#include "store/queueschema.h"

#include <sqlite3.h>

namespace Madoguchi {

AssistanceDesk::AssistanceDesk(const OfficeConfig &office)
    : m_office(office)
{
}

StoreResult<std::unique_ptr<AssistanceDesk>> AssistanceDesk::open(const QString &path, const OfficeConfig &office)
{
    std::unique_ptr<AssistanceDesk> desk(new AssistanceDesk(office));
    if (auto opened = queueSchema().open(desk->m_db, path); !opened)
        return opened.error();
    return desk;
}

AssistanceError AssistanceDesk::storageFailure() const
{
    return AssistanceError{AssistanceErrorCode::StorageFailure,
                           ApiTr::tr("The call for a clerk could not be saved: %1").arg(explainSqliteCode(m_db.errorCode()))};
}

AssistanceResult<QList<AssistanceCall>> AssistanceDesk::openCallsLocked(const QDateTime &now) const
{
    auto select = m_db.prepare("SELECT id, kiosk, language, requested_at FROM assistance_calls "
                               "WHERE answered_at IS NULL AND day = ?1 ORDER BY requested_at, id");
    if (!select)
        return storageFailure();
    select->bind(1, m_office.officeDate(now).toString(Qt::ISODate));
    QList<AssistanceCall> calls;
    while (select->next())
        calls.append({select->integer(0), select->text(1), select->text(2), QDateTime::fromMSecsSinceEpoch(select->integer(3), Qt::UTC)});
    if (select->errorCode() != SQLITE_DONE)
        return storageFailure();
    return calls;
}

AssistanceResult<QList<AssistanceCall>> AssistanceDesk::openCalls(const QDateTime &now) const
{
    std::lock_guard lock(m_mutex);
    return openCallsLocked(now);
}

AssistanceResult<AssistanceCall> AssistanceDesk::request(const QString &kiosk, const QString &language, const QDateTime &now)
{
    AssistanceCall call{0, kiosk, language, now.toUTC()};
    {
        std::lock_guard lock(m_mutex);
        const auto open = openCallsLocked(now);
        if (!open)
            return open.error();
        for (const AssistanceCall &earlier : *open) {
            if (earlier.kiosk == kiosk)
                return earlier;
        }
        auto insert = m_db.prepare("INSERT INTO assistance_calls (kiosk, language, day, requested_at) VALUES (?1, ?2, ?3, ?4)");
        if (!insert)
            return storageFailure();
        insert->bind(1, kiosk);
        insert->bind(2, language);
        insert->bind(3, m_office.officeDate(now).toString(Qt::ISODate));
        insert->bind(4, now.toMSecsSinceEpoch());
        if (!insert->run())
            return storageFailure();
        call.id = m_db.lastInsertId();
    }
    qCInfo(lcServer) << "kiosk" << kiosk << "calls for a clerk, call" << call.id;
    Q_EMIT changed();
    return call;
}

AssistanceResult<Done> AssistanceDesk::answer(qint64 id, const QString &staff, const QDateTime &now)
{
    bool answered = false;
    {
        std::lock_guard lock(m_mutex);
        auto update = m_db.prepare("UPDATE assistance_calls SET answered_by = ?2, answered_at = ?3 WHERE id = ?1 AND answered_at IS NULL");
        auto exists = m_db.prepare("SELECT count(*) FROM assistance_calls WHERE id = ?1");
        if (!update || !exists)
            return storageFailure();
        update->bind(1, id);
        update->bind(2, staff);
        update->bind(3, now.toMSecsSinceEpoch());
        if (!update->run())
            return storageFailure();
        answered = m_db.changes() == 1;
        exists->bind(1, id);
        if (!answered && (!exists->next() || exists->integer(0) == 0))
            return AssistanceError{AssistanceErrorCode::Unknown, ApiTr::tr("There is no call for a clerk with the number %1.").arg(id)};
    }
    if (answered) {
        qCInfo(lcServer) << "call" << id << "answered by" << staff;
        Q_EMIT changed();
    }
    return Done{};
}

} // namespace Madoguchi
