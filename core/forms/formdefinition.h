// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/localizedtext.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <utility>

namespace Madoguchi {

/// The two faces a form prints in: 明朝 for the form's text and the values, ゴシック for headings.
enum class FormFace : quint8 { Mincho, Gothic };

enum class FormAlign : quint8 { Left, Center, Right };

/// Which part of a value a place prints: all of it, or one part of a date (in its era on a wareki
/// form) or of a postal code.
enum class ValuePart : quint8 {
    Whole,
    Era,  ///< a date's era, as the letter of its circled choice (M T S H R)
    Year, ///< a date's year in its era (元 for the first), or the Western year
    Month,
    Day,
    PostalFirst, ///< the first three digits of a postal code
    PostalLast,  ///< the last four
};

/// How a date is written on the form.
enum class FormDates : quint8 { Wareki, Western };

/// Fixed text of the form: a title, a label, a note.
struct FormText {
    QRectF box; ///< in millimetres from the page's top-left corner
    QString text;
    double pt = 9;
    FormAlign align = FormAlign::Left;
    FormFace face = FormFace::Mincho;
    bool bold = false;
};

/// A ruled line.
struct FormLine {
    QPointF from;
    QPointF to;
    double width = 0.3; ///< mm
};

/// A ruled rectangle, with an optional small label in its top-left corner.
struct FormBox {
    QRectF rect;
    double width = 0.3;
    QString label;
    double labelPt = 7;
};

/// Where one value of the profile is printed.
struct FormValue {
    QString field;
    int person = 0;
    QRectF box;
    double pt = 11;
    double minPt = 11; ///< shrinks to fit down to this size; equal to pt: never shrinks
    FormAlign align = FormAlign::Left;
    bool wrap = false;
    ValuePart part = ValuePart::Whole;
    int line = 0; ///< where it is defined, for messages
};

/// One option of a circled choice: printed as fixed text, circled when the value is its code.
struct FormOption {
    QString value;
    QRectF box;
    QString text;
};

/// A choice a clerk would circle (男・女, 明・大・昭・平・令).
struct FormCircle {
    QString field;
    int person = 0;
    ValuePart part = ValuePart::Whole; ///< Era for the era of a date
    QList<FormOption> options;
    double pt = 9;
    int line = 0;
};

/// A check box, ticked when the field holds one value.
struct FormCheck {
    QString field;
    int person = 0;
    QString equals;
    QRectF box;
    QString text; ///< printed right of the box
    double pt = 9;
    int line = 0;
};

/// A box left empty for the visitor: a signature, or the individual number (個人番号), which a
/// profile never holds.
struct FormBlank {
    QRectF rect;
    QString label;
    int cells = 0; ///< divided into this many cells (12 for the individual number); 0: one box
    int line = 0;
    /// The box of a person's individual number (`holds = "individual-number"`): printed from the card
    /// only when the form reads it (FormDefinition::readIndividualNumber), else left for the hand.
    bool individualNumber = false;
    int person = 0; ///< whose number (the row's person in [[rows]])
};

/// One official form of the office, as its definition file places it (docs/forms.md): the page,
/// the fixed drawing (left out in the overlay mode, for pre-printed paper) and the places of values.
struct FormDefinition {
    QString id;
    LocalizedText title;
    QStringList services; ///< the services whose visits use this form
    QSizeF paper;         ///< millimetres
    FormDates dates = FormDates::Wareki;
    QString background; ///< a scanned paper form, drawn in previews only (absolute path), or empty
    /// The office reads the visitor's individual number (個人番号) from the card for this form alone
    /// (`read_individual_number = true`): the My Number Act lets a form that needs it by law have it,
    /// never a profile. Off by default.
    bool readIndividualNumber = false;
    QString file; ///< where it was read from

    QList<FormText> texts;
    QList<FormLine> lines;
    QList<FormBox> boxes;
    QList<FormValue> values;
    QList<FormCircle> circles;
    QList<FormCheck> checks;
    QList<FormBlank> blanks;

    /// Every value the form prints, as (field, person), once each, in the order of its places.
    [[nodiscard]] QList<std::pair<QString, int>> placedValues() const;
    /// Every field the form prints, in the order of its places.
    [[nodiscard]] QStringList fields() const;
};

} // namespace Madoguchi
