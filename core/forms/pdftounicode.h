// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QString>

namespace Madoguchi {

/// A text as it was drawn on a PDF page, in the font it was drawn with, in drawing order.
struct DrawnText {
    QFont font;
    QString text;
};

/// Mends the text of a PDF that Qt wrote, so that copying or extracting it gives the characters
/// drawn. Qt 6.4 maps each embedded glyph back to the lowest BMP code point the font gives it: 民
/// comes out as the radical ⺠ (U+2EA0), 田 as ⽥ (U+2F65), and a character beyond the BMP (𠮷) as
/// nothing. From the texts drawn, in order, this rebuilds which character each embedded glyph
/// stands for (Qt numbers a font's glyphs in the order they are first drawn), checks the result
/// against every mapping Qt did get right, and appends new ToUnicode maps as an incremental update
/// (the original bytes stay as they are). A font whose glyphs cannot be accounted for is left as Qt
/// wrote it. Returns how many fonts were mended, or -1 when the file cannot be read or written.
int mendPdfText(const QString &path, const QList<DrawnText> &drawn);

} // namespace Madoguchi
