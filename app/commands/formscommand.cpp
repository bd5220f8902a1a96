// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formscommand.h"

#include "common/languagecatalogs.h"
#include "config/formreader.h"
#include "forms/formfill.h"
#include "forms/formrenderer.h"
#include "profile/fieldcatalogue.h"
#include "profile/profilejson.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

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

/// The shipped forms, or those of --forms DIR; prints every problem and gives nothing when there is one.
std::optional<QList<FormDefinition>> readForms(const QString &folder)
{
    const FormsLoadResult read = folder.isEmpty() ? FormReader::shipped() : FormReader::readFolder(folder);
    for (const ConfigDiagnostic &diagnostic : read.diagnostics)
        err(diagnostic.toString());
    if (!read.diagnostics.isEmpty())
        return std::nullopt;
    return read.forms;
}

QCommandLineOption formsFolderOption()
{
    return QCommandLineOption(u"forms"_s, CliTr::tr("A folder of form definitions (default: the forms shipped with Madoguchi)."),
                              CliTr::tr("folder"));
}

int list(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption folderOpt = formsFolderOption();
    parser.addOption(folderOpt);
    if (const int code =
            parseVerb(parser, arguments, u"list"_s,
                      CliTr::tr("Lists the forms: id, paper, the services that use them, the title and the fields they print."));
        code >= 0)
        return code;
    const auto forms = readForms(parser.value(folderOpt));
    if (!forms)
        return Failure;
    for (const FormDefinition &form : *forms) {
        out(u"%1  %2×%3 mm  %4  %5"_s.arg(form.id, -28)
                .arg(form.paper.width())
                .arg(form.paper.height())
                .arg(form.services.join(u','), -12)
                .arg(form.title.text(u"ja"_s)));
        out(u"    "_s + form.fields().join(u' '));
    }
    return Success;
}

