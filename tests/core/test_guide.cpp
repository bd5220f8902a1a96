// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped life-event guide: it loads whole (every text in every language, at least 50
// procedures) and fits the sample office; for each life event, typical households get exactly the
// procedures they need, each after the ones it depends on, and one step per service in an order that
// keeps every dependency.
#include "config/configloader.h"
#include "config/formreader.h"
#include "config/guidereader.h"
#include "guide/guidecheck.h"
#include "guide/guideplan.h"

#include <catch2/catch.hpp>

using namespace Madoguchi;
using namespace Qt::StringLiterals;

namespace {

const GuideCatalogue &shipped()
{
    static const GuideLoadResult loaded = GuideReader::shipped();
    for (const ConfigDiagnostic &diagnostic : loaded.diagnostics)
        UNSCOPED_INFO(diagnostic.toString().toStdString());
    REQUIRE(loaded.catalogue);
    return *loaded.catalogue;
}

QStringList ids(const GuidePlan &plan)
{
    QStringList ids;
    for (const PlannedProcedure &planned : plan.procedures)
        ids.append(planned.procedure->id);
    return ids;
}

/// The answers given as "question=answer" pairs; every other question of the event answered no
/// (or left open when it is a choice).
GuideAnswers answers(const GuideCatalogue &guide, const LifeEvent &event, const QStringList &given)
{
    GuideAnswers answers;
    for (const QString &id : event.questions) {
        if (guide.question(id)->answers.isEmpty())
            answers.insert(id, u"no"_s);
    }
    for (const QString &pair : given) {
        const QStringList parts = pair.split(u'=');
        REQUIRE(parts.size() == 2);
        REQUIRE(event.questions.contains(parts.first()));
        answers.insert(parts.first(), parts.last());
    }
    return answers;
}

struct Household {
    const char *name;
    const char *event;
    QStringList answers;
    QStringList procedures; ///< in the order the plan gives them
    QStringList route;      ///< the services of the steps, in order
};

} // namespace

