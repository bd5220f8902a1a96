// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appointmentmessages.h"

#include <QCoreApplication>
#include <QLocale>

namespace Madoguchi {

namespace {

constexpr const char *kContext = "Madoguchi::Appointment";

const char *source(AppointmentErrorCode code)
{
    switch (code) {
    case AppointmentErrorCode::Invalid:
        return QT_TRANSLATE_NOOP("Madoguchi::Appointment", "This service does not take reservations at that time.");
    case AppointmentErrorCode::Past:
        return QT_TRANSLATE_NOOP("Madoguchi::Appointment", "That time has already begun. Please choose a later time.");
    case AppointmentErrorCode::Full:
        return QT_TRANSLATE_NOOP("Madoguchi::Appointment", "That time is fully booked. Please choose another time.");
    case AppointmentErrorCode::Unknown:
        return QT_TRANSLATE_NOOP("Madoguchi::Appointment",
                                 "There is no reservation with this code. Please check the code, or take a ticket.");
    case AppointmentErrorCode::Cancelled:
        return QT_TRANSLATE_NOOP("Madoguchi::Appointment", "This reservation was cancelled. Please take a ticket.");
    case AppointmentErrorCode::OtherDay:
        return QT_TRANSLATE_NOOP("Madoguchi::Appointment", "Your reservation is on %1 at %2. Please come on that day.");
    case AppointmentErrorCode::TooEarly:
        return QT_TRANSLATE_NOOP("Madoguchi::Appointment", "Your reservation is at %1. Please check in from %2.");
    case AppointmentErrorCode::TooLate:
        return QT_TRANSLATE_NOOP("Madoguchi::Appointment", "The time of your reservation (%1) has passed. Please take a ticket.");
    case AppointmentErrorCode::AlreadyCheckedIn:
        return QT_TRANSLATE_NOOP("Madoguchi::Appointment", "This reservation has already checked in.");
    case AppointmentErrorCode::StorageFailure:
        return QT_TRANSLATE_NOOP("Madoguchi::Appointment", "The reservation could not be saved. Please try again.");
    }
    return "";
}

QLocale localeOf(const QString &language)
{
    return QLocale(language == QLatin1String("ja-x-easy") ? QStringLiteral("ja") : language);
}

} // namespace

QString appointmentMessage(AppointmentErrorCode code, const BookedAppointment *appointment, const OfficeConfig &office,
                           const QString &language, const TranslateFunction &translate)
{
    QString text = translate(kContext, source(code));
    if (!appointment || !text.contains(QLatin1String("%1")))
        return text;
    const QLocale locale = localeOf(language);
    const QDateTime due = appointment->due.toTimeZone(office.timeZone);
    const QString time = locale.toString(due.time(), u"HH:mm");
    switch (code) {
    case AppointmentErrorCode::OtherDay: return text.arg(locale.toString(due.date(), QLocale::LongFormat), time);
    case AppointmentErrorCode::TooEarly:
        return text.arg(time, locale.toString(due.addSecs(-60LL * office.appointments.checkInEarlyMinutes).time(), u"HH:mm"));
    default: return text.arg(time);
    }
}

QString appointmentMessage(AppointmentErrorCode code, const BookedAppointment *appointment, const OfficeConfig &office)
{
    return appointmentMessage(code, appointment, office, QLocale().name(), processTranslation);
}

} // namespace Madoguchi
