// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apivocabulary.h"

#include "common/enumnames.h"

namespace Madoguchi::Api {

namespace {

constexpr EnumName<CounterAction> kActions[] = {
    {CounterAction::CallNext, u"call-next"}, {CounterAction::Call, u"call"},     {CounterAction::Recall, u"recall"},
    {CounterAction::Start, u"start"},        {CounterAction::Finish, u"finish"}, {CounterAction::NoShow, u"no-show"},
    {CounterAction::Transfer, u"transfer"},  {CounterAction::Park, u"park"},     {CounterAction::Unpark, u"unpark"},
    {CounterAction::Pause, u"pause"},        {CounterAction::Open, u"open"},     {CounterAction::Close, u"close"},
};

constexpr EnumName<ErrorCode> kErrors[] = {
    {ErrorCode::BadRequest, u"bad-request"},
    {ErrorCode::HeaderTooLarge, u"header-too-large"},
    {ErrorCode::TooManyHeaders, u"too-many-headers"},
    {ErrorCode::HttpVersionNotSupported, u"http-version-not-supported"},
    {ErrorCode::NotImplemented, u"not-implemented"},
    {ErrorCode::PayloadTooLarge, u"payload-too-large"},
    {ErrorCode::ExpectationFailed, u"expectation-failed"},
    {ErrorCode::RequestTimeout, u"request-timeout"},
    {ErrorCode::UnsupportedMediaType, u"unsupported-media-type"},
    {ErrorCode::MalformedJson, u"malformed-json"},
    {ErrorCode::BadField, u"bad-field"},
    {ErrorCode::InvalidRequest, u"invalid-request"},
    {ErrorCode::NotFound, u"not-found"},
    {ErrorCode::MethodNotAllowed, u"method-not-allowed"},
    {ErrorCode::UnknownAction, u"unknown-action"},
    {ErrorCode::BadIdempotencyKey, u"bad-idempotency-key"},
    {ErrorCode::IdempotencyKeyReused, u"idempotency-key-reused"},
    {ErrorCode::RateLimited, u"rate-limited"},
    {ErrorCode::Unauthorized, u"unauthorized"},
    {ErrorCode::SessionEnded, u"session-ended"},
    {ErrorCode::Forbidden, u"forbidden"},
    {ErrorCode::LoginThrottled, u"login-throttled"},
    {ErrorCode::Exists, u"exists"},
    {ErrorCode::UnknownService, u"unknown-service"},
    {ErrorCode::UnknownCounter, u"unknown-counter"},
    {ErrorCode::UnknownVisit, u"unknown-visit"},
    {ErrorCode::UnknownTicket, u"unknown-ticket"},
    {ErrorCode::WrongState, u"wrong-state"},
    {ErrorCode::CounterNotOpen, u"counter-not-open"},
    {ErrorCode::CounterBusy, u"counter-busy"},
    {ErrorCode::CounterIdle, u"counter-idle"},
    {ErrorCode::NoneWaiting, u"none-waiting"},
    {ErrorCode::NotServedHere, u"not-served-here"},
    {ErrorCode::OfficeClosed, u"office-closed"},
    {ErrorCode::NumbersExhausted, u"numbers-exhausted"},
    {ErrorCode::AppointmentInvalid, u"appointment-invalid"},
    {ErrorCode::AppointmentPast, u"appointment-past"},
    {ErrorCode::AppointmentFull, u"appointment-full"},
    {ErrorCode::AppointmentUnknown, u"appointment-unknown"},
    {ErrorCode::AppointmentCancelled, u"appointment-cancelled"},
    {ErrorCode::AppointmentOtherDay, u"appointment-other-day"},
    {ErrorCode::AppointmentTooEarly, u"appointment-too-early"},
    {ErrorCode::AppointmentTooLate, u"appointment-too-late"},
    {ErrorCode::AppointmentCheckedIn, u"appointment-checked-in"},
    {ErrorCode::UnknownCall, u"unknown-call"},
    {ErrorCode::ChannelNotOffered, u"channel-not-offered"},
    {ErrorCode::InvalidAddress, u"invalid-address"},
    {ErrorCode::VisitClosed, u"visit-closed"},
    {ErrorCode::TooManySubscriptions, u"too-many-subscriptions"},
    {ErrorCode::InsecureTransport, u"insecure-transport"},
    {ErrorCode::ProfileUnreadable, u"profile-unreadable"},
    {ErrorCode::StorageFailure, u"storage-failure"},
    {ErrorCode::Internal, u"internal"},
};

constexpr EnumName<StreamMessage> kMessages[] = {
    {StreamMessage::Hello, u"hello"},           {StreamMessage::Events, u"events"}, {StreamMessage::Resync, u"resync"},
    {StreamMessage::Assistance, u"assistance"}, {StreamMessage::Error, u"error"},
};

} // namespace

QString apiName(CounterAction action)
{
    return nameOf(kActions, action);
}

QString apiName(ErrorCode code)
{
    return nameOf(kErrors, code);
}

QString apiName(StreamMessage message)
{
    return nameOf(kMessages, message);
}

std::optional<CounterAction> counterActionNamed(QStringView name)
{
    return valueOf(kActions, name);
}

std::optional<ErrorCode> errorCodeNamed(QStringView name)
{
    return valueOf(kErrors, name);
}

std::optional<StreamMessage> streamMessageNamed(QStringView name)
{
    return valueOf(kMessages, name);
}

QStringList counterActionNames()
{
    return namesOf(kActions);
}

QStringList errorCodeNames()
{
    return namesOf(kErrors);
}

QStringList streamMessageNames()
{
    return namesOf(kMessages);
}

} // namespace Madoguchi::Api
