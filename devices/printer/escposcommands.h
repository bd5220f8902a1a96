// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printercommands.h"

namespace Madoguchi {

/// Epson ESC/POS with Kanji: ESC @, FS C 1 (Shift_JIS), GS ! sizes, GS ( k QR codes, GS v 0 bitmaps, GS V cut.
class EscPosCommands final : public PrinterCommands
{
public:
    [[nodiscard]] QByteArray begin() const override;
    [[nodiscard]] QByteArray align(TicketAlign align) const override;
    [[nodiscard]] QByteArray style(int scale, bool bold) const override;
    [[nodiscard]] QByteArray feed(int lines) const override;
    [[nodiscard]] QByteArray qr(const QByteArray &data, int moduleDots) const override;
    [[nodiscard]] QByteArray raster(const QImage &image) const override;
    [[nodiscard]] QByteArray end() const override;

    /// Rows per GS v 0 command: long bitmaps are sent in bands so no printer's buffer overflows.
    static constexpr int kBandRows = 256;
};

} // namespace Madoguchi
