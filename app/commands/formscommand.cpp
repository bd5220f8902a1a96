// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formscommand.h"

#include "common/languagecatalogs.h"
#include "profile/fieldcatalogue.h"

using namespace Qt::StringLiterals;

namespace Madoguchi::Cli {
namespace {

int fields(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption langOpt(u"lang"_s, CliTr::tr("The language of the labels (ja, en, vi …)."), CliTr::tr("language"), u"ja"_s);
    parser.addOption(langOpt);
    if (const int code = parseVerb(parser, arguments, u"fields"_s,
                                   CliTr::tr("Lists the shared fields that profiles and form definitions use: id, type, where it is "
                                             "filled (once per visit, or per person), the most characters, the label and the choices."));
        code >= 0)
        return code;
    const QString language = parser.value(langOpt);
    const LanguageCatalogs catalogs({language});
    const TranslateFunction translate = [&](const char *context, const char *source) {
        return catalogs.translate(language, context, source);
    };
    for (const FieldDefinition &field : fieldCatalogue()) {
        QString line = u"%1  %2  %3  %4  %5"_s.arg(QString(field.id), -22)
                           .arg(fieldTypeName(field.type), -21)
                           .arg(field.scope == FieldScope::Person ? u"person"_s : u"visit"_s, -6)
                           .arg(field.maxLength, 3)
                           .arg(fieldLabel(field, translate));
        QStringList choices;
        for (const FieldChoice &choice : field.choices)
            choices.append(QString(choice.code) + u'=' + choiceLabel(field, QString(choice.code), translate));
        if (!choices.isEmpty())
            line += u"  ("_s + choices.join(u", "_s) + u')';
        out(line);
    }
    return Success;
}

int forms(const QStringList &arguments)
{
    return runVerb(arguments, {{u"fields"_s, fields}},
                   CliTr::tr("Usage: madoguchi forms <fields> [options]\n"
                             "Run 'madoguchi forms <action> --help' for the options of an action."));
}

} // namespace

Command formsCommand()
{
    return {u"forms"_s, CliTr::tr("the forms of the no-writing counter: fields"), forms};
}

} // namespace Madoguchi::Cli
