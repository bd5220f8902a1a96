// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The guide's conditions and the checks a catalogue passes at load: a condition parses and holds as
// written (and says where it is wrong); a catalogue naming an unknown question, procedure or
// dependency, a question no rule reads, a rule no answer reaches, a procedure in no event, a circle
// of dependencies (or of services within an event), texts missing a language, or a service or
// form the office lacks is refused with file:line and what is wrong.
#include "config/configloader.h"
#include "config/guidereader.h"
#include "guide/guidecheck.h"
#include "testoffice.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace Madoguchi;
using namespace Qt::StringLiterals;

namespace {

GuideCondition parsed(const QString &text)
{
    auto result = GuideCondition::parse(text);
    if (auto *error = std::get_if<GuideCondition::ParseError>(&result))
        FAIL("'" << text.toStdString() << "' does not parse: " << error->message.toStdString());
    return std::get<GuideCondition>(std::move(result));
}

GuideCondition::ParseError failure(const QString &text)
{
    auto result = GuideCondition::parse(text);
    REQUIRE(std::holds_alternative<GuideCondition::ParseError>(result));
    return std::get<GuideCondition::ParseError>(result);
}

/// A localized table with the text in every language Madoguchi offers.
QString texts(const QString &table, const QString &text)
{
    QString out = u"[%1]\n"_s.arg(table);
    for (const QString &language : ConfigLoader::supportedLanguages())
        out += u"%1 = \"%2\"\n"_s.arg(language, text);
    return out;
}

/// A sound two-event catalogue: one question of each kind, procedures at two services and one
/// elsewhere, one depending on another.
QString catalogue()
{
    return u"[[question]]\nid = \"insured\"\n"_s + texts(u"question.text"_s, u"Insured?"_s) + texts(u"question.why"_s, u"why"_s)
        + u"[[question]]\nid = \"kind\"\nanswers = [\"a\", \"b\"]\n"_s + texts(u"question.text"_s, u"Which?"_s)
        + texts(u"question.why"_s, u"why"_s) + texts(u"question.answer.a"_s, u"A"_s) + texts(u"question.answer.b"_s, u"B"_s) + uR"([[event]]
id = "arrive"
pictogram = "moving"
questions = ["insured", "kind"]
rules = [
    { procedure = "notice" },
    { procedure = "insure", when = "insured" },
    { procedure = "outside", when = "kind = b" },
]
)"_s + texts(u"event.name"_s, u"Arrive"_s)
        + texts(u"event.summary"_s, u"Arriving"_s) + u"[[procedure]]\nid = \"notice\"\nservice = \"moving\"\nminutes = 10\n"_s
        + texts(u"procedure.name"_s, u"Notice"_s) + texts(u"procedure.summary"_s, u"s"_s)
        + u"[[procedure]]\nid = \"insure\"\nservice = \"kokuho\"\nminutes = 10\nafter = [\"notice\"]\n"_s
        + texts(u"procedure.name"_s, u"Insure"_s) + texts(u"procedure.summary"_s, u"s"_s)
        + u"[[procedure]]\nid = \"outside\"\nminutes = 10\n"_s + texts(u"procedure.name"_s, u"Outside"_s)
        + texts(u"procedure.summary"_s, u"s"_s) + texts(u"procedure.elsewhere"_s, u"the police station"_s);
}

/// The 1-based line of the first line containing marker.
int lineOf(const QString &text, const QString &marker)
{
    const qsizetype at = text.indexOf(marker);
    REQUIRE(at >= 0);
    return int(text.left(at).count(u'\n')) + 1;
}

GuideLoadResult load(const QString &text)
{
    return GuideReader::readTexts({{u"guide.toml"_s, text.toUtf8()}});
}

/// Loading text fails with a problem at line that mentions every part of message.
void refused(const QString &text, int line, const QStringList &message)
{
    const GuideLoadResult result = load(text);
    CHECK_FALSE(result.catalogue);
    QStringList all;
    bool found = false;
    for (const ConfigDiagnostic &diagnostic : result.diagnostics) {
        all.append(diagnostic.toString());
        const bool says =
            std::all_of(message.begin(), message.end(), [&](const QString &part) { return diagnostic.message.contains(part); });
        found = found || (says && diagnostic.line == line && diagnostic.file == u"guide.toml"_s);
    }
    INFO(all.join(u'\n').toStdString());
    CHECK(found);
}

QString replaced(QString text, const QString &from, const QString &to)
{
    REQUIRE(text.contains(from));
    return text.replace(text.indexOf(from), from.size(), to);
}

} // namespace

