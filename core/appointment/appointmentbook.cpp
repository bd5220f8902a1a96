// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appointmentbook.h"

#include "appointmentmessages.h"

#include "common/logging.h"
#include "ports/appointmentstore.h"
#include "scan/reservationcode.h"

#include <QRandomGenerator>

#include <array>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

QString randomCode()
{
    std::array<quint8, 7> values{};
    for (quint8 &value : values)
        value = quint8(QRandomGenerator::system()->bounded(32)); // the system's cryptographic source
    return reservationCodeFromValues(values);
}

} // namespace

AppointmentBook::AppointmentBook(const OfficeConfig &office, std::unique_ptr<AppointmentStore> store)
    : m_office(office)
    , m_store(std::move(store))
{
}

AppointmentBook::~AppointmentBook() = default;

AppointmentError AppointmentBook::storageFailure(const QString &detail) const
{
    return AppointmentError{AppointmentErrorCode::StorageFailure,
                            appointmentMessage(AppointmentErrorCode::StorageFailure, nullptr, m_office) + u' ' + detail};
}

std::optional<AppointmentError> AppointmentBook::slotProblem(const ServiceConfig *service, const QString &code, const QDateTime &due) const
{
    const qint64 slotMsecs = 60'000LL * m_office.appointments.slotMinutes;
    const QDateTime local = due.toTimeZone(m_office.timeZone);
    const qint64 sinceMidnight = local.time().msecsSinceStartOfDay();
    const bool onGrid = due.isValid() && sinceMidnight % slotMsecs == 0;
    const bool open = onGrid && m_office.hours.isOpenAt(due, m_office.timeZone)
        && m_office.hours.isOpenAt(due.addMSecs(slotMsecs - 60'000), m_office.timeZone);
    if (!service || service->appointmentsPerSlot <= 0 || !open) {
        qCInfo(lcServer) << "no reservations for" << code << "at" << due;
        return AppointmentError{AppointmentErrorCode::Invalid, appointmentMessage(AppointmentErrorCode::Invalid, nullptr, m_office)};
    }
    return std::nullopt;
}

AppointmentResult<int> AppointmentBook::freePlaces(const QString &service, const QDateTime &due) const
{
    const ServiceConfig *config = m_office.service(service);
    if (auto problem = slotProblem(config, service, due))
        return *problem;
    const auto taken = m_store->taken(service, due);
    if (!taken)
        return storageFailure(taken.error().message);
    return std::max(0, config->appointmentsPerSlot - *taken);
}

AppointmentResult<BookedAppointment> AppointmentBook::book(const QString &service, const QDateTime &due, const QString &language,
                                                           const QString &actor, const QDateTime &now)
{
    const ServiceConfig *config = m_office.service(service);
    if (auto problem = slotProblem(config, service, due))
        return *problem;
    if (due <= now)
        return AppointmentError{AppointmentErrorCode::Past, appointmentMessage(AppointmentErrorCode::Past, nullptr, m_office)};
    const QString visitorLanguage = m_office.languages.contains(language) ? language : m_office.languages.first();
    const NewAppointment wanted{service, due, m_office.officeDate(due), visitorLanguage, actor, now};
    const auto booked = m_store->bookIfRoom(wanted, config->appointmentsPerSlot, randomCode);
    if (!booked)
        return storageFailure(booked.error().message);
    if (!*booked)
        return AppointmentError{AppointmentErrorCode::Full, appointmentMessage(AppointmentErrorCode::Full, nullptr, m_office)};
    // The code is the visitor's key to the reservation: it is never logged.
    qCInfo(lcServer) << "reservation booked for" << service << "at" << due.toString(Qt::ISODate) << "by" << actor;
    return **booked;
}

AppointmentResult<BookedAppointment> AppointmentBook::findCanonical(const QString &canonicalCode) const
{
    const auto found = m_store->find(canonicalCode);
    if (!found)
        return storageFailure(found.error().message);
    if (!*found)
        return AppointmentError{AppointmentErrorCode::Unknown, appointmentMessage(AppointmentErrorCode::Unknown, nullptr, m_office)};
    return **found;
}

AppointmentResult<BookedAppointment> AppointmentBook::find(const QString &code) const
{
    const auto canonical = normalizedReservationCode(code);
    if (!canonical || !reservationCodeCheckDigitValid(*canonical))
        return AppointmentError{AppointmentErrorCode::Unknown, appointmentMessage(AppointmentErrorCode::Unknown, nullptr, m_office)};
    return findCanonical(*canonical);
}

AppointmentResult<BookedAppointment> AppointmentBook::checkable(const QString &code, const QDateTime &now) const
{
    auto found = find(code);
    if (!found)
        return found;
    const auto refuse = [&](AppointmentErrorCode why) { return AppointmentError{why, appointmentMessage(why, &*found, m_office)}; };
    if (found->state == AppointmentState::Cancelled)
        return refuse(AppointmentErrorCode::Cancelled);
    if (found->state == AppointmentState::CheckedIn)
        return found;
    if (m_office.officeDate(found->due) != m_office.officeDate(now))
        return refuse(AppointmentErrorCode::OtherDay);
    if (now < found->due.addSecs(-60LL * m_office.appointments.checkInEarlyMinutes))
        return refuse(AppointmentErrorCode::TooEarly);
    if (now > found->due.addSecs(60LL * m_office.appointments.checkInLateMinutes))
        return refuse(AppointmentErrorCode::TooLate);
    return found;
}

AppointmentResult<Done> AppointmentBook::markCheckedIn(const QString &code, const QDateTime &now)
{
    auto found = findCanonical(code);
    if (!found)
        return found.error();
    if (found->state == AppointmentState::Booked) {
        const auto changed = m_store->changeState(code, AppointmentState::Booked, AppointmentState::CheckedIn, now);
        if (!changed)
            return storageFailure(changed.error().message);
        if (!*changed) // changed meanwhile: checked in by another kiosk is fine, cancelled is not
            return findCanonical(code).value_or(BookedAppointment{}).state == AppointmentState::CheckedIn
                ? AppointmentResult<Done>(Done{})
                : AppointmentError{AppointmentErrorCode::Cancelled, appointmentMessage(AppointmentErrorCode::Cancelled, &*found, m_office)};
    }
    return Done{};
}

AppointmentResult<BookedAppointment> AppointmentBook::cancel(const QString &code, const QDateTime &now)
{
    const auto canonical = normalizedReservationCode(code).value_or(QString());
    auto found = findCanonical(canonical);
    if (!found)
        return found;
    if (found->state == AppointmentState::CheckedIn)
        return AppointmentError{AppointmentErrorCode::AlreadyCheckedIn,
                                appointmentMessage(AppointmentErrorCode::AlreadyCheckedIn, nullptr, m_office)};
    if (found->state == AppointmentState::Booked) {
        const auto changed = m_store->changeState(canonical, AppointmentState::Booked, AppointmentState::Cancelled, now);
        if (!changed)
            return storageFailure(changed.error().message);
        if (!*changed) // checked in meanwhile
            return cancel(code, now);
        qCInfo(lcServer) << "reservation for" << found->service << "at" << found->due.toString(Qt::ISODate) << "cancelled";
        BookedAppointment cancelled = *found;
        cancelled.state = AppointmentState::Cancelled;
        return cancelled;
    }
    return found;
}

AppointmentResult<QList<BookedAppointment>> AppointmentBook::day(QDate day) const
{
    auto list = m_store->day(day);
    if (!list)
        return storageFailure(list.error().message);
    return *list;
}

} // namespace Madoguchi
