// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guideplan.h"

#include <QHash>
#include <QSet>

namespace Madoguchi {

namespace {

/// Kahn's algorithm over items in their given order: each time, the first item whose
/// predecessors are all placed. Items are never lost: a cycle (refused at load) would be placed in
/// the given order.
template<typename Before>
QStringList orderKeeping(const QStringList &items, Before before)
{
    QStringList placed;
    QStringList left = items;
    while (!left.isEmpty()) {
        qsizetype next = 0;
        for (qsizetype i = 0; i < left.size(); ++i) {
            const QStringList first = before(left.at(i));
            const bool ready = std::all_of(first.begin(), first.end(), [&](const QString &id) { return !left.contains(id); });
            if (ready) {
                next = i;
                break;
            }
        }
        placed.append(left.takeAt(next));
    }
    return placed;
}

/// Orders the chosen procedures (each after those it depends on, otherwise as given) and groups
/// those at counters into one step per service, ordered so that every dependency is kept.
void arrange(const GuideCatalogue &catalogue, const QStringList &chosen, const QHash<QString, GuideAnswers> &because, GuidePlan &plan);

} // namespace

int GuidePlan::fees() const
{
    int sum = 0;
    for (const PlannedProcedure &planned : procedures)
        sum += planned.procedure->fee;
    return sum;
}

int GuidePlan::minutes() const
{
    int sum = 0;
    for (const PlannedStep &step : steps)
        sum += step.minutes;
    return sum;
}

QStringList GuidePlan::services() const
{
    QStringList services;
    for (const PlannedStep &step : steps)
        services.append(step.service);
    return services;
}

GuidePlan planGuide(const GuideCatalogue &catalogue, const LifeEvent &event, const GuideAnswers &answers)
{
    GuidePlan plan;
    plan.event = &event;
    GuideAnswers asked;
    for (const QString &question : event.questions) {
        if (answers.contains(question))
            asked.insert(question, answers.value(question));
        else
            plan.unanswered.append(question);
    }

    QStringList chosen;
    QHash<QString, GuideAnswers> because;
    for (const GuideRule &rule : event.rules) {
        if (!rule.when.holds(asked) || chosen.contains(rule.procedure))
            continue;
        chosen.append(rule.procedure);
        GuideAnswers read;
        for (const QString &question : rule.when.questions())
            read.insert(question, asked.value(question));
        because.insert(rule.procedure, read);
    }
    arrange(catalogue, chosen, because, plan);
    return plan;
}

GuidePlan planProcedures(const GuideCatalogue &catalogue, const QStringList &procedures)
{
    GuidePlan plan;
    QStringList chosen;
    for (const QString &id : procedures) {
        if (catalogue.procedure(id) && !chosen.contains(id))
            chosen.append(id);
    }
    arrange(catalogue, chosen, {}, plan);
    return plan;
}

namespace {

void arrange(const GuideCatalogue &catalogue, const QStringList &chosen, const QHash<QString, GuideAnswers> &because, GuidePlan &plan)
{
    const auto firstOf = [&](const QString &id) {
        QStringList first;
        for (const QString &dependency : catalogue.procedure(id)->after) {
            if (chosen.contains(dependency))
                first.append(dependency);
        }
        return first;
    };
    const QStringList ordered = orderKeeping(chosen, firstOf);
    for (const QString &id : ordered)
        plan.procedures.append({catalogue.procedure(id), because.value(id)});

    QStringList services;
    QHash<QString, PlannedStep> steps;
    for (const QString &id : ordered) {
        const GuideProcedure *procedure = catalogue.procedure(id);
        if (!procedure->atCounter())
            continue;
        PlannedStep &step = steps[procedure->service];
        if (step.service.isEmpty()) {
            step.service = procedure->service;
            services.append(procedure->service);
        }
        step.procedures.append(id);
        step.minutes += procedure->minutes;
        for (const QString &dependency : firstOf(id)) {
            const QString &service = catalogue.procedure(dependency)->service;
            if (!service.isEmpty() && service != step.service && !step.after.contains(service))
                step.after.append(service);
        }
    }
    for (const QString &service : orderKeeping(services, [&](const QString &service) { return steps.value(service).after; }))
        plan.steps.append(steps.value(service));
}

} // namespace

} // namespace Madoguchi
