// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Madoguchi {

/// Thermal paper widths and their printable dots per line at 203 dpi.
enum class PaperWidth {
    Mm58, ///< 384 dots (48 mm printable)
    Mm80, ///< 576 dots (72 mm printable)
};

/// Printable dots per line for a paper width.
[[nodiscard]] int dotsPerLine(PaperWidth width);
/// 58 or 80 as a paper width; nothing for other numbers.
[[nodiscard]] std::optional<PaperWidth> paperWidthFromMillimetres(int millimetres);

enum class TicketAlign { Left, Center, Right };

/// Where something of the given width starts on a line of the available width.
[[nodiscard]] int alignedLeft(TicketAlign align, int available, int width);

/// One element of a laid-out ticket, in the order it is printed.
struct TicketBlock {
    enum class Kind {
        Text, ///< a paragraph, wrapped to the paper width
        Qr,   ///< a QR code of qrData
        Rule, ///< a horizontal line across the paper
        Feed, ///< blank lines
    };
    Kind kind = Kind::Text;
    QString text;
    QByteArray qrData;
    int scale = 1; ///< text: character magnification 1–8; QR: module size in dots
    bool bold = false;
    TicketAlign align = TicketAlign::Left;
    int lines = 1; ///< feed: number of blank lines
};

/// A ticket laid out for one paper width, independent of the printer's command language.
struct TicketDocument {
    QString language; ///< picks the raster font (Japanese, Korean, Chinese glyph forms)
    PaperWidth width = PaperWidth::Mm80;
    QList<TicketBlock> blocks;
};

} // namespace Madoguchi
