// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "configcommand.h"

#include "config/configloader.h"
#include "config/formreader.h"
#include "config/guidereader.h"
#include "guide/guidecheck.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Madoguchi::Cli {

namespace {

/// The problems of the office's forms: each definition's own, and a form for a service the office
/// does not have.
QList<ConfigDiagnostic> checkForms(const OfficeConfig &office, const FormsLoadResult &forms)
{
    QList<ConfigDiagnostic> problems = forms.diagnostics;
    for (const FormDefinition &form : forms.forms) {
        for (const QString &service : form.services) {
            if (!office.service(service))
                problems.append({form.file, 0, 0,
                                 CliTr::tr("form '%1' is for the service '%2', which the office does not have").arg(form.id, service)});
        }
    }
    return problems;
}

int check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_s, CliTr::tr("The office configuration file (TOML) to check."));
    const QCommandLineOption formsOpt(
        u"forms"_s, CliTr::tr("The office's folder of form definitions (default: the forms shipped with Madoguchi)."), CliTr::tr("folder"));
    const QCommandLineOption guideOpt(u"guide"_s, CliTr::tr("A folder of guide files to check instead of the one [guide] names."),
                                      CliTr::tr("folder"));
    parser.addOptions({formsOpt, guideOpt});
    if (const int code =
            parse(parser, arguments,
                  CliTr::tr("Checks an office configuration file, the forms and the life-event guide it uses. Prints every problem as "
                            "file:line:column: message and exits with code 2 when there is any; prints a summary "
                            "and exits 0 when all is sound."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        err(CliTr::tr("config check needs exactly one file. Try '%1 --help'.").arg(arguments.value(0)));
        return UsageError;
    }
    const QString path = parser.positionalArguments().first();
    const ConfigLoadResult result = ConfigLoader::loadFile(path);
    for (const ConfigDiagnostic &diagnostic : result.diagnostics)
        err(diagnostic.toString());
    if (!result.config) {
        err(CliTr::tr("%1: %n problem(s) found", nullptr, int(result.diagnostics.size())).arg(path));
        return UsageError;
    }
    const OfficeConfig &office = *result.config;
    const FormsLoadResult forms = parser.isSet(formsOpt) ? FormReader::readFolder(parser.value(formsOpt)) : FormReader::shipped();
    const QList<ConfigDiagnostic> formProblems = checkForms(office, forms);
    for (const ConfigDiagnostic &diagnostic : formProblems)
        err(diagnostic.toString());
    if (!formProblems.isEmpty()) {
        err(CliTr::tr("%1: %n problem(s) found in the forms", nullptr, int(formProblems.size())).arg(path));
        return UsageError;
    }
    const GuideLoadResult guide = parser.isSet(guideOpt) ? GuideReader::readFolder(parser.value(guideOpt)) : GuideReader::forOffice(office);
    QList<ConfigDiagnostic> guideProblems = guide.diagnostics;
    if (guide.catalogue)
        guideProblems += checkGuideForOffice(*guide.catalogue, office, forms.forms);
    for (const ConfigDiagnostic &diagnostic : guideProblems)
        err(diagnostic.toString());
    if (!guideProblems.isEmpty()) {
        err(CliTr::tr("%1: %n problem(s) found in the guide", nullptr, int(guideProblems.size())).arg(path));
        return UsageError;
    }
    const QString guideSummary = guide.catalogue
        ? CliTr::tr("%1 life events with %2 procedures").arg(guide.catalogue->events.size()).arg(guide.catalogue->procedures.size())
        : CliTr::tr("no guide");
    out(CliTr::tr("%1: ok — %2: %3 services, %4 counters, %5 forms, %6, languages %7, timezone %8")
            .arg(path, office.name.text(office.languages.first()))
            .arg(office.services.size())
            .arg(office.counters.size())
            .arg(forms.forms.size())
            .arg(guideSummary, office.languages.join(u", "_s), QString::fromUtf8(office.timeZone.id())));
    return Success;
}

} // namespace

Command configCommand()
{
    return {u"config"_s, CliTr::tr("check office configuration files (config check FILE)"), [](const QStringList &arguments) {
                const QString action = arguments.value(1);
                if (action == u"check"_s)
                    return check(QStringList{arguments.first() + u" check"_s} + arguments.mid(2));
                if (action == u"--help"_s || action == u"-h"_s) {
                    out(CliTr::tr("Usage: %1 check FILE\n\nOffice configuration tools.\n\n"
                                  "Actions:\n  check FILE   validate an office configuration file (see docs/office-config.md)")
                            .arg(arguments.first()));
                    return int(Success);
                }
                err(action.isEmpty() ? CliTr::tr("%1: an action is needed: check FILE").arg(arguments.first())
                                     : CliTr::tr("%1: unknown action '%2' (known: check)").arg(arguments.first(), action));
                return int(UsageError);
            }};
}

} // namespace Madoguchi::Cli
