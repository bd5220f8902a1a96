// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

namespace Madoguchi {

/// What a receipt printer reported about itself just now.
struct PrinterStatus {
    bool known = false; ///< false when the link cannot answer (a plain file, a one-way port)
    bool online = true;
    bool coverOpen = false;
    bool paperNearEnd = false; ///< prints, but staff should change the roll soon
    bool paperOut = false;
    bool error = false; ///< cutter jam, head overheated, unrecoverable error

    /// True when a job sent now would be printed (an unknown status is given the benefit of the doubt).
    [[nodiscard]] bool canPrint() const { return !coverOpen && !paperOut && !error && online; }
    bool operator==(const PrinterStatus &) const = default;
};

/// Why a printer could not take or finish a job.
enum class PrinterErrorCode {
    BadAddress,  ///< the printer URI is malformed or names an unknown scheme or model
    Unreachable, ///< no such device, connection refused, unplugged
    NoAnswer,    ///< the printer did not answer a status request in time
    NotReady,    ///< the printer answered but cannot print now (cover, paper, error, offline)
    WriteFailed, ///< the job could not be sent completely
    Unprintable, ///< the ticket cannot be encoded (e.g. a QR payload too long)
};
using PrinterError = Error<PrinterErrorCode>;
template<typename T>
using PrinterResult = Result<T, PrinterErrorCode>;

/// A person's explanation of why a printer with this status cannot print (empty when it can).
[[nodiscard]] QString printerStatusProblem(const PrinterStatus &status);
/// A short summary of the status for diagnostics, e.g. "online, paper near end".
[[nodiscard]] QString printerStatusSummary(const PrinterStatus &status);

} // namespace Madoguchi
