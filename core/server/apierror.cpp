#include "apierror.h"

#include "common/enumnames.h"
#include "common/translation.h"

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

struct QueueErrorHttp {
    QueueErrorCode code;
    int status;
    QStringView name;
};

constexpr QueueErrorHttp kQueueErrors[] = {
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

ApiError apiError(const QueueError &error)
{
    for (const QueueErrorHttp &row : kQueueErrors) {
        if (row.code == error.code)
            return ApiError{row.status, row.name.toString(), error.message};
    }
    return ApiError{500, u"internal"_s, error.message};
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
