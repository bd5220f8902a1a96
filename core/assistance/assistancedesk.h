// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assistancecall.h"
#include "common/result.h"
#include "config/officeconfig.h"

#include <QDateTime>
#include <QObject>

#include <memory>

namespace Madoguchi {

class AssistanceStore;

enum class AssistanceErrorCode { Unknown, StorageFailure };
using AssistanceError = Error<AssistanceErrorCode>;
template<typename T>
using AssistanceResult = Result<T, AssistanceErrorCode>;

/// Calls for a clerk from the kiosks, kept by an AssistanceStore until a clerk answers them, so
/// that no call is forgotten across a restart. A kiosk has at most one open call: asking again
/// returns it. Calls of an earlier office day are no longer open. Safe to call from several threads;
/// changed() is emitted in the caller's thread.
class AssistanceDesk : public QObject
{
    Q_OBJECT
public:
    AssistanceDesk(const OfficeConfig &office, std::unique_ptr<AssistanceStore> store);
    ~AssistanceDesk() override;

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
    [[nodiscard]] static AssistanceError storageFailure(const QString &detail);

    const OfficeConfig &m_office;
    std::unique_ptr<AssistanceStore> m_store;
};

} // namespace Madoguchi
