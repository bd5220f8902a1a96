// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reservations (予約): booking within slots, opening hours and capacity; when a code may check in;
// cancelling; the translated refusals; kept in the real office database across reopening.
#include "appointmentstorecontract.h"
#include "testoffice.h"

#include "appointment/appointmentbook.h"
#include "appointment/appointmentmessages.h"
#include "common/languagecatalogs.h"
#include "scan/reservationcode.h"
#include "store/sqliteappointmentstore.h"

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

struct BookFixture {
    QTemporaryDir dir;
    OfficeConfig office = testOffice();
    QDateTime now = tokyo(2026, 11, 24, 9, 0); // a Tuesday, open 08:30–17:15
    std::unique_ptr<AppointmentBook> book;

    BookFixture() { reopen(); }
    void reopen()
    {
        book.reset();
        auto opened = SqliteAppointmentStore::open(dir.filePath(u"office.sqlite"_s));
        REQUIRE(opened);
        book = std::make_unique<AppointmentBook>(office, std::move(opened).value());
    }
    BookedAppointment booked(const QDateTime &due, const QString &language = u"en"_s)
    {
        auto made = book->book(u"moving"_s, due, language, u"staff:clerk1"_s, now);
        INFO((made ? QString() : made.error().message).toStdString());
        REQUIRE(made);
        return *made;
    }
};

AppointmentErrorCode failure(const AppointmentResult<BookedAppointment> &result)
{
    REQUIRE_FALSE(result);
    return result.error().code;
}

} // namespace

TEST_CASE("a reservation gets a valid, unique check-in code and is kept", "[appointments]")
{
    BookFixture f;
    const BookedAppointment first = f.booked(tokyo(2026, 11, 24, 10, 30));
    const BookedAppointment second = f.booked(tokyo(2026, 11, 24, 10, 30), u"vi"_s);
    CHECK(first.code != second.code);
    for (const auto &a : {first, second}) {
        CHECK(a.code.size() == 9);
        CHECK(normalizedReservationCode(a.code) == a.code);
        CHECK(reservationCodeCheckDigitValid(a.code));
        CHECK(a.state == AppointmentState::Booked);
    }
    CHECK(first.language == u"en"_s);
    CHECK(second.language == u"ja"_s); // vi is not offered by the test office: its default language
    f.reopen();
    const auto found = f.book->find(first.code.toLower().remove(u'-'));
    REQUIRE(found);
    CHECK(*found == first);
    const auto day = f.book->day(QDate(2026, 11, 24));
    REQUIRE(day);
    CHECK(day->size() == 2);
    CHECK(f.book->day(QDate(2026, 11, 25))->isEmpty());
}

TEST_CASE("booking keeps to the slot grid, the opening hours, the capacity and the future", "[appointments]")
{
    BookFixture f;
    CHECK(failure(f.book->book(u"moving"_s, tokyo(2026, 11, 24, 10, 10), u"ja"_s, u"t"_s, f.now)) == AppointmentErrorCode::Invalid);
    CHECK(failure(f.book->book(u"moving"_s, tokyo(2026, 11, 24, 17, 0), u"ja"_s, u"t"_s, f.now))
          == AppointmentErrorCode::Invalid); // 17:00–17:30 runs past closing at 17:15
    CHECK(failure(f.book->book(u"moving"_s, tokyo(2026, 11, 28, 10, 0), u"ja"_s, u"t"_s, f.now))
          == AppointmentErrorCode::Invalid); // Saturday: closed
    CHECK(failure(f.book->book(u"certificate"_s, tokyo(2026, 11, 24, 10, 0), u"ja"_s, u"t"_s, f.now))
          == AppointmentErrorCode::Invalid); // takes no reservations
    CHECK(failure(f.book->book(u"nonsense"_s, tokyo(2026, 11, 24, 10, 0), u"ja"_s, u"t"_s, f.now)) == AppointmentErrorCode::Invalid);
    CHECK(failure(f.book->book(u"moving"_s, tokyo(2026, 11, 24, 9, 0), u"ja"_s, u"t"_s, f.now)) == AppointmentErrorCode::Past);

    const QDateTime slot = tokyo(2026, 11, 24, 16, 30); // 16:30–17:00 fits
    CHECK(*f.book->freePlaces(u"moving"_s, slot) == 2);
    f.booked(slot);
    const BookedAppointment second = f.booked(slot);
    CHECK(*f.book->freePlaces(u"moving"_s, slot) == 0);
    CHECK(failure(f.book->book(u"moving"_s, slot, u"ja"_s, u"t"_s, f.now)) == AppointmentErrorCode::Full);
    REQUIRE(f.book->cancel(second.code, f.now));
    CHECK(*f.book->freePlaces(u"moving"_s, slot) == 1); // a cancelled place is free again
    f.booked(slot);
}

