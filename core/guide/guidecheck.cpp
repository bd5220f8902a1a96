// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidecheck.h"

#include "common/translation.h"

#include <QHash>
#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

/// Enough for any rule a person writes; a rule reading more questions is refused as unreadable.
constexpr int kMaxQuestionsInRule = 8;

/// The first circle among nodes, each with the nodes that must come before it, found depth first in
/// the order given: the path from where it starts back to it ("a → b → a"); empty when there is none.
QStringList findCircle(const QStringList &nodes, const std::function<QStringList(const QString &)> &before)
{
    QHash<QString, bool> open; // in the path (true) or done (false)
    QStringList path;
    QStringList circle;
    const std::function<void(const QString &)> visit = [&](const QString &node) {
        open.insert(node, true);
        path.append(node);
        for (const QString &first : before(node)) {
            if (!circle.isEmpty())
                return;
            if (open.value(first))
                circle = path.mid(path.indexOf(first)) << first;
            else if (!open.contains(first))
                visit(first);
        }
        path.removeLast();
        open.insert(node, false);
    };
    for (const QString &node : nodes) {
        if (circle.isEmpty() && !open.contains(node))
            visit(node);
    }
    return circle;
}

class Checker
{
public:
    explicit Checker(const GuideCatalogue &catalogue)
        : m_catalogue(catalogue)
    {
    }

    QList<ConfigDiagnostic> run()
    {
        uniqueIds();
        for (const LifeEvent &event : m_catalogue.events)
            checkEvent(event);
        for (const GuideProcedure &procedure : m_catalogue.procedures)
            checkProcedure(procedure);
        if (m_diagnostics.isEmpty())
            noCycles();
        if (m_diagnostics.isEmpty()) {
            for (const LifeEvent &event : m_catalogue.events)
                servicesInOrder(event);
        }
        return m_diagnostics;
    }

private:
    void error(const QString &file, int line, const QString &message) { m_diagnostics.append({file, line, 0, message}); }

    template<typename T>
    void unique(const QList<T> &items, const QString &kind)
    {
        QHash<QString, const T *> seen;
        for (const T &item : items) {
            if (const T *first = seen.value(item.id))
                error(item.file, item.line,
                      ConfigTr::tr("the %1 id '%2' is taken by %3:%4").arg(kind, item.id, first->file).arg(first->line));
            else
                seen.insert(item.id, &item);
        }
    }
    void uniqueIds()
    {
        unique(m_catalogue.questions, ConfigTr::tr("question"));
        unique(m_catalogue.events, ConfigTr::tr("life event"));
        unique(m_catalogue.procedures, ConfigTr::tr("procedure"));
    }

    void checkEvent(const LifeEvent &event)
    {
        QSet<QString> asked;
        for (const QString &id : event.questions) {
            if (!m_catalogue.question(id))
                error(event.file, event.line,
                      ConfigTr::tr("life event '%1' asks '%2', which is no question of the catalogue").arg(event.id, id));
            else if (asked.contains(id))
                error(event.file, event.line, ConfigTr::tr("life event '%1' asks '%2' twice").arg(event.id, id));
            asked.insert(id);
        }
        QSet<QString> read;
        QSet<QString> ruled;
        for (const GuideRule &rule : event.rules) {
            if (!m_catalogue.procedure(rule.procedure))
                error(event.file, rule.line,
                      ConfigTr::tr("life event '%1' has a rule for '%2', which is no procedure of the catalogue")
                          .arg(event.id, rule.procedure));
            if (ruled.contains(rule.procedure))
                error(event.file, rule.line,
                      ConfigTr::tr("life event '%1' has two rules for '%2'; join their conditions with or").arg(event.id, rule.procedure));
            ruled.insert(rule.procedure);
            if (checkTests(event, rule, asked))
                reachable(event, rule);
            for (const QString &question : rule.when.questions())
                read.insert(question);
        }
        for (const QString &id : event.questions) {
            if (!read.contains(id) && m_catalogue.question(id))
                error(event.file, event.line,
                      ConfigTr::tr("life event '%1' asks '%2', but none of its rules reads the answer").arg(event.id, id));
        }
    }

    /// Each comparison names a question the event asks and one of its answers.
    bool checkTests(const LifeEvent &event, const GuideRule &rule, const QSet<QString> &asked)
    {
        bool ok = true;
        for (const GuideCondition::Test &test : rule.when.tests()) {
            const GuideQuestion *question = m_catalogue.question(test.question);
            if (!question || !asked.contains(test.question)) {
                error(event.file, rule.line,
                      ConfigTr::tr("the rule for '%1' reads '%2', which life event '%3' does not ask")
                          .arg(rule.procedure, test.question, event.id));
                ok = false;
            } else if (!question->answerIds().contains(test.answer)) {
                error(event.file, rule.line,
                      ConfigTr::tr("the rule for '%1' compares '%2' with '%3'; its answers are %4")
                          .arg(rule.procedure, test.question, test.answer, question->answerIds().join(u", "_s)));
                ok = false;
            }
        }
        return ok;
    }

