// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

#include "common/enumnames.h"
#include "common/translation.h"

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

/// How one error code of an area is answered: its HTTP status and stable name.
template<typename Code>
struct ErrorHttp {
    Code code;
    int status;
    QStringView name;
};

template<typename Code, std::size_t N>
ApiError fromTable(const ErrorHttp<Code> (&table)[N], Code code, const QString &message)
{
    for (const ErrorHttp<Code> &row : table) {
        if (row.code == code)
            return ApiError{row.status, row.name.toString(), message};
    }
    return ApiError{500, u"internal"_s, message};
}

constexpr ErrorHttp<QueueErrorCode> kQueueErrors[] = {
    {QueueErrorCode::InvalidRequest, 422, u"invalid-request"},
    {QueueErrorCode::UnknownService, 422, u"unknown-service"},
    {QueueErrorCode::UnknownCounter, 404, u"unknown-counter"},
    {QueueErrorCode::UnknownVisit, 404, u"unknown-visit"},
    {QueueErrorCode::WrongState, 409, u"wrong-state"},
    {QueueErrorCode::CounterNotOpen, 409, u"counter-not-open"},
    {QueueErrorCode::CounterBusy, 409, u"counter-busy"},
    {QueueErrorCode::CounterIdle, 409, u"counter-idle"},
    {QueueErrorCode::NoneWaiting, 409, u"none-waiting"},
    {QueueErrorCode::NotServedHere, 409, u"not-served-here"},
    {QueueErrorCode::OfficeClosed, 409, u"office-closed"},
    {QueueErrorCode::NumbersExhausted, 409, u"numbers-exhausted"},
    {QueueErrorCode::KeyReused, 422, u"idempotency-key-reused"},
    {QueueErrorCode::StorageFailure, 503, u"storage-failure"},
};

constexpr ErrorHttp<AppointmentErrorCode> kAppointmentErrors[] = {
    {AppointmentErrorCode::Invalid, 422, u"appointment-invalid"},
    {AppointmentErrorCode::Past, 409, u"appointment-past"},
    {AppointmentErrorCode::Full, 409, u"appointment-full"},
    {AppointmentErrorCode::Unknown, 404, u"appointment-unknown"},
    {AppointmentErrorCode::Cancelled, 409, u"appointment-cancelled"},
    {AppointmentErrorCode::OtherDay, 409, u"appointment-other-day"},
    {AppointmentErrorCode::TooEarly, 409, u"appointment-too-early"},
    {AppointmentErrorCode::TooLate, 409, u"appointment-too-late"},
    {AppointmentErrorCode::AlreadyCheckedIn, 409, u"appointment-checked-in"},
    {AppointmentErrorCode::StorageFailure, 503, u"storage-failure"},
};

constexpr ErrorHttp<AssistanceErrorCode> kAssistanceErrors[] = {
    {AssistanceErrorCode::Unknown, 404, u"unknown-call"},
    {AssistanceErrorCode::StorageFailure, 503, u"storage-failure"},
};

constexpr EnumName<AuthErrorCode> kAuthErrorNames[] = {
    {AuthErrorCode::BadCredentials, u"unauthorized"}, {AuthErrorCode::StaleSession, u"session-ended"},
    {AuthErrorCode::Exists, u"exists"},               {AuthErrorCode::Invalid, u"invalid-request"},
    {AuthErrorCode::StorageFailure, u"storage-failure"},
};

} // namespace

HttpResponse errorResponse(const ApiError &error)
{
    HttpResponse response = jsonResponse(QJsonObject{{u"error"_s, QJsonObject{{u"code"_s, error.code}, {u"message"_s, error.message}}}},
                                         error.status);
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
    const int status = error.code == AuthErrorCode::StorageFailure ? 503
                     : error.code == AuthErrorCode::Invalid        ? 422
                     : error.code == AuthErrorCode::Exists         ? 409
                                                                   : 401;
    return ApiError{status, nameOf(kAuthErrorNames, error.code), error.message};
}

ApiError apiError(const NoticeError &error)
{
    switch (error.code) {
    case NoticeErrorCode::NotOffered:
        return ApiError{422, u"channel-not-offered"_s, error.message};
    case NoticeErrorCode::InvalidAddress:
        return ApiError{422, u"invalid-address"_s, error.message};
    case NoticeErrorCode::Closed:
        return ApiError{409, u"visit-closed"_s, error.message};
    case NoticeErrorCode::TooMany:
        return ApiError{409, u"too-many-subscriptions"_s, error.message};
    case NoticeErrorCode::StorageFailure:
        break;
    }
    return ApiError{503, u"storage-failure"_s, error.message};
}

ApiError unknownTicket()
{
    return ApiError{404, u"unknown-ticket"_s, ApiTr::tr("No ticket has this link; it may belong to an earlier day.")};
}

} // namespace Madoguchi