TEST_CASE("a code checks in within its window on its day only", "[appointments]")
{
    BookFixture f;
    const BookedAppointment a = f.booked(tokyo(2026, 11, 24, 11, 0));
    const auto at = [&](int hour, int minute) { return f.book->checkable(a.code, tokyo(2026, 11, 24, hour, minute)); };
    CHECK(failure(at(9, 59)) == AppointmentErrorCode::TooEarly);
    CHECK(at(10, 0));
    CHECK(at(11, 15));
    CHECK(failure(at(11, 16)) == AppointmentErrorCode::TooLate);
    CHECK(failure(f.book->checkable(a.code, tokyo(2026, 11, 23, 11, 0))) == AppointmentErrorCode::OtherDay);
    CHECK(failure(f.book->checkable(u"0000-0000"_s, f.now)) == AppointmentErrorCode::Unknown);
    // A well-formed code with a wrong check character is unknown without a look-up.
    QString damaged = a.code;
    damaged[8] = damaged[8] == u'0' ? u'1' : u'0';
    CHECK(failure(f.book->checkable(damaged, f.now)) == AppointmentErrorCode::Unknown);

    REQUIRE(f.book->markCheckedIn(a.code, tokyo(2026, 11, 24, 10, 40)));
    REQUIRE(f.book->markCheckedIn(a.code, tokyo(2026, 11, 24, 10, 41))); // idempotent
    CHECK(f.book->find(a.code)->state == AppointmentState::CheckedIn);
    CHECK(at(12, 0)); // checked in: a second scan gives the same ticket, late or not
    CHECK(f.book->cancel(a.code, f.now).error().code == AppointmentErrorCode::AlreadyCheckedIn);

    const BookedAppointment b = f.booked(tokyo(2026, 11, 24, 11, 0));
    const auto cancelled = f.book->cancel(b.code, f.now);
    REQUIRE(cancelled);
    CHECK(cancelled->state == AppointmentState::Cancelled);
    CHECK(failure(f.book->checkable(b.code, tokyo(2026, 11, 24, 10, 30))) == AppointmentErrorCode::Cancelled);
}

TEST_CASE("refusals are told in the visitor's language with the office's times", "[appointments][i18n]")
{
    BookFixture f;
    f.office.languages = {u"ja"_s, u"en"_s, u"vi"_s};
    const BookedAppointment a = f.booked(tokyo(2026, 11, 24, 11, 0));
    LanguageCatalogs catalogs({u"ja"_s, u"en"_s, u"vi"_s});
    const auto say = [&](AppointmentErrorCode code, const QString &language) {
        return appointmentMessage(code, &a, f.office, language,
                                  [&](const char *context, const char *source) { return catalogs.translate(language, context, source); });
    };
    CHECK(say(AppointmentErrorCode::TooEarly, u"en"_s) == u"Your reservation is at 11:00. Please check in from 10:00."_s);
    const QString ja = say(AppointmentErrorCode::TooEarly, u"ja"_s);
    CHECK(ja.contains(u"11:00"_s));
    CHECK(ja.contains(u"10:00"_s));
    CHECK(ja.contains(u"予約"_s));
    CHECK(say(AppointmentErrorCode::OtherDay, u"en"_s)
          == u"Your reservation is on Tuesday, November 24, 2026 at 11:00. Please come on that day."_s);
    CHECK(say(AppointmentErrorCode::OtherDay, u"ja"_s).contains(u"2026年11月24日"_s));
    CHECK(say(AppointmentErrorCode::Unknown, u"vi"_s) != say(AppointmentErrorCode::Unknown, u"en"_s));
}

TEST_CASE("the SQLite appointment store keeps the AppointmentStore contract", "[appointments][store][contract]")
{
    QTemporaryDir dir;
    checkAppointmentStoreContract([&]() -> std::unique_ptr<AppointmentStore> {
        auto opened = SqliteAppointmentStore::open(dir.filePath(u"office.sqlite"_s));
        REQUIRE(opened);
        return std::move(opened).value();
    });
}
