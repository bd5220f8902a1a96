// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assistance/assistancecall.h"
#include "ports/storeresult.h"

#include <QDate>
#include <QList>

namespace Madoguchi {

/// The kiosk's open call for a clerk: the one it had, or one made now.
struct RequestedCall {
    AssistanceCall call;
    bool made = false;
};

/// What answering a call did.
enum class CallAnswer { Answered, AlreadyAnswered, Unknown };

/// Durable storage of the calls for a clerk. Every call either completes durably or changes
/// nothing; safe to call from several threads. Implementations run tests/core/assistancestorecontract.h.
class AssistanceStore
{
public:
    virtual ~AssistanceStore() = default;

    /// The kiosk's unanswered call of the office day, or a new one requested at `at`; one transaction.
    [[nodiscard]] virtual StoreResult<RequestedCall> request(const QString &kiosk, const QString &language, QDate day,
                                                             const QDateTime &at) = 0;
    /// Records that a clerk answered the call.
    [[nodiscard]] virtual StoreResult<CallAnswer> answer(qint64 id, const QString &staff, const QDateTime &at) = 0;
    /// The unanswered calls of an office day, oldest first.
    [[nodiscard]] virtual StoreResult<QList<AssistanceCall>> openCalls(QDate day) const = 0;
};

} // namespace Madoguchi
