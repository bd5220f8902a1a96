#include "appointmentbook.h"

#include "appointmentmessages.h"

#include "common/enumnames.h"
#include "common/logging.h"
#include "scan/reservationcode.h"
#include "store/queueschema.h"

#include <sodium.h>
#include <sqlite3.h>

#include <array>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

constexpr EnumName<AppointmentState> kStateNames[] = {
    {AppointmentState::Booked, u"booked"},
    {AppointmentState::CheckedIn, u"checked-in"},
    {AppointmentState::Cancelled, u"cancelled"},
};

QString randomCode()
{
    std::array<quint8, 7> values{};
    for (quint8 &value : values)
        value = quint8(randombytes_uniform(32));
    return reservationCodeFromValues(values);
}

} // namespace

QString appointmentStateName(AppointmentState state)
{
    return nameOf(kStateNames, state);
}

AppointmentBook::AppointmentBook(const OfficeConfig &office)
    : m_office(office)
{
}

StoreResult<std::unique_ptr<AppointmentBook>> AppointmentBook::open(const QString &path, const OfficeConfig &office)
{
    std::unique_ptr<AppointmentBook> book(new AppointmentBook(office));
    if (auto opened = queueSchema().open(book->m_db, path); !opened)
        return opened.error();
    return book;
}

AppointmentError AppointmentBook::storageFailure() const
{
    return AppointmentError{AppointmentErrorCode::StorageFailure,
                            appointmentMessage(AppointmentErrorCode::StorageFailure, nullptr, m_office) + u' '
                                + explainSqliteCode(m_db.errorCode())};
}

std::optional<AppointmentError> AppointmentBook::slotProblem(const ServiceConfig *service, const QString &code,
                                                             const QDateTime &due) const
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

AppointmentResult<int> AppointmentBook::freePlacesLocked(const ServiceConfig &service, const QDateTime &due) const
{
    auto taken = m_db.prepare("SELECT count(*) FROM appointments WHERE service = ?1 AND due = ?2 AND state <> 'cancelled'");
    if (!taken)
        return storageFailure();
    taken->bind(1, service.code);
    taken->bind(2, due.toMSecsSinceEpoch());
    if (!taken->next())
        return storageFailure();
    return std::max(0, service.appointmentsPerSlot - int(taken->integer(0)));
}

AppointmentResult<int> AppointmentBook::freePlaces(const QString &service, const QDateTime &due) const
{
    const ServiceConfig *config = m_office.service(service);
    if (auto problem = slotProblem(config, service, due))
        return *problem;
    std::lock_guard lock(m_mutex);
    return freePlacesLocked(*config, due);
}

AppointmentResult<BookedAppointment> AppointmentBook::book(const QString &service, const QDateTime &due,
                                                          const QString &language, const QString &actor,
                                                          const QDateTime &now)
{
    const ServiceConfig *config = m_office.service(service);
    if (auto problem = slotProblem(config, service, due))
        return *problem;
    if (due <= now)
        return AppointmentError{AppointmentErrorCode::Past, appointmentMessage(AppointmentErrorCode::Past, nullptr, m_office)};
    const QString visitorLanguage = m_office.languages.contains(language) ? language : m_office.languages.first();
    std::lock_guard lock(m_mutex);
    if (m_db.exec("BEGIN IMMEDIATE") != SQLITE_OK)
        return storageFailure();
    const auto free = freePlacesLocked(*config, due);
    if (!free || *free == 0) {
        m_db.exec("ROLLBACK");
        if (!free)
            return free.error();
        return AppointmentError{AppointmentErrorCode::Full, appointmentMessage(AppointmentErrorCode::Full, nullptr, m_office)};
    }
    auto insert = m_db.prepare("INSERT INTO appointments (code, service, due, day, language, state, booked_at, booked_by) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, 'booked', ?6, ?7) ON CONFLICT (code) DO NOTHING");
    BookedAppointment booked{QString(), service, due.toUTC(), visitorLanguage, AppointmentState::Booked};
    bool inserted = false;
    for (int attempt = 0; insert && !inserted && attempt < 8; ++attempt) {
        booked.code = randomCode();
        insert->bind(1, booked.code);
        insert->bind(2, service);
        insert->bind(3, due.toMSecsSinceEpoch());
        insert->bind(4, m_office.officeDate(due).toString(Qt::ISODate));
        insert->bind(5, visitorLanguage);
        insert->bind(6, now.toMSecsSinceEpoch());
        insert->bind(7, actor);
        inserted = insert->run() && m_db.changes() == 1;
    }
    if (!inserted || m_db.exec("COMMIT") != SQLITE_OK) {
        const AppointmentError failure = storageFailure();
        m_db.exec("ROLLBACK");
        return failure;
    }
    // The code is the visitor's key to the reservation: it is never logged.
    qCInfo(lcServer) << "reservation booked for" << service << "at" << due.toString(Qt::ISODate) << "by" << actor;
    return booked;
}

