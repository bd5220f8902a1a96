// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/sentence.h"

#include "queuestate.h"

#include "config/officeconfig.h"

#include <QString>

#include <optional>

namespace Madoguchi {

/// Why a visitor was called: a code for programs and a sentence for the clerk.
struct CallReason {
    enum class Code {
        DirectedTransfer, ///< transferred to this very counter
        Arrival,          ///< earliest arrival
        PriorityClass,    ///< priority class first
        AlternationPriority,
        AlternationRegular,
        AppointmentDue,
        WalkInWaitedLong, ///< a walk-in waited past the limit and goes before appointments
        WalkIn,           ///< no appointment due, walk-ins by arrival
        EarlyAppointment, ///< nothing else waiting, an appointment is called before its time
        CalledByNumber,   ///< the clerk called this number
        ReturnedFromPool, ///< unparked straight to this counter
    };
    Code code = Code::Arrival;
    bool fallback = false; ///< chosen from the counter's fallback services
    QString message;       ///< in the process's language, as events record it
    Sentence said;         ///< the same, untranslated (context Madoguchi::Queue)

    /// A reason told by a sentence of the Madoguchi::Queue context with its arguments.
    static CallReason told(Code code, const char *source, QStringList arguments = {});
    /// The reason in a language: e.g. the clerk's, through LanguageCatalogs.
    [[nodiscard]] QString text(const TranslateFunction &translate) const;
    /// Marks the reason as chosen from the counter's fallback services.
    void markFallback();
};

/// The stable name of a reason code, as stored in events ("arrival", "appointment-due" …).
[[nodiscard]] QString callReasonCodeName(CallReason::Code code);

/// The visitor a counter should call next and why.
struct CallChoice {
    StepId step = 0;
    VisitId visit = 0;
    CallReason reason;
    int streak = 0; ///< the counter's priority streak after this call
};

/// Picks the next step for a counter: steps transferred to this counter first, then its primary
/// services, then its fallback services; within each, the ordering policy decides.
[[nodiscard]] std::optional<CallChoice> chooseNext(const QueueState &state, const OfficeConfig &office, const CounterConfig &counter,
                                                   const QDateTime &now);

} // namespace Madoguchi
