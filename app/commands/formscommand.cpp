// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formscommand.h"

#include "common/languagecatalogs.h"
#include "config/formreader.h"
#include "forms/formfill.h"
#include "forms/formprinter.h"
#include "forms/formrenderer.h"
#include "officefiles.h"
#include "profile/fieldcatalogue.h"
#include "profile/profilejson.h"
#include "qmlwindow.h"
#include "scan/preapplicationpage.h"

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

/// The options render and print share: which forms, the profile, how to draw them.
struct FillOptions {
    QCommandLineOption folder = formsFolderOption();
    QCommandLineOption form{u"form"_s, CliTr::tr("The form's id (madoguchi forms list); repeat it for several."), CliTr::tr("id")};
    QCommandLineOption profile{u"profile"_s, CliTr::tr("A profile file (JSON keyed by field ids, docs/forms.md)."), CliTr::tr("file")};
    QCommandLineOption overlay{u"overlay"_s, CliTr::tr("Only the values, for the office's pre-printed paper forms.")};
    QCommandLineOption offset{u"offset"_s, CliTr::tr("Moves the values on the paper by X,Y millimetres (a printer's offset)."),
                              CliTr::tr("x,y"), u"0,0"_s};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({folder, form, profile, overlay, offset}); }
};

/// The forms of a job, filled from its profile, with how to draw them.
struct FillJob {
    QList<FormDefinition> forms;
    Profile profile;
    QList<FormFill> fills;
    FormRenderOptions options;
};

/// Reads the job the options describe; prints why when it cannot and sets the exit code.
std::optional<FillJob> readFillJob(const QCommandLineParser &parser, const FillOptions &options, const QString &verb, int &exitCode)
{
    exitCode = UsageError;
    const QStringList offset = parser.value(options.offset).split(u',');
    bool okX = false;
    bool okY = false;
    const QPointF offsetMm(offset.value(0).toDouble(&okX), offset.value(1).toDouble(&okY));
    if (offset.size() != 2 || !okX || !okY || std::abs(offsetMm.x()) > 20 || std::abs(offsetMm.y()) > 20) {
        err(CliTr::tr("madoguchi forms %1: --offset is X,Y in millimetres, each between -20 and 20 (e.g. 1.5,-0.5).").arg(verb));
        return std::nullopt;
    }
    exitCode = Failure;
    const auto all = readForms(parser.value(options.folder));
    if (!all)
        return std::nullopt;
    FillJob job;
    job.options = FormRenderOptions{parser.isSet(options.overlay), offsetMm, false};
    for (const QString &id : parser.values(options.form)) {
        const auto it = std::find_if(all->begin(), all->end(), [&](const FormDefinition &form) { return form.id == id; });
        if (it == all->end()) {
            err(CliTr::tr("madoguchi forms %1: there is no form '%2' (madoguchi forms list shows them).").arg(verb, id));
            return std::nullopt;
        }
        job.forms.append(*it);
    }
    QFile file(parser.value(options.profile));
    if (!file.open(QIODevice::ReadOnly)) {
        err(CliTr::tr("madoguchi forms %1: cannot read %2: %3").arg(verb, file.fileName(), file.errorString()));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        err(CliTr::tr("%1: not a JSON object: %2").arg(file.fileName(), parseError.errorString()));
        return std::nullopt;
    }
    auto profile = profileFromJson(document.object(), ValueSource::Clerk, QDateTime::currentDateTimeUtc());
    if (!profile) {
        err(file.fileName() + u": "_s + profile.error().message);
        return std::nullopt;
    }
    job.profile = std::move(profile).value();
    const LanguageCatalogs catalogs({u"ja"_s});
    const TranslateFunction japanese = [&](const char *context, const char *source) {
        return catalogs.translate(u"ja"_s, context, source);
    };
    for (const FormDefinition &form : std::as_const(job.forms)) {
        job.fills.append(fillForm(form, job.profile, japanese));
        for (const QString &path : job.fills.constLast().missing)
            err(CliTr::tr("%1: no value for %2").arg(form.id, path));
        for (const QString &path : job.fills.constLast().conflicts)
            err(CliTr::tr("%1: the sources disagree on %2; choose one").arg(form.id, path));
    }
    exitCode = Success;
    return job;
}

void reportNotes(const FormRenderNotes &notes)
{
    for (const UndrawableCharacter &character : notes.undrawable)
        err(CliTr::tr("%1: a character no font draws (U+%2): write it by hand")
                .arg(character.path, QString::number(uint(character.codePoint), 16).toUpper().rightJustified(4, u'0')));
    for (const QString &path : notes.overflowing)
        err(CliTr::tr("%1: the value does not fit its box even at its smallest size").arg(path));
}

