// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preapplicationpage.h"

#include "common/languagecatalogs.h"
#include "common/textresource.h"
#include "guide/guidepage.h"
#include "preapplication.h"
#include "profile/fieldcatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>

using namespace Qt::StringLiterals;

namespace Madoguchi {
namespace {

constexpr const char *kContext = "Madoguchi::PreApplicationPage";

// The page's sentences, by the key its script looks them up with.
const std::pair<const char *, const char *> kTexts[] = {
    {"title", QT_TRANSLATE_NOOP("Madoguchi::PreApplicationPage", "Fill in your details before you come")},
    {"language", QT_TRANSLATE_NOOP("Madoguchi::PreApplicationPage", "Language")},
    {"intro",
     QT_TRANSLATE_NOOP("Madoguchi::PreApplicationPage",
                       "Write your details once here, and show the code you get at the kiosk or the counter: the clerk fills "
                       "in your forms. Nothing is sent anywhere: the details stay on this phone until you show the code.")},
    {"fieldsHeading", QT_TRANSLATE_NOOP("Madoguchi::PreApplicationPage", "Your details")},
    {"fieldsHint",
     QT_TRANSLATE_NOOP("Madoguchi::PreApplicationPage",
                       "Fill in what you know; leave the rest empty. Write names as on your residence record.")},
    {"make", QT_TRANSLATE_NOOP("Madoguchi::PreApplicationPage", "Make my code")},
    {"invalid", QT_TRANSLATE_NOOP("Madoguchi::PreApplicationPage", "Please check “%1”.")},
    {"empty", QT_TRANSLATE_NOOP("Madoguchi::PreApplicationPage", "Please fill in at least one detail.")},
    {"tooLong",
     QT_TRANSLATE_NOOP("Madoguchi::PreApplicationPage",
                       "The details are too long for one code. Please leave out what the clerk can fill in, such as a "
                       "previous address.")},
    {"resultHeading", QT_TRANSLATE_NOOP("Madoguchi::PreApplicationPage", "Your code")},
    {"resultHint",
     QT_TRANSLATE_NOOP("Madoguchi::PreApplicationPage",
                       "Show this code at the kiosk or the counter. Keep the screen bright; take a screenshot to keep it.")},
    {"change", QT_TRANSLATE_NOOP("Madoguchi::PreApplicationPage", "Change my details")},
    {"noScript", QT_TRANSLATE_NOOP("Madoguchi::PreApplicationPage", "This page needs JavaScript to make your code.")},
};

QString typeName(FieldType type)
{
    switch (type) {
    case FieldType::Name: return u"name"_s;
    case FieldType::Date: return u"date"_s;
    case FieldType::Choice: return u"choice"_s;
    case FieldType::PostalCode: return u"postalCode"_s;
    case FieldType::Phone: return u"phone"_s;
    case FieldType::Email: return u"email"_s;
    case FieldType::Digits: return u"digits"_s;
    default: return u"text"_s;
    }
}

/// What the browser checks before the code is made (the kiosk checks everything again). Browsers
/// compile a pattern with the "v" flag, where "-", "(" and ")" in a class must be escaped.
QString pattern(const FieldDefinition &field)
{
    switch (field.type) {
    case FieldType::Kana: return u"[\\u3040-\\u30ff\\uff66-\\uff9f\\s\\u3000]+"_s;
    case FieldType::PostalCode: return u"[0-9０-９]{3}[\\-ー－]?[0-9０-９]{4}"_s;
    case FieldType::Phone: return u"\\+?[0-9０-９][0-9０-９\\-－\\(\\) ]{5,19}"_s;
    case FieldType::ResidenceCardNumber: return u"[A-Za-z]{2}[0-9]{8}[A-Za-z]{2}"_s;
    case FieldType::Digits: return u"[0-9]{%1,%2}"_s.arg(field.minLength).arg(field.maxLength);
    default: return {};
    }
}

QString autocomplete(QLatin1StringView id)
{
    static const std::map<QLatin1StringView, QString> hints{
        {"familyName"_L1, u"family-name"_s},
        {"givenName"_L1, u"given-name"_s},
        {"birthDate"_L1, u"bday"_s},
        {"postalCode"_L1, u"postal-code"_s},
        {"phone"_L1, u"tel"_s},
        {"email"_L1, u"email"_s},
    };
    const auto found = hints.find(id);
    return found == hints.end() ? QString() : found->second;
}

} // namespace

QByteArray preApplicationPage(const LanguageCatalogs &catalogs, const QStringList &languages, const QList<FormDefinition> &forms,
                              const GuideCatalogue &guide, const OfficeConfig &office)
{
    const auto inEach = [&](const std::function<QString(const TranslateFunction &)> &text) {
        QJsonObject each;
        for (const QString &language : languages)
            each.insert(language,
                        text([&](const char *context, const char *source) { return catalogs.translate(language, context, source); }));
        return each;
    };

    std::set<QString> printed; // the visitor's fields some form prints
    for (const FormDefinition &form : forms) {
        for (const auto &[field, person] : form.placedValues()) {
            if (person == 0)
                printed.insert(field);
        }
    }
    QJsonArray fields;
    for (const FieldDefinition &field : fieldCatalogue()) {
        if (!printed.contains(QString(field.id)))
            continue;
        QJsonObject entry{{u"id"_s, QString(field.id)},
                          {u"type"_s, typeName(field.type)},
                          // As typed: a postal code may carry its hyphen.
                          {u"max"_s, field.type == FieldType::PostalCode ? field.maxLength + 1 : field.maxLength},
                          {u"labels"_s, inEach([&](const TranslateFunction &translate) { return fieldLabel(field, translate); })}};
        if (const QString check = pattern(field); !check.isEmpty())
            entry.insert(u"pattern"_s, check);
        if (const QString hint = autocomplete(field.id); !hint.isEmpty())
            entry.insert(u"autocomplete"_s, hint);
        QJsonArray choices;
        for (const FieldChoice &choice : field.choices) {
            choices.append(QJsonObject{{u"code"_s, QString(choice.code)}, {u"labels"_s, inEach([&](const TranslateFunction &translate) {
                                                                               return choiceLabel(field, QString(choice.code), translate);
                                                                           })}});
        }
        if (!choices.isEmpty())
            entry.insert(u"choices"_s, choices);
        fields.append(entry);
    }
    QJsonObject texts;
    for (const QString &language : languages) {
        QJsonObject one = guidePageTexts(catalogs, language);
        for (const auto &[key, source] : kTexts)
            one.insert(QString::fromLatin1(key), catalogs.translate(language, kContext, source));
        texts.insert(language, one);
    }
    QJsonArray names;
    for (const QString &language : languages)
        names.append(QJsonObject{{u"tag"_s, language}, {u"name"_s, LanguageCatalogs::endonym(language)}});
    const QJsonObject data{{u"languages"_s, names},
                           {u"texts"_s, texts},
                           {u"fields"_s, fields},
                           {u"guide"_s, guidePageData(guide, office, catalogs, languages)},
                           {u"prefix"_s, QString(QString(kPreApplicationPrefix) + QString::number(kPreApplicationVersion) + u':')}};

    QString page = readTextResource(u":/madoguchi/web/pre-application.html"_s);
    // The data sits in a script element: "</" would end it early.
    const QString json = QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)).replace(u"</"_s, u"<\\/"_s);
    // Before the script runs (and without it), the page speaks the first language.
    const QJsonObject first = texts.value(languages.value(0)).toObject();
    page.replace(u"{{title}}"_s, first.value(u"title"_s).toString().toHtmlEscaped());
    page.replace(u"{{noScript}}"_s, first.value(u"noScript"_s).toString().toHtmlEscaped());
    page.replace(u"{{lang}}"_s, languages.value(0));
    page.replace(u"{{reading}}"_s, guideReadingHtml(guide, office, catalogs, languages.value(0)));
    page.replace(u"{{qrcode}}"_s, readTextResource(u":/madoguchi/web/qrcode.js"_s));
    page.replace(u"{{data}}"_s, json);
    return page.toUtf8();
}

} // namespace Madoguchi
