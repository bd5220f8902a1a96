// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

namespace Madoguchi {

enum class QueueErrorCode {
    InvalidRequest, ///< the request itself is malformed (empty services, unknown language …)
    UnknownService,
    UnknownCounter,
    UnknownVisit,
    WrongState, ///< the visit or step is not in a state that allows the operation
    CounterNotOpen,
    CounterBusy, ///< the counter still holds a visitor
    CounterIdle, ///< the counter holds no visitor to act on
    NoneWaiting,
    NotServedHere, ///< the counter does not take that service
    OfficeClosed,
    NumbersExhausted,
    KeyReused,      ///< an idempotency key came back with a different request
    StorageFailure, ///< the change could not be made durable; nothing changed
};

using QueueError = Error<QueueErrorCode>;
template<typename T>
using QueueResult = Result<T, QueueErrorCode>;

/// A refusal of the queue told by its sentence: the message in the process's language, and the
/// sentence to tell it again in the language of whoever asked.
[[nodiscard]] inline QueueError queueError(QueueErrorCode code, const Sentence &sentence)
{
    return QueueError{code, sentence.text(), sentence};
}

} // namespace Madoguchi
