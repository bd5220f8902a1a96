// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticket/ticketdocument.h"

#include <QByteArray>
#include <QImage>

#include <initializer_list>

namespace Madoguchi {

/// The command language of a receipt printer.
enum class PrinterLanguage {
    EscPos,   ///< Epson ESC/POS with Kanji (TM-T88, TM-T20 and compatibles)
    StarLine, ///< Star Line Mode (TSP650II, mC-Print in Line Mode)
};

/// The byte sequences of one printer command language, as the ticket encoder needs them.
class PrinterCommands
{
public:
    virtual ~PrinterCommands() = default;
    /// Reset and select Japanese (Shift_JIS) text.
    [[nodiscard]] virtual QByteArray begin() const = 0;
    /// Alignment of the following lines (takes effect at the start of a line).
    [[nodiscard]] virtual QByteArray align(TicketAlign align) const = 0;
    /// Character magnification (1–8, width and height alike) and emphasis.
    [[nodiscard]] virtual QByteArray style(int scale, bool bold) const = 0;
    /// Blank lines.
    [[nodiscard]] virtual QByteArray feed(int lines) const = 0;
    /// A QR code drawn by the printer itself (model 2, error correction M).
    [[nodiscard]] virtual QByteArray qr(const QByteArray &data, int moduleDots) const = 0;
    /// A bitmap (1 = black), split into bands the printer accepts.
    [[nodiscard]] virtual QByteArray raster(const QImage &image) const = 0;
    /// Feed to the cutter, cut, end the job.
    [[nodiscard]] virtual QByteArray end() const = 0;
};

/// Command bytes written as numbers, e.g. commandBytes({0x1B, 0x40}).
[[nodiscard]] inline QByteArray commandBytes(std::initializer_list<int> values)
{
    QByteArray result;
    result.reserve(qsizetype(values.size()));
    for (const int value : values)
        result.append(char(value));
    return result;
}

/// The commands of a printer language.
[[nodiscard]] const PrinterCommands &printerCommands(PrinterLanguage language);

} // namespace Madoguchi
