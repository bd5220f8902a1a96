// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/receiptprinter.h"

#include <QList>

#include <algorithm>
#include <mutex>

namespace Madoguchi::Test {

/// A ReceiptPrinter double for the kiosk's tests: records the tickets it is given and reports the
/// status it is told to (the real adapters are tested in tests/devices).
class RecordingPrinter final : public ReceiptPrinter
{
public:
    PrinterResult<PrinterStatus> status() override { return currentStatus(); }
    PrinterResult<PrinterStatus> print(const TicketDocument &ticket) override
    {
        const PrinterStatus now = currentStatus();
        if (!now.canPrint())
            return PrinterError{PrinterErrorCode::NotReady, printerStatusProblem(now)};
        const std::lock_guard lock(m_mutex);
        m_printed.append(ticket);
        return now;
    }
    PaperWidth paperWidth() const override { return PaperWidth::Mm80; }

    void setStatus(const PrinterStatus &status)
    {
        const std::lock_guard lock(m_mutex);
        m_status = status;
    }
    QList<TicketDocument> printed()
    {
        const std::lock_guard lock(m_mutex);
        return m_printed;
    }

private:
    PrinterStatus currentStatus()
    {
        const std::lock_guard lock(m_mutex);
        return m_status;
    }

    std::mutex m_mutex;
    PrinterStatus m_status{.known = true};
    QList<TicketDocument> m_printed;
};

/// Whether one of the ticket's lines holds this text.
inline bool documentMentions(const TicketDocument &document, const QString &text)
{
    return std::any_of(document.blocks.cbegin(), document.blocks.cend(),
                       [&](const TicketBlock &block) { return block.text.contains(text); });
}

} // namespace Madoguchi::Test