int render(const QStringList &arguments)
{
    QCommandLineParser parser;
    const FillOptions fill;
    fill.addTo(parser);
    const QCommandLineOption outOpt(u"out"_s,
                                    CliTr::tr("Where to write: a .pdf (every form a page), a .png (the first form), "
                                              "a .json or a .csv (the values for a back-office system)."),
                                    CliTr::tr("file"));
    const QCommandLineOption backgroundOpt(u"background"_s, CliTr::tr("Draws the form's scanned paper under it (a .png preview only)."));
    parser.addOptions({outOpt, backgroundOpt});
    if (const int code = parseVerb(parser, arguments, u"render"_s,
                                   CliTr::tr("Fills forms from a profile file and writes them as PDF, PNG, JSON or CSV."));
        code >= 0)
        return code;
    if (!parser.isSet(fill.form) || !parser.isSet(fill.profile) || !parser.isSet(outOpt)) {
        err(CliTr::tr("madoguchi forms render: --form, --profile and --out are needed."));
        return UsageError;
    }
    int exitCode = Success;
    auto job = readFillJob(parser, fill, u"render"_s, exitCode);
    if (!job)
        return exitCode;
    job->options.background = parser.isSet(backgroundOpt);

    const QString out = parser.value(outOpt);
    std::optional<FormRenderNotes> notes;
    if (out.endsWith(u".json"_s) || out.endsWith(u".csv"_s)) {
        QFile values(out);
        if (values.open(QIODevice::WriteOnly)
            && values.write(out.endsWith(u".csv"_s)
                                ? formValuesCsv(job->forms, job->profile)
                                : QJsonDocument(formValuesJson(job->forms, job->profile)).toJson(QJsonDocument::Indented))
                > 0)
            notes = FormRenderNotes{};
    } else if (out.endsWith(u".png"_s)) {
        FormRenderNotes drawn;
        const QImage image = FormRenderer::preview(job->forms.constFirst(), job->fills.constFirst(), 150, job->options, &drawn);
        if (image.save(out))
            notes = drawn;
    } else {
        notes = FormRenderer::writePdf(out, job->forms, job->fills, job->options);
    }
    if (!notes) {
        err(CliTr::tr("madoguchi forms render: cannot write %1.").arg(out));
        return Failure;
    }
    reportNotes(*notes);
    return Success;
}

int print(const QStringList &arguments)
{
    QCommandLineParser parser;
    const FillOptions fill;
    fill.addTo(parser);
    const QCommandLineOption printerOpt(u"printer"_s, CliTr::tr("The printer's name as the print system knows it (lpstat -p lists them)."),
                                        CliTr::tr("name"));
    const QCommandLineOption copiesOpt(u"copies"_s, CliTr::tr("How many copies (1–9)."), CliTr::tr("n"), u"1"_s);
    parser.addOptions({printerOpt, copiesOpt});
    if (const int code = parseVerb(parser, arguments, u"print"_s,
                                   CliTr::tr("Fills forms from a profile file and prints them through the print system (CUPS), "
                                             "in full or, with --overlay, only the values onto pre-printed paper."));
        code >= 0)
        return code;
    const int copies = parser.value(copiesOpt).toInt();
    if (!parser.isSet(fill.form) || !parser.isSet(fill.profile) || !parser.isSet(printerOpt) || copies < 1 || copies > 9) {
        err(CliTr::tr("madoguchi forms print: --form, --profile and --printer are needed, and --copies is 1 to 9."));
        return UsageError;
    }
    int exitCode = Success;
    const auto job = readFillJob(parser, fill, u"print"_s, exitCode);
    if (!job)
        return exitCode;
    const FormPrintJob printJob{parser.value(printerOpt), copies, job->forms.constFirst().title.text(u"ja"_s)};
    const auto printed = printForms(printJob, job->forms, job->fills, job->options);
    if (const auto *problem = std::get_if<QString>(&printed)) {
        err(u"madoguchi forms print: "_s + *problem);
        return Failure;
    }
    const auto *notes = std::get_if<FormRenderNotes>(&printed);
    reportNotes(*notes);
    out(CliTr::tr("Sent %n form(s) to %1.", nullptr, int(job->forms.size())).arg(printJob.printer));
    return Success;
}

int page(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption folderOpt = formsFolderOption();
    const QCommandLineOption guideOpt = guideFolderOption();
    const QCommandLineOption configOpt(
        u"config"_s, CliTr::tr("The office configuration whose counters the page names (default: the sample office)."), CliTr::tr("file"));
    const QCommandLineOption outOpt(u"out"_s, CliTr::tr("The HTML file to write."), CliTr::tr("file"));
    parser.addOptions({folderOpt, guideOpt, configOpt, outOpt});
    if (const int code = parseVerb(parser, arguments, u"page"_s,
                                   CliTr::tr("Writes the resident's web guide and pre-application page: one self-contained HTML file "
                                             "for the city's website, where residents find what a life event calls for, fill in their "
                                             "details at home and get the code the kiosk reads."));
        code >= 0)
        return code;
    if (!parser.isSet(outOpt)) {
        err(CliTr::tr("madoguchi forms page: give the file with --out."));
        return UsageError;
    }
    const auto forms = readForms(parser.value(folderOpt));
    const auto guide = readGuide(parser.value(guideOpt));
    const auto office = loadOffice(parser.isSet(configOpt) ? parser.value(configOpt) : u":/offices/midori-ward.toml"_s);
    if (!forms || !guide || !office)
        return Failure;
    const LanguageCatalogs catalogs(productLanguages());
    QFile file(parser.value(outOpt));
    if (!file.open(QIODevice::WriteOnly) || file.write(preApplicationPage(catalogs, productLanguages(), *forms, *guide, *office)) < 0) {
        err(CliTr::tr("madoguchi forms page: cannot write %1.").arg(file.fileName()));
        return Failure;
    }
    return Success;
}

int forms(const QStringList &arguments)
{
    return runVerb(arguments, {{u"fields"_s, fields}, {u"list"_s, list}, {u"render"_s, render}, {u"print"_s, print}, {u"page"_s, page}},
                   CliTr::tr("Usage: madoguchi forms <fields|list|render|print|page> [options]\n"
                             "Run 'madoguchi forms <action> --help' for the options of an action."));
}

} // namespace

Command formsCommand()
{
    return {u"forms"_s, CliTr::tr("the forms of the no-writing counter: fields, list, render, print, page"), forms};
}

} // namespace Madoguchi::Cli
