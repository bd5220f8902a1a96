// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticket/ticketdocument.h"

#include <QByteArray>
#include <QFont>
#include <QImage>

namespace Madoguchi {

/// Draws ticket blocks as pixels (8-bit grey, paper width in dots) with Noto fonts through QPainter:
/// the raster path for text that Shift_JIS cannot encode and for raster-only printers.
/// Needs a QGuiApplication (fonts).
class TicketRasterizer
{
public:
    TicketRasterizer(const QString &language, PaperWidth width);

    /// One block: wrapped, aligned text; a QR code; a rule; blank lines.
    [[nodiscard]] QImage renderBlock(const TicketBlock &block) const;
    /// The whole ticket as one image, top to bottom.
    [[nodiscard]] QImage renderDocument(const TicketDocument &document) const;

    /// The font for a language at a pixel size (Noto Sans CJK in the language's glyph forms,
    /// Noto Sans Devanagari for Nepali).
    [[nodiscard]] static QFont font(const QString &language, int pixelSize, bool bold);

private:
    [[nodiscard]] QImage renderText(const TicketBlock &block) const;

    QString m_language;
    int m_width;
};

/// The image as 1-bit rows, most significant bit first, 1 = black (dark below the middle grey):
/// what ESC/POS `GS v 0` and Star `ESC k` take.
[[nodiscard]] QByteArray packRaster(const QImage &image);

/// Bytes per packed row of an image.
[[nodiscard]] int rasterRowBytes(const QImage &image);

} // namespace Madoguchi
