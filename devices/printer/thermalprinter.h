// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/receiptprinter.h"
#include "printerlink.h"
#include "ticketencoder.h"

#include <memory>

namespace Madoguchi {

/// A real ESC/POS or Star receipt printer over a link: asks for the status before every job
/// (DLE EOT 1/2/4, or Star's automatic status), refuses to send a job it cannot print, encodes
/// the ticket and sends it.
class ThermalPrinter final : public ReceiptPrinter
{
public:
    ThermalPrinter(std::unique_ptr<PrinterLink> link, PrinterModel model, PaperWidth width);

    [[nodiscard]] PrinterResult<PrinterStatus> status() override;
    [[nodiscard]] PrinterResult<PrinterStatus> print(const TicketDocument &ticket) override;
    [[nodiscard]] PaperWidth paperWidth() const override { return m_width; }

    /// How long a status reply may take.
    static constexpr int kStatusTimeoutMs = 1500;

private:
    [[nodiscard]] PrinterResult<PrinterStatus> escPosStatus();
    [[nodiscard]] PrinterResult<PrinterStatus> starStatus();

    std::unique_ptr<PrinterLink> m_link;
    PrinterModel m_model;
    PaperWidth m_width;
};

} // namespace Madoguchi
