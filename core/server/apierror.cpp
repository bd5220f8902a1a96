// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

#include "common/translation.h"

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

/// How one error code of an area is answered: its HTTP status and the API's code.
template<typename Code>
struct ErrorHttp {
    Code code;
    int status;
    Api::ErrorCode api;
};

template<typename Code, std::size_t N>
ApiError fromTable(const ErrorHttp<Code> (&table)[N], Code code, const QString &message)
{
    for (const ErrorHttp<Code> &row : table) {
        if (row.code == code)
            return ApiError{row.status, row.api, message};
    }
    return ApiError{500, Api::ErrorCode::Internal, message};
}

constexpr ErrorHttp<QueueErrorCode> kQueueErrors[] = {
    {QueueErrorCode::InvalidRequest, 422, Api::ErrorCode::InvalidRequest},
    {QueueErrorCode::UnknownService, 422, Api::ErrorCode::UnknownService},
    {QueueErrorCode::UnknownCounter, 404, Api::ErrorCode::UnknownCounter},
    {QueueErrorCode::UnknownVisit, 404, Api::ErrorCode::UnknownVisit},
    {QueueErrorCode::WrongState, 409, Api::ErrorCode::WrongState},
    {QueueErrorCode::CounterNotOpen, 409, Api::ErrorCode::CounterNotOpen},
    {QueueErrorCode::CounterBusy, 409, Api::ErrorCode::CounterBusy},
    {QueueErrorCode::CounterIdle, 409, Api::ErrorCode::CounterIdle},
    {QueueErrorCode::NoneWaiting, 409, Api::ErrorCode::NoneWaiting},
    {QueueErrorCode::NotServedHere, 409, Api::ErrorCode::NotServedHere},
    {QueueErrorCode::OfficeClosed, 409, Api::ErrorCode::OfficeClosed},
    {QueueErrorCode::NumbersExhausted, 409, Api::ErrorCode::NumbersExhausted},
    {QueueErrorCode::KeyReused, 422, Api::ErrorCode::IdempotencyKeyReused},
    {QueueErrorCode::StorageFailure, 503, Api::ErrorCode::StorageFailure},
};

constexpr ErrorHttp<AppointmentErrorCode> kAppointmentErrors[] = {
    {AppointmentErrorCode::Invalid, 422, Api::ErrorCode::AppointmentInvalid},
    {AppointmentErrorCode::Past, 409, Api::ErrorCode::AppointmentPast},
    {AppointmentErrorCode::Full, 409, Api::ErrorCode::AppointmentFull},
    {AppointmentErrorCode::Unknown, 404, Api::ErrorCode::AppointmentUnknown},
    {AppointmentErrorCode::Cancelled, 409, Api::ErrorCode::AppointmentCancelled},
    {AppointmentErrorCode::OtherDay, 409, Api::ErrorCode::AppointmentOtherDay},
    {AppointmentErrorCode::TooEarly, 409, Api::ErrorCode::AppointmentTooEarly},
    {AppointmentErrorCode::TooLate, 409, Api::ErrorCode::AppointmentTooLate},
    {AppointmentErrorCode::AlreadyCheckedIn, 409, Api::ErrorCode::AppointmentCheckedIn},
    {AppointmentErrorCode::StorageFailure, 503, Api::ErrorCode::StorageFailure},
};

constexpr ErrorHttp<AssistanceErrorCode> kAssistanceErrors[] = {
    {AssistanceErrorCode::Unknown, 404, Api::ErrorCode::UnknownCall},
    {AssistanceErrorCode::StorageFailure, 503, Api::ErrorCode::StorageFailure},
};

constexpr ErrorHttp<AuthErrorCode> kAuthErrors[] = {
    {AuthErrorCode::BadCredentials, 401, Api::ErrorCode::Unauthorized},
    {AuthErrorCode::StaleSession, 401, Api::ErrorCode::SessionEnded},
    {AuthErrorCode::Exists, 409, Api::ErrorCode::Exists},
    {AuthErrorCode::Invalid, 422, Api::ErrorCode::InvalidRequest},
    {AuthErrorCode::StorageFailure, 503, Api::ErrorCode::StorageFailure},
};

constexpr ErrorHttp<NoticeErrorCode> kNoticeErrors[] = {
    {NoticeErrorCode::NotOffered, 422, Api::ErrorCode::ChannelNotOffered},
    {NoticeErrorCode::InvalidAddress, 422, Api::ErrorCode::InvalidAddress},
    {NoticeErrorCode::Closed, 409, Api::ErrorCode::VisitClosed},
    {NoticeErrorCode::TooMany, 409, Api::ErrorCode::TooManySubscriptions},
    {NoticeErrorCode::StorageFailure, 503, Api::ErrorCode::StorageFailure},
};

constexpr ErrorHttp<ProfileErrorCode> kProfileErrors[] = {
    {ProfileErrorCode::BadValue, 422, Api::ErrorCode::BadField},
    {ProfileErrorCode::NoSuchValue, 422, Api::ErrorCode::InvalidRequest},
    {ProfileErrorCode::Unreadable, 500, Api::ErrorCode::ProfileUnreadable},
    {ProfileErrorCode::StorageFailure, 503, Api::ErrorCode::StorageFailure},
};

} // namespace

HttpResponse errorResponse(const ApiError &error)
{
    HttpResponse response = jsonResponse(
        QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, Api::apiName(error.code)}, {u"message"_s, error.message}}}}, error.status);
    if (error.status == 401)
        response.addHeader("WWW-Authenticate", "Bearer");
    return response;
}

HttpResponse jsonResponse(const QJsonObject &object, int status)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "application/json; charset=utf-8";
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

ApiError apiError(const QueueError &error, const TranslateFunction &translate)
{
    return fromTable(kQueueErrors, error.code, error.sentence.isEmpty() ? error.message : error.sentence.text(translate));
}

ApiError apiError(const AppointmentError &error, const QString &message)
{
    return fromTable(kAppointmentErrors, error.code, message);
}

ApiError apiError(const AssistanceError &error)
{
    return fromTable(kAssistanceErrors, error.code, error.message);
}

ApiError apiError(const AuthError &error)
{
    return fromTable(kAuthErrors, error.code, error.message);
}

ApiError apiError(const NoticeError &error)
{
    return fromTable(kNoticeErrors, error.code, error.message);
}

ApiError apiError(const ProfileError &error, const TranslateFunction &translate)
{
    if (error.sentence.isEmpty())
        return fromTable(kProfileErrors, error.code, error.message);
    const QString told = error.sentence.text(translate);
    return fromTable(kProfileErrors, error.code, error.field.isEmpty() ? told : error.field + u": "_s + told);
}

ApiError unknownTicket()
{
    return ApiError{404, Api::ErrorCode::UnknownTicket, ApiTr::tr("No ticket has this link; it may belong to an earlier day.")};
}

} // namespace Madoguchi
