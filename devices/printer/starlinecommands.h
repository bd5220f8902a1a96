// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printercommands.h"

namespace Madoguchi {

/// Star Line Mode: ESC @, ESC $ 1 + ESC R 8 (Shift_JIS Kanji), ESC i sizes, ESC GS y QR codes,
/// ESC k 24-row bitmaps, ESC d 3 cut, ESC GS ETX end of job.
class StarLineCommands final : public PrinterCommands
{
public:
    [[nodiscard]] QByteArray begin() const override;
    [[nodiscard]] QByteArray align(TicketAlign align) const override;
    [[nodiscard]] QByteArray style(int scale, bool bold) const override;
    [[nodiscard]] QByteArray feed(int lines) const override;
    [[nodiscard]] QByteArray qr(const QByteArray &data, int moduleDots) const override;
    [[nodiscard]] QByteArray raster(const QImage &image) const override;
    [[nodiscard]] QByteArray end() const override;

    /// Rows of one ESC k band; the line feed after each band must be 24 dots (ESC 0 = 3 mm).
    static constexpr int kBandRows = 24;
};

} // namespace Madoguchi
