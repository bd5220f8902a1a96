// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printerstatus.h"
#include "ticket/ticketdocument.h"

namespace Madoguchi {

/// A ticket printer. Calls block on device I/O for at most a few seconds, so a front end calls them
/// from a worker thread, never from the GUI thread.
class ReceiptPrinter
{
public:
    virtual ~ReceiptPrinter() = default;

    /// Asks the printer how it is now.
    [[nodiscard]] virtual PrinterResult<PrinterStatus> status() = 0;

    /// Prints the ticket after checking that the printer can; refuses with the reason otherwise.
    /// Answers the status after the job (paper near end is worth telling the staff).
    [[nodiscard]] virtual PrinterResult<PrinterStatus> print(const TicketDocument &ticket) = 0;

    /// The paper width this printer is set up for.
    [[nodiscard]] virtual PaperWidth paperWidth() const = 0;
};

} // namespace Madoguchi
