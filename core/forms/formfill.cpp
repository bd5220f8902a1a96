// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formfill.h"

#include "profile/fieldcatalogue.h"
#include "profile/fieldvalue.h"
#include "profile/wareki.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

/// The text one place prints of a kept value.
QString partOf(const FieldDefinition &field, const QString &kept, ValuePart part, FormDates dates, const TranslateFunction &japanese)
{
    const QDate day = field.type == FieldType::Date ? QDate::fromString(kept, Qt::ISODate) : QDate();
    const auto wareki = day.isValid() && dates == FormDates::Wareki ? toWareki(day) : std::nullopt;
    switch (part) {
    case ValuePart::Whole: return displayFieldValue(field, kept, u"ja"_s, wareki ? DateStyle::Wareki : DateStyle::Western, japanese);
    case ValuePart::Era: return wareki ? QString(eraLetter(wareki->era)) : QString();
    case ValuePart::Year:
        if (wareki)
            return wareki->year == 1 ? u"元"_s : QString::number(wareki->year);
        return day.isValid() ? QString::number(day.year()) : QString();
    case ValuePart::Month: return day.isValid() ? QString::number(day.month()) : QString();
    case ValuePart::Day: return day.isValid() ? QString::number(day.day()) : QString();
    case ValuePart::PostalFirst: return kept.left(3);
    case ValuePart::PostalLast: return kept.mid(3);
    }
    return {};
}

/// Notes a field the form prints that has no value to print.
void noteAbsent(const Profile &profile, const FieldKey &key, FormFill &fill)
{
    const QString path = fieldPath(key);
    QStringList &list = profile.candidates(key).isEmpty() ? fill.missing : fill.conflicts;
    if (!list.contains(path))
        list.append(path);
}

QString csvCell(QString text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        return u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    return text;
}

} // namespace

void fillIndividualNumber(const FormDefinition &form, int person, QStringView digits, FormFill &fill)
{
    if (!form.readIndividualNumber || digits.size() != 12)
        return;
    for (const FormBlank &blank : form.blanks) {
        if (!blank.individualNumber || blank.person != person)
            continue;
        const double width = blank.rect.width() / blank.cells;
        for (int cell = 0; cell < blank.cells; ++cell) {
            FilledText digit;
            digit.box = QRectF(blank.rect.left() + cell * width, blank.rect.top(), width, blank.rect.height());
            digit.text = digits.at(cell);
            digit.pt = digit.minPt = 11;
            digit.align = FormAlign::Center;
            digit.path = u"individualNumber"_s;
            fill.texts.append(digit);
        }
    }
}

FormFill fillForm(const FormDefinition &form, const Profile &profile, const TranslateFunction &japanese)
{
    FormFill fill;
    // Rows for more people than the household has stay empty, and are not missing anything.
    const int people = profile.people();
    for (const FormValue &place : form.values) {
        if (place.person >= people)
            continue;
        const FieldKey key{place.field, place.person};
        const auto kept = profile.value(key);
        const FieldDefinition *field = findField(place.field);
        if (!kept || !field) {
            noteAbsent(profile, key, fill);
            continue;
        }
        fill.texts.append(FilledText{place.box, partOf(*field, *kept, place.part, form.dates, japanese), place.pt, place.minPt, place.align,
                                     place.wrap, fieldPath(key)});
    }
    for (const FormCircle &circle : form.circles) {
        if (circle.person >= people)
            continue;
        const FieldKey key{circle.field, circle.person};
        const auto kept = profile.value(key);
        const FieldDefinition *field = findField(circle.field);
        if (!kept || !field) {
            noteAbsent(profile, key, fill);
            continue;
        }
        const QString chosen = circle.part == ValuePart::Era ? partOf(*field, *kept, ValuePart::Era, FormDates::Wareki, japanese) : *kept;
        for (const FormOption &option : circle.options) {
            if (option.value == chosen)
                fill.circled.append(option.box);
        }
    }
    for (const FormCheck &check : form.checks) {
        if (check.person >= people)
            continue;
        const FieldKey key{check.field, check.person};
        const auto kept = profile.value(key);
        if (!kept) {
            noteAbsent(profile, key, fill);
            continue;
        }
        if (*kept == check.equals)
            fill.ticked.append(check.box);
    }
    return fill;
}

QJsonObject formValuesJson(const QList<FormDefinition> &forms, const Profile &profile)
{
    QJsonArray list;
    for (const FormDefinition &form : forms) {
        QJsonObject values;
        QStringList missing;
        QStringList conflicts;
        for (const auto &[field, person] : form.placedValues()) {
            const FieldKey key{field, person};
            if (key.person >= profile.people())
                continue; // a row for somebody the household does not have
            if (const auto value = profile.value(key))
                values.insert(fieldPath(key), *value);
            else
                (profile.candidates(key).isEmpty() ? missing : conflicts).append(fieldPath(key));
        }
        list.append(QJsonObject{{u"id"_s, form.id},
                                {u"title"_s, form.title.text(u"ja"_s)},
                                {u"values"_s, values},
                                {u"missing"_s, QJsonArray::fromStringList(missing)},
                                {u"conflicts"_s, QJsonArray::fromStringList(conflicts)}});
    }
    return QJsonObject{{u"forms"_s, list}};
}

QByteArray formValuesCsv(const QList<FormDefinition> &forms, const Profile &profile)
{
    QString csv = u"form,field,value\r\n"_s;
    for (const QJsonValue &form : formValuesJson(forms, profile).value(u"forms"_s).toArray()) {
        const QJsonObject values = form[u"values"_s].toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            csv += csvCell(form[u"id"_s].toString()) + u',' + csvCell(it.key()) + u',' + csvCell(it.value().toString()) + u"\r\n"_s;
    }
    return csv.toUtf8();
}

} // namespace Madoguchi
