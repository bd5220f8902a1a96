// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/printerstatus.h"
#include "printercommands.h"
#include "ticket/ticketdocument.h"

namespace Madoguchi {

/// What a printer model can do, as the encoder needs to know it.
struct PrinterModel {
    PrinterLanguage language = PrinterLanguage::EscPos;
    bool rasterOnly = false; ///< no resident fonts (Star TSP100): everything is sent as a bitmap
    bool nativeQr = true;    ///< the printer draws QR codes itself (not TM-T88IV and older)
};

/// Turns a laid-out ticket into the printer's bytes: text in Shift_JIS where every character has a
/// code, a bitmap (Noto fonts through QPainter) where one does not or the model is raster-only.
class TicketEncoder
{
public:
    explicit TicketEncoder(PrinterModel model);

    /// The job's bytes, from reset to cut; an error when a QR payload does not fit a QR code.
    [[nodiscard]] PrinterResult<QByteArray> encode(const TicketDocument &document) const;

private:
    [[nodiscard]] QByteArray encodeText(const TicketBlock &block, const TicketDocument &document) const;

    PrinterModel m_model;
    const PrinterCommands &m_commands;
};

} // namespace Madoguchi