    /// Some answers to the questions the rule reads make it hold (every combination is tried).
    void reachable(const LifeEvent &event, const GuideRule &rule)
    {
        const QStringList questions = rule.when.questions();
        if (questions.size() > kMaxQuestionsInRule) {
            error(event.file, rule.line,
                  ConfigTr::tr("the rule for '%1' reads %2 questions; at most %3 make a rule a person can follow")
                      .arg(rule.procedure)
                      .arg(questions.size())
                      .arg(kMaxQuestionsInRule));
            return;
        }
        GuideAnswers answers;
        const std::function<bool(qsizetype)> some = [&](qsizetype index) {
            if (index == questions.size())
                return rule.when.holds(answers);
            for (const QString &answer : m_catalogue.question(questions.at(index))->answerIds()) {
                answers.insert(questions.at(index), answer);
                if (some(index + 1))
                    return true;
            }
            return false;
        };
        if (!some(0))
            error(event.file, rule.line,
                  ConfigTr::tr("no answers reach the rule for '%1' (%2 never holds)").arg(rule.procedure, rule.when.text()));
    }

    void checkProcedure(const GuideProcedure &procedure)
    {
        for (const QString &id : procedure.after) {
            if (!m_catalogue.procedure(id))
                error(procedure.file, procedure.line,
                      ConfigTr::tr("procedure '%1' comes after '%2', which is no procedure of the catalogue").arg(procedure.id, id));
            else if (id == procedure.id)
                error(procedure.file, procedure.line, ConfigTr::tr("procedure '%1' comes after itself").arg(procedure.id));
        }
        const bool inEvent = std::any_of(m_catalogue.events.begin(), m_catalogue.events.end(), [&](const LifeEvent &event) {
            return std::any_of(event.rules.begin(), event.rules.end(),
                               [&](const GuideRule &rule) { return rule.procedure == procedure.id; });
        });
        if (!inEvent)
            error(procedure.file, procedure.line, ConfigTr::tr("procedure '%1' is in no life event's rules").arg(procedure.id));
    }

    /// No circle of "comes after" among the procedures; the first one found is reported, named, at
    /// the procedure that closes it.
    void noCycles()
    {
        QStringList ids;
        for (const GuideProcedure &procedure : m_catalogue.procedures)
            ids.append(procedure.id);
        const QStringList circle = findCircle(ids, [&](const QString &id) { return m_catalogue.procedure(id)->after; });
        if (circle.isEmpty())
            return;
        const GuideProcedure &closing = *m_catalogue.procedure(circle.at(circle.size() - 2));
        error(closing.file, closing.line, ConfigTr::tr("the procedures depend on each other in a circle: %1").arg(circle.join(u" → "_s)));
    }

    /// With every rule of the event applying, the services its procedures need can be visited in
    /// one order: no service must come both before and after another.
    void servicesInOrder(const LifeEvent &event)
    {
        QSet<QString> inEvent;
        for (const GuideRule &rule : event.rules)
            inEvent.insert(rule.procedure);
        QStringList services;
        QHash<QString, QStringList> before; // service → services that must come first
        for (const GuideRule &rule : event.rules) {
            const GuideProcedure *procedure = m_catalogue.procedure(rule.procedure);
            if (!procedure->atCounter())
                continue;
            if (!services.contains(procedure->service))
                services.append(procedure->service);
            for (const QString &first : procedure->after) {
                const GuideProcedure *earlier = m_catalogue.procedure(first);
                QStringList &firsts = before[procedure->service];
                if (inEvent.contains(first) && earlier->atCounter() && earlier->service != procedure->service
                    && !firsts.contains(earlier->service))
                    firsts.append(earlier->service);
            }
        }
        const QStringList circle = findCircle(services, [&](const QString &service) { return before.value(service); });
        if (!circle.isEmpty())
            error(event.file, event.line,
                  ConfigTr::tr(
                      "in life event '%1' the services must come before each other in a circle (%2); a visit takes each service once")
                      .arg(event.id, circle.join(u" → "_s)));
    }

    const GuideCatalogue &m_catalogue;
    QList<ConfigDiagnostic> m_diagnostics;
};

} // namespace

QList<ConfigDiagnostic> checkGuide(const GuideCatalogue &catalogue)
{
    return Checker(catalogue).run();
}

QList<ConfigDiagnostic> checkGuideForOffice(const GuideCatalogue &catalogue, const OfficeConfig &office, const QList<FormDefinition> &forms)
{
    QList<ConfigDiagnostic> diagnostics;
    for (const GuideProcedure &procedure : catalogue.procedures) {
        if (procedure.atCounter() && !office.service(procedure.service))
            diagnostics.append({procedure.file, procedure.line, 0,
                                ConfigTr::tr("procedure '%1' is handled by service '%2', which office '%3' does not have")
                                    .arg(procedure.id, procedure.service, office.id)});
        for (const QString &form : procedure.forms) {
            const bool known =
                std::any_of(forms.begin(), forms.end(), [&](const FormDefinition &definition) { return definition.id == form; });
            if (!known)
                diagnostics.append({procedure.file, procedure.line, 0,
                                    ConfigTr::tr("procedure '%1' uses form '%2', which is not among the forms").arg(procedure.id, form)});
        }
    }
    return diagnostics;
}

} // namespace Madoguchi
