// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/receiptprinter.h"

#include <QImage>

#include <mutex>

namespace Madoguchi {

/// The simulated printer (sim://) of the demo and the tests: encodes each ticket as ESC/POS,
/// renders the bytes back to an image, keeps the last one and writes it as a PNG when given a folder.
/// Its status is set by hand (paper out, cover open …) so front ends can show every failure.
class SimPrinter final : public ReceiptPrinter
{
public:
    SimPrinter(PaperWidth width, QString outputFolder = {});

    [[nodiscard]] PrinterResult<PrinterStatus> status() override;
    [[nodiscard]] PrinterResult<PrinterStatus> print(const TicketDocument &ticket) override;
    [[nodiscard]] PaperWidth paperWidth() const override { return m_width; }

    /// What the printer reports from now on.
    void setStatus(const PrinterStatus &status);
    /// The last printed ticket as it would look on paper.
    [[nodiscard]] QImage lastTicket() const;
    /// Tickets printed so far.
    [[nodiscard]] int printed() const;

private:
    PaperWidth m_width;
    QString m_outputFolder;
    mutable std::mutex m_mutex;
    PrinterStatus m_status;
    QImage m_lastTicket;
    int m_printed = 0;
};

} // namespace Madoguchi
