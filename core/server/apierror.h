// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include "api/apivocabulary.h"

#include "appointment/appointmentbook.h"
#include "assistance/assistancedesk.h"
#include "auth/credentials.h"
#include "notify/noticebook.h"
#include "profile/profilebook.h"
#include "queue/queueerror.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Madoguchi {

/// A failed API call: HTTP status, a stable machine code (Api::ErrorCode, "counter-busy" on the wire)
/// and a sentence for a person.
struct ApiError {
    int status = 400;
    Api::ErrorCode code = Api::ErrorCode::InvalidRequest;
    QString message;
};

/// The error body {"error": {"code", "message"}} with the error's status.
[[nodiscard]] HttpResponse errorResponse(const ApiError &error);
/// A JSON body with a status.
[[nodiscard]] HttpResponse jsonResponse(const QJsonObject &object, int status = 200);
/// How a queue refusal is answered over HTTP, its message told through translate (the language of
/// whoever asked; the process's by default).
[[nodiscard]] ApiError apiError(const QueueError &error, const TranslateFunction &translate = processTranslation);
/// How an authentication failure is answered over HTTP.
[[nodiscard]] ApiError apiError(const AuthError &error);
/// How a refused notice subscription is answered over HTTP.
[[nodiscard]] ApiError apiError(const NoticeError &error);
/// How a refused reservation is answered over HTTP, with the message to give (e.g. in the visitor's language).
[[nodiscard]] ApiError apiError(const AppointmentError &error, const QString &message);
/// How a failed call for a clerk is answered over HTTP.
[[nodiscard]] ApiError apiError(const AssistanceError &error);
/// How a refused read or change of a profile is answered over HTTP, its message told through translate.
[[nodiscard]] ApiError apiError(const ProfileError &error, const TranslateFunction &translate = processTranslation);
/// The answer for a public token that matches no visit.
[[nodiscard]] ApiError unknownTicket();

} // namespace Madoguchi
