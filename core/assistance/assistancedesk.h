#pragma once

#include "assistancecall.h"
#include "common/result.h"
#include "config/officeconfig.h"
#include "store/queuestore.h"
#include "store/sqlitedatabase.h"

#include <QDateTime>
#include <QObject>

#include <memory>
#include <mutex>

namespace Madoguchi {

enum class AssistanceErrorCode { Unknown, StorageFailure };
using AssistanceError = Error<AssistanceErrorCode>;
template<typename T>
using AssistanceResult = Result<T, AssistanceErrorCode>;

/// Calls for a clerk from the kiosks, kept in the office database until a clerk answers them, so
/// that no call is forgotten across a restart. A kiosk has at most one open call: asking again
/// returns it. Calls of an earlier office day are no longer open. Safe to call from several threads;
/// changed() is emitted in the caller's thread.
class AssistanceDesk : public QObject
{
    Q_OBJECT
public:
    [[nodiscard]] static StoreResult<std::unique_ptr<AssistanceDesk>> open(const QString &path, const OfficeConfig &office);

    /// The kiosk's open call, made now when it has none.
    [[nodiscard]] AssistanceResult<AssistanceCall> request(const QString &kiosk, const QString &language, const QDateTime &now);
    /// A clerk answered the call (going to the kiosk). Answering an answered call changes nothing.
    [[nodiscard]] AssistanceResult<Done> answer(qint64 id, const QString &staff, const QDateTime &now);
    /// The unanswered calls of the office day of now, oldest first.
    [[nodiscard]] AssistanceResult<QList<AssistanceCall>> openCalls(const QDateTime &now) const;

Q_SIGNALS:
    /// A call was made or answered.
    void changed();

private:
    explicit AssistanceDesk(const OfficeConfig &office);
    [[nodiscard]] AssistanceError storageFailure() const;
    [[nodiscard]] AssistanceResult<QList<AssistanceCall>> openCallsLocked(const QDateTime &now) const;

    const OfficeConfig &m_office;
    mutable std::mutex m_mutex;
    mutable SqliteDatabase m_db;
};

} // namespace Madoguchi
