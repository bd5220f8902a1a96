// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QStringView>

#include <optional>

/// The names API v1 speaks, each defined once: the server answers with them, the client reads them,
/// QML uses the enums (as `Api.CallNext`), and resources/web/openapi.json lists the same names (a
/// test compares them). The names themselves are stable: integrators' clients depend on them.
/// (The queue's event types are the domain's EventType, queue/event.h, named the same way.)
namespace Madoguchi::Api {
Q_NAMESPACE

/// What a clerk does at a counter: POST /counters/{n}/{action}.
enum class CounterAction : quint8 {
    CallNext, ///< call-next
    Call,     ///< call {number}: a chosen visitor
    Recall,
    Start,
    Finish,   ///< finish {outcome}
    NoShow,   ///< no-show
    Transfer, ///< transfer {service, counter, keepPlace}
    Park,
    Unpark, ///< unpark {number}
    Pause,
    Open,
    Close,
};
Q_ENUM_NS(CounterAction)

/// The machine code of a refusal, {"error": {"code", "message"}}: what a client may act on.
enum class ErrorCode : quint8 {
    // the request itself
    BadRequest,
    HeaderTooLarge,
    TooManyHeaders,
    HttpVersionNotSupported,
    NotImplemented,
    PayloadTooLarge,
    ExpectationFailed,
    RequestTimeout,
    UnsupportedMediaType,
    MalformedJson,
    BadField,
    InvalidRequest,
    NotFound,
    MethodNotAllowed,
    UnknownAction,
    BadIdempotencyKey,
    IdempotencyKeyReused,
    RateLimited,
    // who asks
    Unauthorized,
    SessionEnded,
    Forbidden,
    LoginThrottled,
    Exists,
    // the queue
    UnknownService,
    UnknownCounter,
    UnknownVisit,
    UnknownTicket,
    WrongState,
    CounterNotOpen,
    CounterBusy,
    CounterIdle,
    NoneWaiting,
    NotServedHere,
    OfficeClosed,
    NumbersExhausted,
    // reservations
    AppointmentInvalid,
    AppointmentPast,
    AppointmentFull,
    AppointmentUnknown,
    AppointmentCancelled,
    AppointmentOtherDay,
    AppointmentTooEarly,
    AppointmentTooLate,
    AppointmentCheckedIn,
    // calls for a clerk and notices
    UnknownCall,
    ChannelNotOffered,
    InvalidAddress,
    VisitClosed,
    TooManySubscriptions,
    // profiles
    InsecureTransport,
    ProfileUnreadable,
    // the server
    StorageFailure,
    Internal,
};
Q_ENUM_NS(ErrorCode)

/// The kinds of message on the queue's event stream (/events): {"type": …}.
enum class StreamMessage : quint8 {
    Hello,      ///< the connection is accepted: role, lastEvent
    Events,     ///< queue events {events, replayed}
    Resync,     ///< the events of a gap cannot all be replayed: read everything again
    Assistance, ///< the open calls for a clerk {calls}
    Error,      ///< the token was refused {error}; the stream ends
};
Q_ENUM_NS(StreamMessage)

/// The name of a value in the API ("call-next", "counter-busy", "hello").
[[nodiscard]] QString apiName(CounterAction action);
[[nodiscard]] QString apiName(ErrorCode code);
[[nodiscard]] QString apiName(StreamMessage message);

/// The value a name stands for; nothing for a name the API does not know.
[[nodiscard]] std::optional<CounterAction> counterActionNamed(QStringView name);
[[nodiscard]] std::optional<ErrorCode> errorCodeNamed(QStringView name);
[[nodiscard]] std::optional<StreamMessage> streamMessageNamed(QStringView name);

/// Every name of each kind, in the enum's order (for documents, messages and tests).
[[nodiscard]] QStringList counterActionNames();
[[nodiscard]] QStringList errorCodeNames();
[[nodiscard]] QStringList streamMessageNames();

} // namespace Madoguchi::Api

namespace Madoguchi {
using Api::CounterAction;
} // namespace Madoguchi
