#pragma once

#include "common/result.h"
#include "config/officeconfig.h"
#include "store/queuestore.h"
#include "store/sqlitedatabase.h"

#include <QDateTime>

#include <memory>
#include <mutex>

namespace Madoguchi {

/// Where a reservation stands.
enum class AppointmentState : quint8 { Booked, CheckedIn, Cancelled };

[[nodiscard]] QString appointmentStateName(AppointmentState state);

/// A reserved slot (予約): a service at a time, for a visitor who checks in with the code. No
/// personal data: the code is all that links the visitor to it.
struct BookedAppointment {
    QString code;      ///< check-in code, canonical ("7K3M-Q2P7")
    QString service;
    QDateTime due;     ///< the slot's start
    QString language;  ///< the visitor's language, for the ticket and the call
    AppointmentState state = AppointmentState::Booked;
    friend bool operator==(const BookedAppointment &, const BookedAppointment &) = default;
};

enum class AppointmentErrorCode {
    Invalid,        ///< unknown service, a service without reservations, a time off the slot grid or outside opening hours
    Past,           ///< the slot has begun
    Full,           ///< the slot has no place left
    Unknown,        ///< no reservation has this code
    Cancelled,
    OtherDay,       ///< the reservation is for another day
    TooEarly,       ///< check-in opens later
    TooLate,        ///< check-in closed
    AlreadyCheckedIn,
    StorageFailure,
};
using AppointmentError = Error<AppointmentErrorCode>;
template<typename T>
using AppointmentResult = Result<T, AppointmentErrorCode>;

/// The office's reservations, kept in the office database. Books within the configured slots and
/// capacities, and says whether a code may check in now. Safe to call from several threads.
class AppointmentBook
{
public:
    /// Opens (creating and migrating when needed) the database at path.
    [[nodiscard]] static StoreResult<std::unique_ptr<AppointmentBook>> open(const QString &path, const OfficeConfig &office);

    /// Reserves a place in the slot starting at due for the service.
    [[nodiscard]] AppointmentResult<BookedAppointment> book(const QString &service, const QDateTime &due,
                                                           const QString &language, const QString &actor,
                                                           const QDateTime &now);
    /// The reservation with this code (typed forgivingly), or Unknown.
    [[nodiscard]] AppointmentResult<BookedAppointment> find(const QString &code) const;
    /// The reservation, when it may check in at now; else why not (Unknown, Cancelled, OtherDay,
    /// TooEarly, TooLate). A reservation already checked in passes: its ticket is issued again.
    [[nodiscard]] AppointmentResult<BookedAppointment> checkable(const QString &code, const QDateTime &now) const;
    /// Records the check-in (idempotent).
    [[nodiscard]] AppointmentResult<Done> markCheckedIn(const QString &code, const QDateTime &now);
    /// Cancels a reservation that has not checked in.
    [[nodiscard]] AppointmentResult<BookedAppointment> cancel(const QString &code, const QDateTime &now);
    /// The reservations of an office day, by time.
    [[nodiscard]] AppointmentResult<QList<BookedAppointment>> day(QDate day) const;
    /// Places still free in the service's slot at due.
    [[nodiscard]] AppointmentResult<int> freePlaces(const QString &service, const QDateTime &due) const;

private:
    explicit AppointmentBook(const OfficeConfig &office);
    [[nodiscard]] AppointmentError storageFailure() const;
    [[nodiscard]] AppointmentResult<BookedAppointment> findLocked(const QString &canonicalCode) const;
    [[nodiscard]] AppointmentResult<int> freePlacesLocked(const ServiceConfig &service, const QDateTime &due) const;
    [[nodiscard]] std::optional<AppointmentError> slotProblem(const ServiceConfig *service, const QString &code,
                                                               const QDateTime &due) const;
    void setState(const QString &code, AppointmentState state, const QDateTime &now);

    const OfficeConfig &m_office;
    mutable std::mutex m_mutex;
    mutable SqliteDatabase m_db;
};

} // namespace Madoguchi
