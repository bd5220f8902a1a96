// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticket/ticketdocument.h"

#include <QByteArray>
#include <QImage>
#include <QStringList>

namespace Madoguchi {

/// What an ESC/POS byte stream prints, as the renderer understood it.
struct EscPosRendering {
    QImage image;              ///< the paper, white background, black print, paper width in dots
    QStringList textLines;     ///< each printed text line, decoded (Shift_JIS or ASCII)
    QList<QByteArray> qrCodes; ///< the payload of each QR code printed by the printer itself
    int bitmaps = 0;           ///< GS v 0 commands
    int cuts = 0;
    QString problem; ///< empty when the whole stream was understood
    qsizetype problemOffset = -1;
};

/// Interprets an ESC/POS stream (the subset receipt printers share: text in Shift_JIS, sizes,
/// alignment, emphasis, feeds, QR codes, GS v 0 bitmaps, cuts, status requests) back into an image.
/// Used by the simulated printer and by tests. Never trusts the stream: a truncated or unknown
/// command stops the rendering with a problem and its offset, and the paper never grows past a
/// few metres. Needs a QGuiApplication (fonts).
class EscPosPainter
{
public:
    explicit EscPosPainter(PaperWidth width);
    [[nodiscard]] EscPosRendering render(const QByteArray &stream) const;

    /// The longest paper the renderer draws, in dots (about 3.7 m at 203 dpi).
    static constexpr int kMaxHeight = 30000;

private:
    int m_width;
};

} // namespace Madoguchi
