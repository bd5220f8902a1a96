// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifeeventvisitors.h"

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

/// How often each life event brings a visitor, relative to one another (unnamed events: 1).
const QHash<QString, double> kEventWeights{
    {u"move-in"_s, 30}, {u"move-out"_s, 20}, {u"move-within"_s, 15}, {u"move-in-abroad"_s, 4}, {u"birth"_s, 8},
    {u"marriage"_s, 5}, {u"divorce"_s, 3},   {u"death"_s, 6},        {u"school"_s, 3},         {u"turning-65"_s, 3},
};

constexpr int kDraws = 8;

} // namespace

LifeEventVisitors::LifeEventVisitors(const GuideCatalogue &guide, bool routed)
    : m_guide(guide)
    , m_routed(routed)
{
    for (const LifeEvent &event : guide.events) {
        m_events.push_back(&event);
        m_weights.push_back(kEventWeights.value(event.id, 1));
    }
}

std::optional<OneStopVisitor> LifeEventVisitors::draw(std::mt19937 &random) const
{
    if (m_events.empty())
        return std::nullopt;
    std::discrete_distribution<size_t> events(m_weights.begin(), m_weights.end());
    for (int attempt = 0; attempt < kDraws; ++attempt) {
        const LifeEvent &event = *m_events.at(events(random));
        GuideAnswers answers;
        for (const QString &id : event.questions) {
            const GuideQuestion *question = m_guide.question(id);
            if (question->answers.isEmpty())
                answers.insert(id, std::bernoulli_distribution(1.0 / 3)(random) ? u"yes"_s : u"no"_s);
            else
                answers.insert(id, question->answers.at(std::uniform_int_distribution<qsizetype>(0, question->answers.size() - 1)(random)));
        }
        const GuidePlan plan = planGuide(m_guide, event, answers);
        if (plan.steps.size() < 2)
            continue;
        OneStopVisitor visitor;
        for (const PlannedStep &step : plan.steps) {
            visitor.request.services.append(step.service);
            if (m_routed)
                visitor.request.plans.append({step.procedures, step.after});
            visitor.minutes.insert(step.service, step.minutes);
        }
        return visitor;
    }
    return std::nullopt;
}

} // namespace Madoguchi
