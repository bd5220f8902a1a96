// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldvalue.h"

#include "fieldcatalogue.h"
#include "notify/notice.h"
#include "textwidth.h"
#include "wareki.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

using FieldResult = Result<QString, FieldErrorCode>;

bool isDash(QChar c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u2011' || c == u'\u2012' || c == u'\u2013' || c == u'\u2014' || c == u'\u2015'
        || c == u'\u2212' || c == u'\u30FC' || c == u'\uFF70';
}

bool hasControl(QStringView text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.category() == QChar::Other_Control || c == u'\u2028' || c == u'\u2029'; });
}

// A dash of any width between two digits as '-': ４ー５ and 4−5 are how people type 4-5.
QString uniformDashesBetweenDigits(const QString &text)
{
    QString out = text;
    for (qsizetype i = 1; i + 1 < out.size(); ++i) {
        if (isDash(out[i]) && out[i - 1].isDigit() && out[i + 1].isDigit())
            out[i] = u'-';
    }
    return out;
}

// What a person types in a text box, made uniform: full-width Latin and digits as half-width,
// half-width katakana as full-width, spaces simplified. Kanji are never touched.
QString uniformText(QStringView raw)
{
    return simplifiedSpaces(toFullWidthKatakana(toHalfWidthAscii(raw)));
}

qsizetype codePoints(const QString &text)
{
    return text.toUcs4().size();
}

FieldResult checkLength(const FieldDefinition &field, QString kept)
{
    if (field.maxLength > 0 && codePoints(kept) > field.maxLength)
        return fieldError(FieldErrorCode::TooLong,
                          QT_TRANSLATE_NOOP("Madoguchi::Field", "This is longer than the form has room for (%1 characters)."),
                          {QString::number(field.maxLength)});
    return kept;
}

FieldResult name(const FieldDefinition &field, QStringView raw)
{
    const QString kept = uniformText(raw);
    static const QRegularExpression forbidden(u"[!\"#$%&()*+/:;<=>?@\\[\\\\\\]^_`{|}~]"_s);
    if (hasControl(kept) || forbidden.match(kept).hasMatch() || std::any_of(kept.begin(), kept.end(), [](QChar c) { return c.isDigit(); }))
        return fieldError(FieldErrorCode::NotText, QT_TRANSLATE_NOOP("Madoguchi::Field", "A name has no digits or symbols."));
    return checkLength(field, kept);
}

FieldResult kana(const FieldDefinition &field, QStringView raw)
{
    const QString kept = hiraganaToKatakana(uniformText(raw));
    static const QRegularExpression reading(u"^[\\x{30A1}-\\x{30FA}\\x{30FB}\\x{30FC}\\x{30FD}\\x{30FE} \\x{3000}]*$"_s);
    if (!reading.match(kept).hasMatch())
        return fieldError(FieldErrorCode::NotKana, QT_TRANSLATE_NOOP("Madoguchi::Field", "Write the reading in katakana or hiragana."));
    return checkLength(field, kept);
}

FieldResult text(const FieldDefinition &field, QStringView raw)
{
    const QString kept = uniformDashesBetweenDigits(uniformText(raw));
    if (hasControl(kept))
        return fieldError(FieldErrorCode::NotText, QT_TRANSLATE_NOOP("Madoguchi::Field", "This holds characters that cannot be printed."));
    return checkLength(field, kept);
}

FieldResult date(QStringView raw)
{
    const auto day = parseJapaneseDate(raw);
    if (!day)
        return fieldError(
            FieldErrorCode::NoSuchDate,
            QT_TRANSLATE_NOOP("Madoguchi::Field", "This is not a date that exists. Write it as 1990-04-01 or 平成2年4月1日."));
    return day->toString(Qt::ISODate);
}

FieldResult choice(const FieldDefinition &field, QStringView raw)
{
    const QString code = toHalfWidthAscii(raw).trimmed();
    if (std::none_of(field.choices.begin(), field.choices.end(), [&](const FieldChoice &c) { return c.code == code; }))
        return fieldError(FieldErrorCode::UnknownChoice, QT_TRANSLATE_NOOP("Madoguchi::Field", "Choose one of the answers offered."));
    return code;
}

// Digits with what people put between them (spaces, dashes of any width, 〒, brackets) taken out.
QString digitsOnly(QStringView raw)
{
    QString out;
    for (const QChar c : toHalfWidthAscii(raw)) {
        if (c >= u'0' && c <= u'9')
            out.append(c);
        else if (!isDash(c) && c != u' ' && c != u'〒' && c != u'(' && c != u')')
            return {}; // a letter or a symbol: not a number at all
    }
    return out;
}

FieldResult postalCode(QStringView raw)
{
    const QString digits = digitsOnly(raw);
    if (digits.size() != 7)
        return fieldError(FieldErrorCode::BadPostalCode, QT_TRANSLATE_NOOP("Madoguchi::Field", "A postal code has 7 digits, as 123-4567."));
    return digits;
}

