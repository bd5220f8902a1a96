// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formdefinition.h"
#include "formfill.h"

#include <QImage>
#include <QPointF>

#include <optional>

class QPagedPaintDevice;
class QPainter;

namespace Madoguchi {

/// How a filled form is drawn.
struct FormRenderOptions {
    /// Only the values, circles and ticks, for the office's pre-printed paper: no fixed text, lines,
    /// boxes or background.
    bool overlay = false;
    /// Moves the values on the paper (a printer's own offset for pre-printed forms), in millimetres.
    QPointF offsetMm;
    /// The form's scanned background under the drawing: previews only, never on PDF pages or paper.
    bool background = false;
};

/// A character of a value that none of the forms' fonts draws (外字): printed as the font's empty
/// box, so the clerk writes it by hand; never dropped or replaced.
struct UndrawableCharacter {
    QString path;       ///< the field's path
    char32_t codePoint; ///< e.g. U+E000 of a city's private character set
};

/// What drawing a form noticed for the clerk.
struct FormRenderNotes {
    QList<UndrawableCharacter> undrawable;
    QStringList overflowing; ///< field paths whose value does not fit its box even at its smallest size
};

/// Draws filled forms: on PDF pages (fonts embedded as subsets, values extractable as text), on
/// images for previews, and on any paged device (a printer). The forms' faces are IPAmj明朝 (the
/// 文字情報基盤 characters of names) and IPAexゴシック, falling back to Noto CJK.
class FormRenderer
{
public:
    /// The fonts a form draws with, in the size given (points).
    [[nodiscard]] static QFont font(FormFace face, double pt, bool bold = false);

    /// Draws one form on the painter's current page, whose resolution is dpi.
    static FormRenderNotes paint(QPainter &painter, double dpi, const FormDefinition &form, const FormFill &fill,
                                 const FormRenderOptions &options = {});

    /// Draws the forms on a paged device (a PDF writer, a printer), one page each, each page sized
    /// to its form's paper; empty when the device cannot be drawn on (a file that cannot be written).
    static std::optional<FormRenderNotes> paintPages(QPagedPaintDevice &device, const QList<FormDefinition> &forms,
                                                     const QList<FormFill> &fills, const FormRenderOptions &options = {});

    /// The forms as one PDF document; empty when the file cannot be written.
    [[nodiscard]] static std::optional<FormRenderNotes> writePdf(const QString &path, const QList<FormDefinition> &forms,
                                                                 const QList<FormFill> &fills, const FormRenderOptions &options = {});

    /// One form as an image at dpi, white paper (a preview as the printer will print it); notes,
    /// when given, receive what drawing noticed.
    [[nodiscard]] static QImage preview(const FormDefinition &form, const FormFill &fill, double dpi, const FormRenderOptions &options = {},
                                        FormRenderNotes *notes = nullptr);

    /// The characters of a text that none of the forms' fonts draws.
    [[nodiscard]] static QList<char32_t> undrawable(const QString &text);
};

} // namespace Madoguchi