AppointmentResult<BookedAppointment> AppointmentBook::findLocked(const QString &canonicalCode) const
{
    auto select = m_db.prepare("SELECT service, due, language, state FROM appointments WHERE code = ?1");
    if (!select)
        return storageFailure();
    select->bind(1, canonicalCode);
    if (!select->next()) {
        if (select->errorCode() != SQLITE_DONE)
            return storageFailure();
        return AppointmentError{AppointmentErrorCode::Unknown, appointmentMessage(AppointmentErrorCode::Unknown, nullptr, m_office)};
    }
    return BookedAppointment{canonicalCode, select->text(0), QDateTime::fromMSecsSinceEpoch(select->integer(1), Qt::UTC),
                             select->text(2), valueOf(kStateNames, select->text(3)).value_or(AppointmentState::Cancelled)};
}

AppointmentResult<BookedAppointment> AppointmentBook::find(const QString &code) const
{
    const auto canonical = normalizedReservationCode(code);
    if (!canonical || !reservationCodeCheckDigitValid(*canonical))
        return AppointmentError{AppointmentErrorCode::Unknown, appointmentMessage(AppointmentErrorCode::Unknown, nullptr, m_office)};
    std::lock_guard lock(m_mutex);
    return findLocked(*canonical);
}

AppointmentResult<BookedAppointment> AppointmentBook::checkable(const QString &code, const QDateTime &now) const
{
    auto found = find(code);
    if (!found)
        return found;
    const auto refuse = [&](AppointmentErrorCode why) {
        return AppointmentError{why, appointmentMessage(why, &*found, m_office)};
    };
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

void AppointmentBook::setState(const QString &code, AppointmentState state, const QDateTime &now)
{
    auto update = m_db.prepare("UPDATE appointments SET state = ?2, changed_at = ?3 WHERE code = ?1");
    if (!update)
        return;
    update->bind(1, code);
    update->bind(2, appointmentStateName(state));
    update->bind(3, now.toMSecsSinceEpoch());
    (void)update->run();
}

AppointmentResult<Done> AppointmentBook::markCheckedIn(const QString &code, const QDateTime &now)
{
    std::lock_guard lock(m_mutex);
    auto found = findLocked(code);
    if (!found)
        return found.error();
    if (found->state == AppointmentState::Booked) {
        setState(code, AppointmentState::CheckedIn, now);
        if (m_db.changes() != 1)
            return storageFailure();
    }
    return Done{};
}

AppointmentResult<BookedAppointment> AppointmentBook::cancel(const QString &code, const QDateTime &now)
{
    const auto canonical = normalizedReservationCode(code).value_or(QString());
    std::lock_guard lock(m_mutex);
    auto found = findLocked(canonical);
    if (!found)
        return found;
    if (found->state == AppointmentState::CheckedIn)
        return AppointmentError{AppointmentErrorCode::AlreadyCheckedIn,
                                appointmentMessage(AppointmentErrorCode::AlreadyCheckedIn, nullptr, m_office)};
    if (found->state == AppointmentState::Booked) {
        setState(canonical, AppointmentState::Cancelled, now);
        if (m_db.changes() != 1)
            return storageFailure();
        qCInfo(lcServer) << "reservation for" << found->service << "at" << found->due.toString(Qt::ISODate) << "cancelled";
        BookedAppointment cancelled = *found;
        cancelled.state = AppointmentState::Cancelled;
        return cancelled;
    }
    return found;
}

AppointmentResult<QList<BookedAppointment>> AppointmentBook::day(QDate day) const
{
    std::lock_guard lock(m_mutex);
    auto select = m_db.prepare("SELECT code, service, due, language, state FROM appointments WHERE day = ?1 ORDER BY due, code");
    if (!select)
        return storageFailure();
    select->bind(1, day.toString(Qt::ISODate));
    QList<BookedAppointment> list;
    while (select->next())
        list.append({select->text(0), select->text(1), QDateTime::fromMSecsSinceEpoch(select->integer(2), Qt::UTC), select->text(3),
                     valueOf(kStateNames, select->text(4)).value_or(AppointmentState::Cancelled)});
    if (select->errorCode() != SQLITE_DONE)
        return storageFailure();
    return list;
}

} // namespace Madoguchi
