// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidepage.h"

#include "common/languagecatalogs.h"

#include <QJsonArray>

#include <map>

using namespace Qt::StringLiterals;

namespace Madoguchi {
namespace {

constexpr const char *kContext = "Madoguchi::GuidePage";

// The guide's sentences, by the key the page's script looks them up with.
const std::pair<const char *, const char *> kTexts[] = {
    {"eventsHeading", QT_TRANSLATE_NOOP("Madoguchi::GuidePage", "What is happening in your life?")},
    {"eventsHint",
     QT_TRANSLATE_NOOP("Madoguchi::GuidePage",
                       "Choose one: a few questions follow, then the procedures for you, in the order to do them.")},
    {"ownChoice", QT_TRANSLATE_NOOP("Madoguchi::GuidePage", "I know what I need: choose the procedures myself")},
    {"ownChoiceHeading", QT_TRANSLATE_NOOP("Madoguchi::GuidePage", "Choose your procedures")},
    {"questionOf", QT_TRANSLATE_NOOP("Madoguchi::GuidePage", "Question %1 of %2")},
    {"yes", QT_TRANSLATE_NOOP("Madoguchi::GuidePage", "Yes")},
    {"no", QT_TRANSLATE_NOOP("Madoguchi::GuidePage", "No")},
    {"back", QT_TRANSLATE_NOOP("Madoguchi::GuidePage", "Back")},
    {"planHeading", QT_TRANSLATE_NOOP("Madoguchi::GuidePage", "What to do, in this order")},
    {"planEmpty", QT_TRANSLATE_NOOP("Madoguchi::GuidePage", "Your answers call for no procedure. Please go back and check them.")},
    {"counters", QT_TRANSLATE_NOOP("Madoguchi::GuidePage", "Counters %1")},
    {"bring", QT_TRANSLATE_NOOP("Madoguchi::GuidePage", "Bring:")},
    {"fee", QT_TRANSLATE_NOOP("Madoguchi::GuidePage", "Fee: %1")},
    {"free", QT_TRANSLATE_NOOP("Madoguchi::GuidePage", "Free")},
    {"yen", QT_TRANSLATE_NOOP("Madoguchi::GuidePage", "%1 yen")},
    {"minutes", QT_TRANSLATE_NOOP("Madoguchi::GuidePage", "About %1 min at the counter")},
    {"online", QT_TRANSLATE_NOOP("Madoguchi::GuidePage", "Online instead: %1")},
    {"total", QT_TRANSLATE_NOOP("Madoguchi::GuidePage", "Fees together: %1. About %2 min at the counters.")},
    {"next", QT_TRANSLATE_NOOP("Madoguchi::GuidePage", "Next: fill in your details once")},
    {"when", QT_TRANSLATE_NOOP("Madoguchi::GuidePage", "When: %1")},
    {"always", QT_TRANSLATE_NOOP("Madoguchi::GuidePage", "Everyone with this life event")},
    //: In a condition: a question and the answer that makes it hold ("Do you have a car? — Yes")
    {"is", QT_TRANSLATE_NOOP("Madoguchi::GuidePage", "%1 — %2")},
    //: In a condition: a question and the answer that must not be given
    {"isNot", QT_TRANSLATE_NOOP("Madoguchi::GuidePage", "%1 — not %2")},
    {"and", QT_TRANSLATE_NOOP("Madoguchi::GuidePage", "%1, and %2")},
    {"or", QT_TRANSLATE_NOOP("Madoguchi::GuidePage", "%1, or %2")},
    {"not", QT_TRANSLATE_NOOP("Madoguchi::GuidePage", "not (%1)")},
    {"readingHeading", QT_TRANSLATE_NOOP("Madoguchi::GuidePage", "Life events and their procedures")},
};

QJsonObject inLanguages(const LocalizedText &text, const QStringList &languages)
{
    QJsonObject each;
    for (const QString &language : languages)
        each.insert(language, text.text(language));
    return each;
}

QJsonArray counterNumbers(const OfficeConfig &office, const QString &service)
{
    QJsonArray numbers;
    for (const CounterConfig &counter : office.counters) {
        if (counter.services.contains(service))
            numbers.append(counter.number);
    }
    return numbers;
}

/// What the page says a sentence of its own is, in the language.
class Sentences
{
public:
    Sentences(const LanguageCatalogs &catalogs, const QString &language)
        : m_texts(guidePageTexts(catalogs, language))
    {
    }
    [[nodiscard]] QString operator()(const char *key) const { return m_texts.value(QLatin1StringView(key)).toString(); }

private:
    QJsonObject m_texts;
};

/// A condition in words: "Do you have a car? — Yes, and Are you 65 or older? — not Yes".
QString conditionText(const QJsonValue &tree, const GuideCatalogue &guide, const Sentences &say, const QString &language)
{
    if (!tree.isArray())
        return say("always");
    const QJsonArray node = tree.toArray();
    const QString kind = node.at(0).toString();
    if (kind == u"is"_s || kind == u"isNot"_s) {
        const GuideQuestion *question = guide.question(node.at(1).toString());
        const QString answer = node.at(2).toString();
        const QString answerText = question && question->answerTexts.contains(answer) ? question->answerTexts.value(answer).text(language)
            : answer == u"no"_s                                                       ? say("no")
                                                                                      : say("yes");
        return say(kind == u"is"_s ? "is" : "isNot").arg(question ? question->text.text(language) : node.at(1).toString(), answerText);
    }
    if (kind == u"not"_s)
        return say("not").arg(conditionText(node.at(1), guide, say, language));
    QString joined = conditionText(node.at(1), guide, say, language);
    for (qsizetype i = 2; i < node.size(); ++i)
        joined = say(kind == u"all"_s ? "and" : "or").arg(joined, conditionText(node.at(i), guide, say, language));
    return joined;
}

QString feeText(const GuideProcedure &procedure, const Sentences &say, const QString &language)
{
    QString fee = procedure.fee > 0 ? say("yen").arg(procedure.fee) : say("free");
    if (const QString note = procedure.feeNote.text(language); !note.isEmpty())
        fee += u" ("_s + note + u')';
    return say("fee").arg(fee);
}

QString whereText(const GuideProcedure &procedure, const OfficeConfig &office, const Sentences &say, const QString &language)
{
    if (!procedure.atCounter())
        return procedure.elsewhere.text(language);
    const ServiceConfig *service = office.service(procedure.service);
    if (!service)
        return procedure.service;
    QStringList numbers;
    for (const QJsonValue number : counterNumbers(office, procedure.service))
        numbers.append(QString::number(number.toInt()));
    QString where = service->prefix + u' ' + service->name.text(language);
    if (!numbers.isEmpty())
        where += u" · "_s + say("counters").arg(numbers.join(u", "_s));
    return where;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QJsonObject guidePageTexts(const LanguageCatalogs &catalogs, const QString &language)
{
    QJsonObject texts;
    for (const auto &[key, source] : kTexts)
        texts.insert(QLatin1StringView(key), catalogs.translate(language, kContext, source));
    return texts;
}

QJsonObject guidePageData(const GuideCatalogue &guide, const OfficeConfig &office, const LanguageCatalogs &catalogs,
                          const QStringList &languages)
{
    QJsonArray events;
    for (const LifeEvent &event : guide.events) {
        QJsonArray rules;
        for (const GuideRule &rule : event.rules)
            rules.append(QJsonObject{{u"procedure"_s, rule.procedure}, {u"when"_s, rule.when.toJson()}});
        events.append(QJsonObject{{u"id"_s, event.id},
                                  {u"names"_s, inLanguages(event.name, languages)},
                                  {u"summaries"_s, inLanguages(event.summary, languages)},
                                  {u"questions"_s, QJsonArray::fromStringList(event.questions)},
                                  {u"rules"_s, rules}});
    }
    QJsonObject questions;
    for (const GuideQuestion &question : guide.questions) {
        QJsonArray answers;
        for (const QString &answer : question.answerIds()) {
            QJsonObject labels;
            for (const QString &language : languages) {
                labels.insert(language,
                              question.answerTexts.contains(answer)
                                  ? question.answerTexts.value(answer).text(language)
                                  : catalogs.translate(language, kContext, answer == u"yes"_s ? "Yes" : "No"));
            }
            answers.append(QJsonObject{{u"id"_s, answer}, {u"labels"_s, labels}});
        }
        questions.insert(question.id,
                         QJsonObject{{u"texts"_s, inLanguages(question.text, languages)},
                                     {u"why"_s, inLanguages(question.why, languages)},
                                     {u"answers"_s, answers}});
    }
    std::map<QString, Sentences> sentences; // each language's, read once for every procedure
    for (const QString &language : languages)
        sentences.try_emplace(language, catalogs, language);
    QJsonObject procedures;
    for (const GuideProcedure &procedure : guide.procedures) {
        QJsonArray documents;
        for (const LocalizedText &document : procedure.documents)
            documents.append(inLanguages(document, languages));
        QJsonObject where;
        for (const QString &language : languages)
            where.insert(language, whereText(procedure, office, sentences.at(language), language));
        procedures.insert(procedure.id,
                          QJsonObject{{u"names"_s, inLanguages(procedure.name, languages)},
                                      {u"summaries"_s, inLanguages(procedure.summary, languages)},
                                      {u"where"_s, where},
                                      {u"atCounter"_s, procedure.atCounter()},
                                      {u"minutes"_s, procedure.minutes},
                                      {u"fee"_s, procedure.fee},
                                      {u"feeNotes"_s, inLanguages(procedure.feeNote, languages)},
                                      {u"online"_s, inLanguages(procedure.online, languages)},
                                      {u"documents"_s, documents},
                                      {u"after"_s, QJsonArray::fromStringList(procedure.after)}});
    }
    QJsonArray order; // the catalogue's procedures in its own order, for the list to choose from
    for (const GuideProcedure &procedure : guide.procedures)
        order.append(procedure.id);
    return {{u"events"_s, events}, {u"questions"_s, questions}, {u"procedures"_s, procedures}, {u"order"_s, order}};
}

QString guideReadingHtml(const GuideCatalogue &guide, const OfficeConfig &office, const LanguageCatalogs &catalogs, const QString &language)
{
    const Sentences say(catalogs, language);
    QString html = u"<h2>"_s + escaped(say("readingHeading")) + u"</h2>\n"_s;
    for (const LifeEvent &event : guide.events) {
        html += u"<details class=\"event\" id=\"reading-%1\"><summary>%2</summary>\n<p>%3</p>\n<ol>\n"_s.arg(
            event.id, escaped(event.name.text(language)), escaped(event.summary.text(language)));
        for (const GuideRule &rule : event.rules) {
            const GuideProcedure *procedure = guide.procedure(rule.procedure);
            if (!procedure)
                continue;
            html += u"<li><strong>%1</strong><br>%2<br><span class=\"when\">%3</span>"_s.arg(
                escaped(procedure->name.text(language)), escaped(whereText(*procedure, office, say, language)),
                escaped(say("when").arg(conditionText(rule.when.toJson(), guide, say, language))));
            if (!procedure->documents.isEmpty()) {
                QStringList documents;
                for (const LocalizedText &document : procedure->documents)
                    documents.append(escaped(document.text(language)));
                html += u"<br>"_s + escaped(say("bring")) + u' ' + documents.join(u" / "_s);
            }
            html += u"<br>"_s + escaped(feeText(*procedure, say, language));
            if (const QString online = procedure->online.text(language); !online.isEmpty())
                html += u"<br>"_s + escaped(say("online").arg(online));
            html += u"</li>\n"_s;
        }
        html += u"</ol></details>\n"_s;
    }
    return html;
}

} // namespace Madoguchi
