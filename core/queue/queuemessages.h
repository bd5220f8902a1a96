#pragma once

#include "queuestate.h"
#include "visit.h"

#include <QDateTime>
#include <QCoreApplication>
#include <QString>

namespace Madoguchi::QueueMessages {

/// Call reasons the engine gives itself (context Madoguchi::Queue, see CallReason::told).
inline constexpr const char *kCalledByNumber = QT_TRANSLATE_NOOP("Madoguchi::Queue", "called by number");
inline constexpr const char *kReturnedFromPool = QT_TRANSLATE_NOOP("Madoguchi::Queue", "returned from the pool");

// The sentences the queue engine gives a person when it refuses or explains something.
// All go through Qt's translation system (context "Madoguchi::Queue").

[[nodiscard]] QString unknownCounter(int counter);
[[nodiscard]] QString unknownService(const QString &code);
[[nodiscard]] QString unknownVisit(const QString &number);
[[nodiscard]] QString serviceCount();
[[nodiscard]] QString serviceTwice(const QString &service);
[[nodiscard]] QString languageNotOffered(const QString &language);
[[nodiscard]] QString badAppointment();
[[nodiscard]] QString badOutcome(const QString &outcome);
[[nodiscard]] QString officeClosed(const QDateTime &nextOpening);
[[nodiscard]] QString numbersExhausted(const QString &prefix, const QString &first, const QString &last);
[[nodiscard]] QString keyReused();
[[nodiscard]] QString counterNotOpen(int counter, CounterStatus status);
[[nodiscard]] QString counterAlready(int counter, CounterStatus status);
[[nodiscard]] QString counterBusy(int counter, const QString &number);
[[nodiscard]] QString counterIdle(int counter);
[[nodiscard]] QString noneWaiting(int counter);
[[nodiscard]] QString notServedHere(int counter, const QString &service, const QString &number);
[[nodiscard]] QString directedElsewhere(const QString &number, int counter);
[[nodiscard]] QString nothingToRecall(const QString &number, int counter);
[[nodiscard]] QString noShowWhileServing(const QString &number, int counter);
[[nodiscard]] QString cancelWhileServing(const QString &number, int counter);
[[nodiscard]] QString alreadyHere(const QString &number, int counter);
[[nodiscard]] QString storageFailed(const QString &detail);
/// Where a visit's step stands, e.g. "A-023 is already being served at counter 3."
[[nodiscard]] QString describe(const Visit &visit, const Step &step);

} // namespace Madoguchi::QueueMessages