TEST_CASE("a guide condition holds as written", "[guide]")
{
    const GuideAnswers answers{{u"kokuho"_s, u"yes"_s}, {u"abroad"_s, u"no"_s}, {u"step"_s, u"entry"_s}};
    CHECK(parsed(u"kokuho"_s).holds(answers));
    CHECK_FALSE(parsed(u"abroad"_s).holds(answers));
    CHECK(parsed(u"not abroad"_s).holds(answers));
    CHECK(parsed(u"step = entry"_s).holds(answers));
    CHECK_FALSE(parsed(u"step != entry"_s).holds(answers));
    CHECK(parsed(u"abroad or kokuho and step = entry"_s).holds(answers));
    CHECK_FALSE(parsed(u"(abroad or kokuho) and step = change"_s).holds(answers));
    CHECK(parsed(u"not (abroad and kokuho)"_s).holds(answers));
    CHECK_FALSE(parsed(u"missing"_s).holds(answers));
    CHECK(parsed(u"not missing"_s).holds(answers));
    CHECK(GuideCondition().holds({}));

    const GuideCondition condition = parsed(u"  kokuho and ( step = entry or not kokuho )"_s);
    CHECK(condition.questions() == QStringList{u"kokuho"_s, u"step"_s});
    REQUIRE(condition.tests().size() == 3);
    CHECK(condition.tests().at(1).answer == u"entry"_s);
    CHECK(condition.text() == u"kokuho and ( step = entry or not kokuho )"_s);
}

TEST_CASE("a guide condition as the tree the web guide's script evaluates", "[guide]")
{
    const auto json = [](const QString &text) {
        return QString::fromUtf8(QJsonDocument(QJsonArray{parsed(text).toJson()}).toJson(QJsonDocument::Compact));
    };
    CHECK(json(u"kokuho"_s) == uR"([["is","kokuho","yes"]])"_s);
    CHECK(json(u"step != entry"_s) == uR"([["isNot","step","entry"]])"_s);
    CHECK(json(u"not abroad"_s) == uR"([["not",["is","abroad","yes"]]])"_s);
    CHECK(json(u"abroad or kokuho and step = entry"_s)
          == uR"([["any",["is","abroad","yes"],["all",["is","kokuho","yes"],["is","step","entry"]]]])"_s);
    CHECK(GuideCondition().toJson() == QJsonValue(true)); // a rule without `when`
}

TEST_CASE("a condition that cannot be read says where", "[guide]")
{
    CHECK(failure(u"kokuho and"_s).offset == 10);
    CHECK(failure(u"(kokuho or abroad"_s).message.contains(u")"_s));
    CHECK(failure(u"step = "_s).message.contains(u"answer"_s));
    CHECK(failure(u"kokuho & abroad"_s).offset == 7);
    CHECK(failure(u"kokuho abroad"_s).message.contains(u"abroad"_s));
    CHECK(failure(u"Kokuho"_s).offset == 0);
    CHECK(failure(u"and"_s).offset == 0);
}

TEST_CASE("a sound catalogue loads", "[guide]")
{
    const GuideLoadResult result = load(catalogue());
    for (const ConfigDiagnostic &diagnostic : result.diagnostics)
        UNSCOPED_INFO(diagnostic.toString().toStdString());
    REQUIRE(result.catalogue);
    CHECK(result.catalogue->events.constFirst().rules.size() == 3);
    CHECK(result.catalogue->event(u"arrive"_s)->rules.at(1).line == lineOf(catalogue(), u"procedure = \"insure\""_s));
    CHECK_FALSE(result.catalogue->procedure(u"outside"_s)->atCounter());
}