TEST_CASE("the shipped guide loads whole and fits the sample office", "[guide]")
{
    const GuideCatalogue &guide = shipped();
    CHECK(guide.procedures.size() >= 50);
    QStringList events;
    for (const LifeEvent &event : guide.events)
        events.append(event.id);
    CHECK(events
          == QStringList{u"move-in"_s, u"move-in-abroad"_s, u"move-out"_s, u"move-within"_s, u"birth"_s, u"marriage"_s, u"divorce"_s,
                         u"death"_s, u"school"_s, u"turning-65"_s});
    const QStringList languages = ConfigLoader::supportedLanguages();
    for (const GuideProcedure &procedure : guide.procedures) {
        INFO(procedure.id.toStdString());
        for (const QString &language : languages) {
            CHECK(procedure.name.has(language));
            CHECK(procedure.summary.has(language));
        }
        CHECK(procedure.minutes > 0);
        CHECK(procedure.atCounter() != procedure.elsewhere.has(u"ja"_s));
    }

    const ConfigLoadResult office = ConfigLoader::loadFile(QStringLiteral(MADOGUCHI_RESOURCES "/offices/midori-ward.toml"));
    REQUIRE(office.config);
    CHECK(office.config->guideCatalogue == u"shipped"_s);
    const FormsLoadResult forms = FormReader::shipped();
    const QList<ConfigDiagnostic> problems = checkGuideForOffice(guide, *office.config, forms.forms);
    for (const ConfigDiagnostic &problem : problems)
        UNSCOPED_INFO(problem.toString().toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("every life event gives typical households the procedures they need, in order", "[guide]")
{
    const GuideCatalogue &guide = shipped();
    const QList<Household> households{
        {"a single employee moving in without a My Number card",
         "move-in",
         {},
         {u"move-in-notice"_s, u"mynumber-card-apply"_s},
         {u"moving"_s}},
        {"a family with a baby and a school child moving in, in national health insurance",
         "move-in",
         {u"kokuho=yes"_s, u"children=yes"_s, u"nursery=yes"_s, u"school-age=yes"_s, u"mynumber-card=yes"_s},
         {u"move-in-notice"_s, u"mynumber-card-continue"_s, u"kokuho-join"_s, u"child-allowance"_s, u"child-medical"_s,
          u"nursery-consult"_s, u"school-transfer-in"_s},
         {u"moving"_s, u"kokuho"_s, u"childcare"_s}},
        {"a foreign resident moving in alone, joining national health insurance",
         "move-in",
         {u"foreign-resident=yes"_s, u"kokuho=yes"_s},
         {u"move-in-notice"_s, u"mynumber-card-apply"_s, u"residence-card-address"_s, u"kokuho-join"_s},
         {u"moving"_s, u"kokuho"_s}},
        {"a foreign family arriving from abroad with a school child",
         "move-in-abroad",
         {u"foreign-resident=yes"_s, u"kokuho=yes"_s, u"national-pension=yes"_s, u"children=yes"_s, u"school-age=yes"_s},
         {u"move-in-abroad-notice"_s, u"mynumber-card-apply"_s, u"residence-card-address"_s, u"kokuho-join"_s, u"pension-join"_s,
          u"child-allowance"_s, u"child-medical"_s, u"school-transfer-in"_s},
         {u"moving"_s, u"kokuho"_s, u"childcare"_s}},
        {"a family moving abroad (the elderly and care rules are for moves within Japan)",
         "move-out",
         {u"abroad=yes"_s, u"kokuho=yes"_s, u"national-pension=yes"_s, u"age-75=yes"_s, u"care-certified=yes"_s, u"children=yes"_s},
         {u"move-out-notice"_s, u"kokuho-leave"_s, u"child-allowance-end"_s, u"child-medical-return"_s, u"pension-abroad"_s},
         {u"moving"_s, u"kokuho"_s, u"childcare"_s}},
        {"a single person moving within the ward with a card, a car and a licence",
         "move-within",
         {u"mynumber-card=yes"_s, u"car=yes"_s, u"driving-licence=yes"_s},
         {u"move-within-notice"_s, u"mynumber-card-address"_s, u"car-registration"_s, u"driving-licence-address"_s},
         {u"moving"_s}},
        {"a baby born into national health insurance (the medical card waits for the insurance)",
         "birth",
         {u"kokuho=yes"_s},
         {u"birth-notice"_s, u"child-allowance"_s, u"infant-health"_s, u"mynumber-card-apply"_s, u"kokuho-join"_s, u"child-medical"_s,
          u"birth-lump-sum"_s},
         {u"family"_s, u"moving"_s, u"kokuho"_s, u"childcare"_s}},
        {"a marriage with a new surname and a move within the ward",
         "marriage",
         {u"moving-too=yes"_s, u"surname-changes=yes"_s, u"mynumber-card=yes"_s, u"kokuho=yes"_s, u"seal=yes"_s},
         {u"marriage-notice"_s, u"move-within-notice"_s, u"mynumber-card-address"_s, u"kokuho-address"_s, u"seal-reregister"_s},
         {u"family"_s, u"moving"_s, u"kokuho"_s, u"certificate"_s}},
        {"a divorce with children, keeping the married surname",
         "divorce",
         {u"children=yes"_s, u"surname-after-divorce=keep"_s, u"kokuho=yes"_s, u"seal=yes"_s},
         {u"divorce-notice"_s, u"keep-surname-notice"_s, u"kokuho-address"_s, u"child-support-allowance"_s, u"single-parent-medical"_s,
          u"child-allowance-change"_s, u"child-medical-change"_s},
         {u"family"_s, u"kokuho"_s, u"childcare"_s}},
        {"a death in a household of two (the survivor heads the household without a notice)",
         "death",
         {u"deceased-kokuho=yes"_s, u"deceased-65=yes"_s, u"deceased-pension=yes"_s, u"deceased-seal=yes"_s, u"deceased-property=yes"_s},
         {u"death-notice"_s, u"family-register-copies"_s, u"kokuho-death"_s, u"funeral-expenses"_s, u"care-insurance-return"_s,
          u"pension-survivor"_s, u"seal-card-return"_s, u"tax-heir"_s},
         {u"family"_s, u"kokuho"_s, u"welfare"_s, u"certificate"_s, u"tax"_s}},
        {"a change of school without moving, with help for school costs",
         "school",
         {u"school-step=change"_s, u"school-costs=yes"_s},
         {u"school-designated-change"_s, u"school-support"_s},
         {u"childcare"_s}},
        {"turning 65 after an employee's pension, needing care",
         "turning-65",
         {u"employee-pension=yes"_s, u"needs-care=yes"_s},
         {u"care-insurance-card"_s, u"care-premium-payment"_s, u"pension-office-claim"_s, u"care-certification-apply"_s},
         {u"welfare"_s}},
    };
    QSet<QString> covered;
    for (const Household &household : households) {
        INFO(household.name);
        const LifeEvent *event = guide.event(QString::fromLatin1(household.event));
        REQUIRE(event);
        covered.insert(event->id);
        const GuidePlan plan = planGuide(guide, *event, answers(guide, *event, household.answers));
        CHECK(ids(plan) == household.procedures);
        CHECK(plan.services() == household.route);
    }
    for (const LifeEvent &event : guide.events)
        CHECK(covered.contains(event.id));
}

TEST_CASE("a plan says why each procedure is there, what is unanswered, and adds up fees and minutes", "[guide]")
{
    const GuideCatalogue &guide = shipped();
    const LifeEvent &event = *guide.event(u"move-in"_s);
    const GuidePlan plan = planGuide(guide, event, {{u"need-certificate"_s, u"yes"_s}, {u"kokuho"_s, u"no"_s}, {u"not-asked"_s, u"yes"_s}});
    CHECK(plan.unanswered.size() == event.questions.size() - 2);
    CHECK_FALSE(plan.unanswered.contains(u"kokuho"_s));
    REQUIRE(ids(plan) == QStringList{u"move-in-notice"_s, u"mynumber-card-apply"_s, u"residence-certificate"_s});
    CHECK(plan.procedures.at(0).because.isEmpty());
    CHECK(plan.procedures.at(1).because == GuideAnswers{{u"mynumber-card"_s, QString()}});
    CHECK(plan.procedures.at(2).because == GuideAnswers{{u"need-certificate"_s, u"yes"_s}});
    CHECK(plan.fees() == 300);
    int minutes = 0;
    for (const PlannedProcedure &planned : plan.procedures)
        minutes += planned.procedure->minutes;
    CHECK(plan.minutes() == minutes);
    REQUIRE(plan.steps.size() == 2);
    CHECK(plan.steps.at(1).service == u"certificate"_s);
    CHECK(plan.steps.at(1).after == QStringList{u"moving"_s});
}