int render(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption folderOpt = formsFolderOption();
    const QCommandLineOption formOpt(u"form"_s, CliTr::tr("The form's id (madoguchi forms list); repeat it for several."), CliTr::tr("id"));
    const QCommandLineOption profileOpt(u"profile"_s, CliTr::tr("A profile file (JSON keyed by field ids, docs/forms.md)."),
                                        CliTr::tr("file"));
    const QCommandLineOption outOpt(u"out"_s,
                                    CliTr::tr("Where to write: a .pdf (every form a page), a .png (the first form), "
                                              "a .json or a .csv (the values for a back-office system)."),
                                    CliTr::tr("file"));
    const QCommandLineOption overlayOpt(u"overlay"_s, CliTr::tr("Only the values, for the office's pre-printed paper forms."));
    const QCommandLineOption offsetOpt(u"offset"_s, CliTr::tr("Moves the values on the paper by X,Y millimetres (a printer's offset)."),
                                       CliTr::tr("x,y"), u"0,0"_s);
    const QCommandLineOption backgroundOpt(u"background"_s, CliTr::tr("Draws the form's scanned paper under it (previews)."));
    parser.addOptions({folderOpt, formOpt, profileOpt, outOpt, overlayOpt, offsetOpt, backgroundOpt});
    if (const int code = parseVerb(parser, arguments, u"render"_s,
                                   CliTr::tr("Fills forms from a profile file and writes them as PDF, PNG, JSON or CSV."));
        code >= 0)
        return code;
    if (!parser.isSet(formOpt) || !parser.isSet(profileOpt) || !parser.isSet(outOpt)) {
        err(CliTr::tr("madoguchi forms render: --form, --profile and --out are needed."));
        return UsageError;
    }
    const QStringList offset = parser.value(offsetOpt).split(u',');
    bool okX = false;
    bool okY = false;
    const QPointF offsetMm(offset.value(0).toDouble(&okX), offset.value(1).toDouble(&okY));
    if (offset.size() != 2 || !okX || !okY || std::abs(offsetMm.x()) > 20 || std::abs(offsetMm.y()) > 20) {
        err(CliTr::tr("madoguchi forms render: --offset is X,Y in millimetres, each between -20 and 20 (e.g. 1.5,-0.5)."));
        return UsageError;
    }
    const auto all = readForms(parser.value(folderOpt));
    if (!all)
        return Failure;
    QList<FormDefinition> forms;
    for (const QString &id : parser.values(formOpt)) {
        const auto it = std::find_if(all->begin(), all->end(), [&](const FormDefinition &form) { return form.id == id; });
        if (it == all->end()) {
            err(CliTr::tr("madoguchi forms render: there is no form '%1' (madoguchi forms list shows them).").arg(id));
            return Failure;
        }
        forms.append(*it);
    }
    QFile file(parser.value(profileOpt));
    if (!file.open(QIODevice::ReadOnly)) {
        err(CliTr::tr("madoguchi forms render: cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return Failure;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        err(CliTr::tr("%1: not a JSON object: %2").arg(file.fileName(), parseError.errorString()));
        return Failure;
    }
    const auto profile = profileFromJson(document.object(), ValueSource::Clerk, QDateTime::currentDateTimeUtc());
    if (!profile) {
        err(file.fileName() + u": "_s + profile.error().message);
        return Failure;
    }

    const QString out = parser.value(outOpt);
    if (out.endsWith(u".json"_s) || out.endsWith(u".csv"_s)) {
        QFile values(out);
        if (!values.open(QIODevice::WriteOnly)) {
            err(CliTr::tr("madoguchi forms render: cannot write %1: %2").arg(out, values.errorString()));
            return Failure;
        }
        values.write(out.endsWith(u".csv"_s) ? formValuesCsv(forms, *profile)
                                             : QJsonDocument(formValuesJson(forms, *profile)).toJson(QJsonDocument::Indented));
        return Success;
    }
    const LanguageCatalogs catalogs({u"ja"_s});
    const TranslateFunction japanese = [&](const char *context, const char *source) {
        return catalogs.translate(u"ja"_s, context, source);
    };
    QList<FormFill> fills;
    for (const FormDefinition &form : std::as_const(forms)) {
        fills.append(fillForm(form, *profile, japanese));
        for (const QString &path : fills.constLast().missing)
            err(CliTr::tr("%1: no value for %2").arg(form.id, path));
        for (const QString &path : fills.constLast().conflicts)
            err(CliTr::tr("%1: the sources disagree on %2; choose one").arg(form.id, path));
    }
    const FormRenderOptions options{parser.isSet(overlayOpt), offsetMm, parser.isSet(backgroundOpt)};
    std::optional<FormRenderNotes> notes;
    if (out.endsWith(u".png"_s)) {
        const QImage image = FormRenderer::preview(forms.constFirst(), fills.constFirst(), 150, options);
        if (image.save(out))
            notes = FormRenderNotes{};
    } else {
        notes = FormRenderer::writePdf(out, forms, fills, options);
    }
    if (!notes) {
        err(CliTr::tr("madoguchi forms render: cannot write %1.").arg(out));
        return Failure;
    }
    for (const UndrawableCharacter &character : notes->undrawable)
        err(CliTr::tr("%1: a character no font draws (U+%2): write it by hand")
                .arg(character.path)
                .arg(uint(character.codePoint), 4, 16, QChar(u'0'))
                .toUpper());
    for (const QString &path : notes->overflowing)
        err(CliTr::tr("%1: the value does not fit its box even at its smallest size").arg(path));
    return Success;
}

int forms(const QStringList &arguments)
{
    return runVerb(arguments, {{u"fields"_s, fields}, {u"list"_s, list}, {u"render"_s, render}},
                   CliTr::tr("Usage: madoguchi forms <fields|list|render> [options]\n"
                             "Run 'madoguchi forms <action> --help' for the options of an action."));
}

} // namespace

Command formsCommand()
{
    return {u"forms"_s, CliTr::tr("the forms of the no-writing counter: fields, list, render"), forms};
}

} // namespace Madoguchi::Cli