FieldResult phone(QStringView raw)
{
    const QString plain = toHalfWidthAscii(raw).trimmed();
    const bool international = plain.startsWith(u'+');
    const QString digits = digitsOnly(international ? plain.mid(1) : plain);
    const bool fits = international ? (digits.size() >= 8 && digits.size() <= 15)
                                    : (digits.startsWith(u'0') && digits.size() >= 10 && digits.size() <= 11);
    if (!fits)
        return fieldError(
            FieldErrorCode::BadPhone,
            QT_TRANSLATE_NOOP("Madoguchi::Field",
                              "A telephone number has 10 or 11 digits starting with 0, or starts with + and the country code."));
    // Kept as written, in half-width digits with single hyphens where the person put a break.
    QString kept = international ? u"+"_s : QString();
    bool breakPending = false;
    for (const QChar c : international ? plain.mid(1) : plain) {
        if (c.isDigit()) {
            if (breakPending && kept.size() > (international ? 1 : 0))
                kept.append(u'-');
            breakPending = false;
            kept.append(c);
        } else {
            breakPending = true;
        }
    }
    return kept;
}

FieldResult email(QStringView raw)
{
    QString kept = toHalfWidthAscii(raw).trimmed();
    const qsizetype at = kept.lastIndexOf(u'@');
    if (at > 0)
        kept = kept.left(at + 1) + kept.mid(at + 1).toLower();
    if (!isMailAddress(kept))
        return fieldError(FieldErrorCode::BadEmail, QT_TRANSLATE_NOOP("Madoguchi::Field", "This is not an e-mail address."));
    return kept;
}

FieldResult residenceCardNumber(QStringView raw)
{
    const QString kept = toHalfWidthAscii(raw).remove(u' ').remove(u'-').toUpper();
    static const QRegularExpression pattern(u"^[A-Z]{2}[0-9]{8}[A-Z]{2}$"_s);
    if (!pattern.match(kept).hasMatch())
        return fieldError(
            FieldErrorCode::BadCardNumber,
            QT_TRANSLATE_NOOP("Madoguchi::Field", "A residence card number is 2 letters, 8 digits and 2 letters, as AB12345678CD."));
    return kept;
}

FieldResult digits(const FieldDefinition &field, QStringView raw)
{
    const QString kept = digitsOnly(raw);
    if (kept.size() < field.minLength || kept.size() > field.maxLength || kept.isEmpty())
        return fieldError(
            FieldErrorCode::BadDigits, QT_TRANSLATE_NOOP("Madoguchi::Field", "Write %1 digits."),
            {field.minLength == field.maxLength ? QString::number(field.maxLength) : u"%1–%2"_s.arg(field.minLength).arg(field.maxLength)});
    return kept;
}

} // namespace

FieldError fieldError(FieldErrorCode code, const char *source, QStringList arguments)
{
    Sentence said{"Madoguchi::Field", source, std::move(arguments)};
    return FieldError{code, said.text(), said};
}

Result<QString, FieldErrorCode> normaliseFieldValue(const FieldDefinition &field, QStringView raw)
{
    if (simplifiedSpaces(toHalfWidthAscii(raw)).isEmpty())
        return fieldError(FieldErrorCode::Empty, QT_TRANSLATE_NOOP("Madoguchi::Field", "This field is empty."));
    switch (field.type) {
    case FieldType::Name: return name(field, raw);
    case FieldType::Kana: return kana(field, raw);
    case FieldType::Text:
    case FieldType::Address: return text(field, raw);
    case FieldType::Date: return date(raw);
    case FieldType::Choice: return choice(field, raw);
    case FieldType::PostalCode: return postalCode(raw);
    case FieldType::Phone: return phone(raw);
    case FieldType::Email: return email(raw);
    case FieldType::ResidenceCardNumber: return residenceCardNumber(raw);
    case FieldType::Digits: return digits(field, raw);
    }
    Q_UNREACHABLE();
    return QString();
}

QString displayFieldValue(const FieldDefinition &field, const QString &kept, const QString &language, DateStyle dates,
                          const TranslateFunction &translate)
{
    switch (field.type) {
    case FieldType::Date: {
        const QDate day = QDate::fromString(kept, Qt::ISODate);
        if (!day.isValid())
            return kept;
        if (dates == DateStyle::Wareki) {
            if (const auto wareki = toWareki(day))
                return formatWareki(*wareki);
        }
        // Other languages get the ISO form: 01/04 reads as January or April depending on the reader.
        return language.startsWith(u"ja") ? u"%1年%2月%3日"_s.arg(day.year()).arg(day.month()).arg(day.day()) : kept;
    }
    case FieldType::PostalCode: return kept.size() == 7 ? kept.left(3) + u'-' + kept.mid(3) : kept;
    case FieldType::Choice: {
        const QString label = choiceLabel(field, kept, translate);
        return label.isEmpty() ? kept : label;
    }
    default: return kept;
    }
}

} // namespace Madoguchi