TEST_CASE("a catalogue with a wrong name, an unreachable rule or a circle is refused with its place", "[guide]")
{
    const QString sound = catalogue();
    const int rules = lineOf(sound, u"procedure = \"insure\""_s);
    const int event = lineOf(sound, u"[[event]]"_s);
    const int insure = lineOf(sound, u"id = \"insure\""_s) - 1; // a table's place is its [[header]]

    refused(replaced(sound, u"when = \"insured\""_s, u"when = \"insured and not insured\""_s), rules, {u"no answers reach"_s, u"insure"_s});
    refused(replaced(sound, u"when = \"insured\""_s, u"when = \"insured and\""_s), rules, {u"insure"_s, u"character 12"_s});
    refused(replaced(sound, u"when = \"kind = b\""_s, u"when = \"kind = c\""_s), lineOf(sound, u"kind = b"_s), {u"'c'"_s, u"a, b"_s});
    refused(replaced(sound, u"when = \"insured\""_s, u"when = \"abroad\""_s), rules, {u"'abroad'"_s, u"does not ask"_s});
    refused(replaced(sound, u"when = \"insured\""_s, u"when = \"kind = a\""_s), event, {u"'insured'"_s, u"none of its rules"_s});
    refused(replaced(sound, u"{ procedure = \"insure\""_s, u"{ procedure = \"insured\""_s), rules, {u"'insured'"_s, u"no procedure"_s});
    refused(replaced(sound, u"questions = [\"insured\", \"kind\"]"_s, u"questions = [\"insured\", \"kind\", \"pets\"]"_s), event,
            {u"'pets'"_s, u"no question"_s});
    refused(replaced(sound, u"after = [\"notice\"]"_s, u"after = [\"notise\"]"_s), insure, {u"'notise'"_s});
    refused(replaced(sound, u"    { procedure = \"outside\", when = \"kind = b\" },\n"_s, u""_s),
            lineOf(sound, u"id = \"outside\""_s) - 2, // its header, one line up once the rule is gone
            {u"'outside'"_s, u"no life event"_s});
    refused(replaced(sound, u"    { procedure = \"notice\" },\n"_s,
                     u"    { procedure = \"notice\" },\n    { procedure = \"notice\", when = \"insured\" },\n"_s),
            rules, {u"two rules"_s, u"'notice'"_s});

    // notice → insure → notice
    const QString circle =
        replaced(sound, u"id = \"notice\"\nservice = \"moving\"\n"_s, u"id = \"notice\"\nservice = \"moving\"\nafter = [\"insure\"]\n"_s);
    refused(circle, lineOf(circle, u"id = \"insure\""_s) - 1, {u"circle"_s, u"notice → insure → notice"_s});

    // Two procedures at kokuho, one before and one after the one at moving: kokuho ↔ moving.
    QString services = sound + u"[[procedure]]\nid = \"insure-first\"\nservice = \"kokuho\"\nminutes = 5\n"_s
        + texts(u"procedure.name"_s, u"First"_s) + texts(u"procedure.summary"_s, u"s"_s);
    services = replaced(services, u"id = \"notice\"\nservice = \"moving\"\n"_s,
                        u"id = \"notice\"\nservice = \"moving\"\nafter = [\"insure-first\"]\n"_s);
    services = replaced(services, u"    { procedure = \"notice\" },\n"_s,
                        u"    { procedure = \"notice\" },\n    { procedure = \"insure-first\" },\n"_s);
    refused(services, event, {u"arrive"_s, u"each service once"_s});

    refused(replaced(sound, u"pictogram = \"moving\""_s, u"pictogram = \"rocket\""_s), lineOf(sound, u"pictogram"_s), {u"'rocket'"_s});
    refused(replaced(sound, u"fil = \"Outside\"\n"_s, u""_s), lineOf(sound, u"[procedure.name]\nja = \"Outside\""_s),
            {u"outside"_s, u"fil"_s});
    refused(replaced(sound, u"id = \"outside\"\n"_s, u"id = \"outside\"\nservice = \"moving\"\n"_s),
            lineOf(sound, u"[procedure.elsewhere]"_s) + 1, {u"both a service and an elsewhere"_s});
    refused(replaced(sound, u"id = \"outside\"\nminutes = 10\n"_s, u"id = \"outside\"\nminutes = 10\ndeadline = 14\n"_s),
            lineOf(sound, u"id = \"outside\""_s) + 2, {u"deadline"_s});
    refused(sound + u"[[question]]\nid = \"insured\"\n"_s + texts(u"question.text"_s, u"Again?"_s) + texts(u"question.why"_s, u"why"_s),
            int(sound.count(u'\n')) + 1, {u"taken by guide.toml:1"_s});
}

TEST_CASE("a catalogue is checked against the office's services and forms", "[guide]")
{
    const GuideLoadResult result = load(replaced(catalogue(), u"service = \"kokuho\""_s, u"service = \"pets\""_s));
    REQUIRE(result.catalogue);
    GuideCatalogue guide = *result.catalogue;
    guide.procedures.first().forms = QStringList{u"no-such-form"_s};
    const QList<ConfigDiagnostic> problems = checkGuideForOffice(guide, Madoguchi::Test::testOffice(), {});
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(0).message.contains(u"'no-such-form'"_s));
    CHECK(problems.at(1).message.contains(u"'pets'"_s));
    CHECK(problems.at(1).line == lineOf(catalogue(), u"id = \"insure\""_s) - 1);
}
