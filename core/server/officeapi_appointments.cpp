// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "officeapi.h"

#include "acceptlanguage.h"
#include "jsonfields.h"

#include "appointment/appointmentmessages.h"
#include "common/clock.h"
#include "common/logging.h"
#include "common/translation.h"
#include "queue/queueengine.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

QJsonObject appointmentJson(const BookedAppointment &appointment)
{
    return {{u"code"_s, appointment.code},
            {u"service"_s, appointment.service},
            {u"due"_s, appointment.due.toUTC().toString(Qt::ISODateWithMs)},
            {u"language"_s, appointment.language},
            {u"state"_s, appointmentStateName(appointment.state)}};
}

} // namespace

HttpResponse OfficeApi::appointmentRefusal(const HttpRequest &request, const AppointmentError &error, const QString &code) const
{
    const OfficeConfig &office = m_engine.office();
    const QString language = bestLanguage(QString::fromLatin1(request.header("Accept-Language")), office.languages);
    const auto found =
        error.code == AppointmentErrorCode::StorageFailure ? AppointmentResult<BookedAppointment>(error) : m_appointments.find(code);
    const QString message = appointmentMessage(error.code, found ? &*found : nullptr, office, language, translationInto(language));
    return errorResponse(apiError(error, message));
}

HttpResponse OfficeApi::appointments(const HttpRequest &request, const Principal &, const QStringList &)
{
    const QString dayText = request.query.queryItemValue(u"day"_s);
    const QDate day = dayText.isEmpty() ? m_engine.office().officeDate(m_clock.now()) : QDate::fromString(dayText, Qt::ISODate);
    if (!day.isValid())
        return errorResponse({400, Api::ErrorCode::InvalidRequest, ApiTr::tr("The parameter 'day' must be a date (YYYY-MM-DD).")});
    const auto list = m_appointments.day(day);
    if (!list)
        return errorResponse(apiError(list.error(), list.error().message));
    QJsonArray items;
    for (const BookedAppointment &appointment : *list)
        items.append(appointmentJson(appointment));
    return jsonResponse({{u"day"_s, day.toString(Qt::ISODate)}, {u"appointments"_s, items}});
}

HttpResponse OfficeApi::book(const HttpRequest &request, const Principal &principal, const QStringList &)
{
    QJsonObject body;
    if (auto error = parseJsonBody(request, body))
        return errorResponse(*error);
    JsonFields fields(body);
    fields.allowOnly({u"service", u"due", u"language"});
    const QString service = fields.string(u"service", true, 32);
    const QDateTime due = QDateTime::fromString(fields.string(u"due", true, 40), Qt::ISODateWithMs);
    const QString language = fields.string(u"language", false, 16);
    if (!fields.error() && !due.isValid())
        fields.fail(ApiTr::tr("The field 'due' must be an ISO 8601 date and time."), 422);
    if (!fields.error() && !language.isEmpty() && !m_engine.office().languages.contains(language))
        fields.fail(ApiTr::tr("The field 'language' must be one of the office's languages."), 422);
    if (fields.error())
        return errorResponse(*fields.error());
    const auto booked = m_appointments.book(service, due, language, principal.actor(), m_clock.now());
    if (!booked)
        return errorResponse(apiError(booked.error(), booked.error().message));
    return jsonResponse(appointmentJson(*booked), 201);
}

HttpResponse OfficeApi::cancelAppointment(const HttpRequest &, const Principal &, const QStringList &args)
{
    const auto cancelled = m_appointments.cancel(args.first(), m_clock.now());
    if (!cancelled)
        return errorResponse(apiError(cancelled.error(), cancelled.error().message));
    return jsonResponse(appointmentJson(*cancelled));
}

HttpResponse OfficeApi::checkIn(const HttpRequest &request, const Principal &principal, const QStringList &args)
{
    QJsonObject body;
    if (!request.body.isEmpty()) {
        if (auto error = parseJsonBody(request, body))
            return errorResponse(*error);
    }
    JsonFields fields(body);
    fields.allowOnly({u"language", u"priority", u"needs"});
    IssueRequest issue;
    readVisitor(fields, issue);
    if (fields.error())
        return errorResponse(*fields.error());

    const QDateTime now = m_clock.now();
    const auto appointment = m_appointments.checkable(args.first(), now);
    if (!appointment)
        return appointmentRefusal(request, appointment.error(), args.first());
    issue.services = {appointment->service};
    if (issue.language.isEmpty())
        issue.language = appointment->language;
    issue.appointment = Appointment{appointment->code, appointment->due};
    issue.channel = principal.role == Role::Kiosk ? IssueChannel::Kiosk : IssueChannel::Staff;
    // The code is the key: checking in twice (a second scan, a retry) gives the same ticket.
    issue.requestKey = u"appointment|"_s + appointment->code;
    const auto visit = m_engine.issue(issue, principal.actor());
    if (!visit)
        return errorResponse(apiError(visit.error(), translationFor(request)));
    if (auto marked = m_appointments.markCheckedIn(appointment->code, now); !marked)
        qCWarning(lcServer) << "reservation checked in as" << visit->number << "but not marked:" << marked.error().message;
    return ticketResponse(request, *visit);
}

} // namespace Madoguchi
