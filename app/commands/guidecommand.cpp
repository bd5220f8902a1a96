// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidecommand.h"

#include "config/configloader.h"
#include "guide/guidecheck.h"
#include "guide/guideplan.h"
#include "officefiles.h"

using namespace Qt::StringLiterals;

namespace Madoguchi::Cli {
namespace {

QCommandLineOption languageOption()
{
    return QCommandLineOption(u"lang"_s, CliTr::tr("The language of the texts (ja, en, vi …)."), CliTr::tr("language"), u"ja"_s);
}

/// The language asked for, when Madoguchi offers it.
bool knownLanguage(const QString &language)
{
    if (ConfigLoader::supportedLanguages().contains(language))
        return true;
    err(CliTr::tr("unknown language '%1' (known: %2)").arg(language, ConfigLoader::supportedLanguages().join(u", "_s)));
    return false;
}

QString answersText(const GuideQuestion &question, const QString &language)
{
    if (question.answers.isEmpty())
        return u"yes|no"_s;
    QStringList answers;
    for (const QString &answer : question.answers)
        answers.append(answer + u'=' + question.answerTexts.value(answer).text(language));
    return answers.join(u" | "_s);
}

int list(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption guideOpt = guideFolderOption();
    const QCommandLineOption langOpt = languageOption();
    parser.addOptions({guideOpt, langOpt});
    if (const int code = parseVerb(parser, arguments, u"list"_s,
                                   CliTr::tr("Lists the life events with their questions, the questions with their answers, and the "
                                             "procedures: id, service (or where else), minutes, fee, forms and what comes first."));
        code >= 0)
        return code;
    const QString language = parser.value(langOpt);
    const auto guide = readGuide(parser.value(guideOpt));
    if (!guide || !knownLanguage(language))
        return Failure;
    out(CliTr::tr("Life events:"));
    for (const LifeEvent &event : guide->events) {
        out(u"  %1  %2"_s.arg(event.id, -16).arg(event.name.text(language)));
        out(u"      "_s + event.questions.join(u' '));
    }
    out(CliTr::tr("Questions:"));
    for (const GuideQuestion &question : guide->questions)
        out(u"  %1  %2  (%3)"_s.arg(question.id, -22).arg(question.text.text(language), answersText(question, language)));
    out(CliTr::tr("Procedures:"));
    for (const GuideProcedure &procedure : guide->procedures) {
        QString line = u"  %1  %2  %3 min  %4 yen  %5"_s.arg(procedure.id, -30)
                           .arg(procedure.atCounter() ? procedure.service : u"(elsewhere)"_s, -12)
                           .arg(procedure.minutes, 3)
                           .arg(procedure.fee, 4)
                           .arg(procedure.name.text(language));
        if (!procedure.forms.isEmpty())
            line += u"  forms: "_s + procedure.forms.join(u',');
        if (!procedure.after.isEmpty())
            line += u"  after: "_s + procedure.after.join(u',');
        out(line);
    }
    return Success;
}

QString feeText(int yen)
{
    return yen == 0 ? CliTr::tr("free") : CliTr::tr("%L1 yen").arg(yen);
}

/// The counters whose own services include the service ("1, 2, 3").
QString countersOf(const OfficeConfig &office, const QString &service, const QString &language)
{
    QStringList names;
    for (const CounterConfig &counter : office.counters) {
        if (counter.services.contains(service))
            names.append(counter.name.text(language));
    }
    return names.join(u", "_s);
}

/// Reads --answer QUESTION=VALUE options against the event; prints what is wrong.
std::optional<GuideAnswers> readAnswers(const QStringList &given, const GuideCatalogue &guide, const LifeEvent &event)
{
    GuideAnswers answers;
    bool ok = true;
    for (const QString &pair : given) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString id = pair.left(equals);
        const QString value = equals < 0 ? QString() : pair.mid(equals + 1);
        const GuideQuestion *question = guide.question(id);
        if (equals < 0 || !question || !event.questions.contains(id)) {
            err(CliTr::tr("--answer %1: life event '%2' asks %3").arg(pair, event.id, event.questions.join(u", "_s)));
            ok = false;
        } else if (!question->answerIds().contains(value)) {
            err(CliTr::tr("--answer %1: the answers to '%2' are %3").arg(pair, id, question->answerIds().join(u", "_s)));
            ok = false;
        } else {
            answers.insert(id, value);
        }
    }
    return ok ? std::optional(answers) : std::nullopt;
}

void printProcedure(int index, const PlannedProcedure &planned, const OfficeConfig &office, const QString &language)
{
    const GuideProcedure &procedure = *planned.procedure;
    const ServiceConfig *service = office.service(procedure.service);
    const QString where = service
        ? u"%1 %2 (%3)"_s.arg(service->prefix, service->name.text(language), countersOf(office, service->code, language))
        : procedure.elsewhere.text(language);
    out(u"%1. %2 — %3 — %4, %5"_s.arg(index).arg(procedure.name.text(language), where,
                                                 CliTr::tr("%n minute(s)", nullptr, procedure.minutes), feeText(procedure.fee)));
    out(u"    "_s + procedure.summary.text(language));
    for (const LocalizedText &document : procedure.documents)
        out(u"    · "_s + document.text(language));
    if (procedure.feeNote.has(language))
        out(u"    ¥ "_s + procedure.feeNote.text(language));
    if (procedure.online.has(language))
        out(CliTr::tr("    Online: %1").arg(procedure.online.text(language)));
    if (!planned.because.isEmpty()) {
        QStringList because;
        for (auto it = planned.because.cbegin(); it != planned.because.cend(); ++it)
            because.append(it.key() + u'=' + (it.value().isEmpty() ? u"?"_s : it.value()));
        because.sort();
        out(CliTr::tr("    Because: %1").arg(because.join(u", "_s)));
    }
}

int plan(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption guideOpt = guideFolderOption();
    const QCommandLineOption langOpt = languageOption();
    const QCommandLineOption configOpt(u"config"_s, CliTr::tr("The office configuration (default: the sample office)."), CliTr::tr("file"));
    const QCommandLineOption eventOpt(u"event"_s, CliTr::tr("The life event (see 'madoguchi guide list')."), CliTr::tr("id"));
    const QCommandLineOption answerOpt(u"answer"_s, CliTr::tr("An answer to one of the event's questions; repeat for each."),
                                       CliTr::tr("question=answer"));
    parser.addOptions({guideOpt, langOpt, configOpt, eventOpt, answerOpt});
    if (const int code = parseVerb(parser, arguments, u"plan"_s,
                                   CliTr::tr("Prints what a life event and the answers call for: the procedures in the order to "
                                             "follow, with documents, fees and counters, and the route through the counters."));
        code >= 0)
        return code;
    const QString language = parser.value(langOpt);
    const auto guide = readGuide(parser.value(guideOpt));
    const auto office = loadOffice(parser.isSet(configOpt) ? parser.value(configOpt) : u":/offices/midori-ward.toml"_s);
    if (!guide || !office || !knownLanguage(language))
        return Failure;
    const LifeEvent *event = guide->event(parser.value(eventOpt));
    if (!event) {
        QStringList events;
        for (const LifeEvent &known : guide->events)
            events.append(known.id);
        err(CliTr::tr("madoguchi guide plan: give the life event with --event, one of: %1").arg(events.join(u", "_s)));
        return UsageError;
    }
    const auto answers = readAnswers(parser.values(answerOpt), *guide, *event);
    if (!answers)
        return UsageError;
    const GuidePlan plan = planGuide(*guide, *event, *answers);
    out(u"%1 (%2)"_s.arg(event->name.text(language), event->id));
    if (!plan.unanswered.isEmpty())
        out(CliTr::tr("Not answered (read as no): %1").arg(plan.unanswered.join(u", "_s)));
    int index = 0;
    for (const PlannedProcedure &planned : plan.procedures)
        printProcedure(++index, planned, *office, language);
    QStringList route;
    for (const PlannedStep &step : plan.steps) {
        const ServiceConfig *service = office->service(step.service);
        route.append(service ? service->prefix + u' ' + service->name.text(language) : step.service);
    }
    out(CliTr::tr("Route: %1").arg(route.join(u" → "_s)));
    out(CliTr::tr("Fees: %1; expected time at the counters: %n minute(s)", nullptr, plan.minutes()).arg(feeText(plan.fees())));
    return Success;
}

int guide(const QStringList &arguments)
{
    return runVerb(arguments, {{u"list"_s, list}, {u"plan"_s, plan}},
                   CliTr::tr("Usage: madoguchi guide <list|plan> [options]\n"
                             "Run 'madoguchi guide <action> --help' for the options of an action."));
}

} // namespace

Command guideCommand()
{
    return {u"guide"_s, CliTr::tr("the life-event guide: list the catalogue, plan a visit"), guide};
}

} // namespace Madoguchi::Cli
