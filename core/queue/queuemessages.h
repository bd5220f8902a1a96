// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/sentence.h"
#include "queuestate.h"
#include "visit.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Madoguchi::QueueMessages {

/// Call reasons the engine gives itself (context Madoguchi::Queue, see CallReason::told).
inline constexpr const char *kCalledByNumber = QT_TRANSLATE_NOOP("Madoguchi::Queue", "called by number");
inline constexpr const char *kReturnedFromPool = QT_TRANSLATE_NOOP("Madoguchi::Queue", "returned from the pool");

// The sentences the queue engine gives a person when it refuses or explains something, untranslated
// with their arguments (context "Madoguchi::Queue"), so that the server can tell each in the
// language of whoever asked.

[[nodiscard]] Sentence unknownCounter(int counter);
[[nodiscard]] Sentence unknownService(const QString &code);
[[nodiscard]] Sentence unknownVisit(const QString &number);
[[nodiscard]] Sentence serviceCount();
[[nodiscard]] Sentence serviceTwice(const QString &service);
[[nodiscard]] Sentence badRoute();
[[nodiscard]] Sentence unknownStep(const QString &number);
[[nodiscard]] Sentence languageNotOffered(const QString &language);
[[nodiscard]] Sentence badAppointment();
[[nodiscard]] Sentence badOutcome(const QString &outcome);
[[nodiscard]] Sentence officeClosed(const QDateTime &nextOpening);
[[nodiscard]] Sentence numbersExhausted(const QString &prefix, const QString &first, const QString &last);
[[nodiscard]] Sentence keyReused();
[[nodiscard]] Sentence counterNotOpen(int counter, CounterStatus status);
[[nodiscard]] Sentence counterAlready(int counter, CounterStatus status);
[[nodiscard]] Sentence counterBusy(int counter, const QString &number);
[[nodiscard]] Sentence counterIdle(int counter);
[[nodiscard]] Sentence noneWaiting(int counter);
[[nodiscard]] Sentence notServedHere(int counter, const QString &service, const QString &number);
[[nodiscard]] Sentence directedElsewhere(const QString &number, int counter);
[[nodiscard]] Sentence nothingToRecall(const QString &number, int counter);
[[nodiscard]] Sentence noShowWhileServing(const QString &number, int counter);
[[nodiscard]] Sentence cancelWhileServing(const QString &number, int counter);
[[nodiscard]] Sentence alreadyHere(const QString &number, int counter);
[[nodiscard]] Sentence storageFailed(const QString &detail);
/// Where a visit's step stands, e.g. "A-023 is already being served at counter 3."
[[nodiscard]] Sentence describe(const Visit &visit, const Step &step);

} // namespace Madoguchi::QueueMessages
