// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formdefinition.h"

#include "common/translation.h"
#include "profile/profile.h"

#include <QJsonObject>

namespace Madoguchi {

/// One value as a form prints it, at its place.
struct FilledText {
    QRectF box;
    QString text;
    double pt = 11;
    double minPt = 11;
    FormAlign align = FormAlign::Left;
    bool wrap = false;
    QString path; ///< the field's path ("birthDate", "members[0].givenName")
};

/// A form filled from a visit's profile: what goes where, and what is missing. Personal data.
struct FormFill {
    QList<FilledText> texts;
    QList<QRectF> circled; ///< the options to circle
    QList<QRectF> ticked;  ///< the check boxes to tick
    QStringList missing;   ///< field paths the form prints that the profile has no value for
    QStringList conflicts; ///< field paths whose sources disagree and await the clerk's choice
};

/// Fills a form from a profile: dates in the form's calendar (令和元年5月1日, the era circled),
/// choices by their Japanese labels (translate into Japanese), postal codes as 332-0011 or in
/// parts. A value in conflict is left empty and listed; so is a value the profile lacks.
[[nodiscard]] FormFill fillForm(const FormDefinition &form, const Profile &profile, const TranslateFunction &japanese);

/// Puts a person's individual number (12 digits, read from the card for this print only) in the
/// form's box for it, a digit a cell; nothing when the form does not read the number
/// (FormDefinition::readIndividualNumber) or the digits are not twelve. Never part of a profile or an
/// export.
void fillIndividualNumber(const FormDefinition &form, int person, QStringView digits, FormFill &fill);

/// The values of the forms of a visit for a back-office system, as the profile keeps them (dates
/// YYYY-MM-DD, postal codes of 7 digits, choices by their codes):
/// {"forms": [{"id", "title", "values": {path: value}, "missing": [paths], "conflicts": [paths]}]}
/// (the household's people only; a field in conflict waits for the clerk's choice).
[[nodiscard]] QJsonObject formValuesJson(const QList<FormDefinition> &forms, const Profile &profile);
/// The same as CSV (RFC 4180, UTF-8, CRLF): form,field,value — one row a value.
[[nodiscard]] QByteArray formValuesCsv(const QList<FormDefinition> &forms, const Profile &profile);

} // namespace Madoguchi
