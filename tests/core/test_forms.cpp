// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Form definitions and their filling: the shipped forms read cleanly; a definition that names an
// unknown field, draws outside its paper, puts one value over another or misuses a part is refused
// with file:line; a form filled from a profile prints dates in the era calendar (元年, the era
// circled), choices by their Japanese labels, rows only for the household's people, and lists what
// is missing or in conflict; the values go out as JSON and CSV for back-office systems.
#include "config/formreader.h"
#include "forms/formfill.h"
#include "formtestsupport.h"
#include "profile/profilejson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kMorning(QDate(2026, 12, 3), QTime(0, 30), Qt::UTC);

/// A small valid form; extra is appended to it.
QByteArray tinyForm(const QString &extra = {})
{
    return (uR"(id = "tiny"
services = ["moving"]
paper = "A5"
[title]
ja = "小さな届"
)"_s + extra)
        .toUtf8();
}

QByteArray validTiny(const QString &extra = {})
{
    return tinyForm(extra).replace("paper = \"A5\"", "paper = [148, 210]");
}

QStringList messages(const FormLoadResult &result)
{
    QStringList list;
    for (const ConfigDiagnostic &diagnostic : result.diagnostics)
        list.append(diagnostic.toString());
    return list;
}

} // namespace

TEST_CASE("The shipped forms read without a problem, each for a service of the sample office", "[forms]")
{
    const FormsLoadResult shipped = FormReader::shipped();
    for (const ConfigDiagnostic &diagnostic : shipped.diagnostics)
        UNSCOPED_INFO(diagnostic.toString().toStdString());
    CHECK(shipped.diagnostics.isEmpty());
    REQUIRE_FALSE(shipped.forms.isEmpty());
    for (const FormDefinition &form : shipped.forms) {
        INFO(form.id.toStdString());
        CHECK_FALSE(form.title.text(u"ja"_s).isEmpty());
        CHECK_FALSE(form.services.isEmpty());
        CHECK_FALSE(form.values.isEmpty());
    }
}

TEST_CASE("A form definition with a mistake is refused with its file, line and what is wrong", "[forms]")
{
    REQUIRE(FormReader::readText(validTiny(), u"tiny.toml"_s).form);

    struct Case {
        const char *what;
        QString extra;
        int line;
        QString message;
    };
    const Case cases[] = {
        {"an unknown field", u"[[field]]\nfield = \"shoeSize\"\nat = [10, 10]\nsize = [20, 6]\n"_s, 7, u"unknown field 'shoeSize'"_s},
        {"outside the paper", u"[[field]]\nfield = \"address\"\nat = [100, 10]\nsize = [60, 6]\n"_s, 6,
         u"outside the paper (148 × 210 mm)"_s},
        {"one value over another",
         u"[[field]]\nfield = \"address\"\nat = [10, 10]\nsize = [60, 6]\n[[field]]\nfield = \"phone\"\nat = [50, 12]\nsize = [30, 6]\n"_s,
         10, u"'phone' of person 0 overlaps 'address' of person 0 (line 6)"_s},
        {"a part a field has not", u"[[field]]\nfield = \"address\"\npart = \"era\"\nat = [10, 10]\nsize = [60, 6]\n"_s, 8,
         u"'address' has no part 'era'"_s},
        {"a visit's field for a household member",
         u"[[rows]]\nfirst = 1\ncount = 2\npitch = 10\n[[rows.field]]\nfield = \"address\"\nat = [10, 10]\nsize = [60, 6]\n"_s, 11,
         u"one value for the visit"_s},
        {"an unknown key", u"[[text]]\nat = [10, 10]\nsize = [20, 6]\ntext = \"x\"\ncolour = \"red\"\n"_s, 10, u"unknown key 'colour'"_s},
        {"a circled value the field has not",
         u"[[circle]]\nfield = \"sex\"\noptions = [{ value = \"3\", at = [10, 10], size = [5, 5], text = \"?\" }]\n"_s, 6,
         u"'3' is not a value of 'sex'"_s},
        {"an era that does not exist",
         u"[[circle]]\nfield = \"birthDate\"\npart = \"era\"\noptions = [{ value = \"X\", at = [10, 10], size = [5, 5], text = \"?\" }]\n"_s,
         6, u"'X' is not a value of 'birthDate'"_s},
        {"a row for the eleventh person", u"[[rows]]\nfirst = 5\ncount = 6\npitch = 10\n"_s, 6, u"past the tenth person"_s},
        {"an era in small letters",
         u"[[circle]]\nfield = \"birthDate\"\npart = \"era\"\noptions = [{ value = \"m\", at = [10, 10], size = [5, 5], text = \"明\" }]\n"_s,
         6, u"'m' is not a value of 'birthDate'"_s},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const FormLoadResult result = FormReader::readText(validTiny(c.extra), u"tiny.toml"_s);
        CHECK_FALSE(result.form);
        const QStringList found = messages(result);
        INFO(found.join(u'\n').toStdString());
        const bool named = std::any_of(found.begin(), found.end(), [&](const QString &m) {
            return m.startsWith(u"tiny.toml:%1:"_s.arg(c.line)) && m.contains(c.message);
        });
        CHECK(named);
    }
    CHECK(messages(FormReader::readText(tinyForm(), u"tiny.toml"_s)).join(u'\n').contains(u"'paper' must be A4"_s));
}

TEST_CASE("The individual number is printed only on a form the office reads it for, a digit a cell of its box", "[forms]")
{
    const QString box = u"[[blank]]\nat = [10, 10]\nsize = [120, 8]\ncells = 12\nholds = \"individual-number\"\n"_s;
    const auto reading = [](const QString &extra) {
        return validTiny(extra).replace("services =", "read_individual_number = true\nservices =");
    };
    const auto problems = [](const QByteArray &text) { return messages(FormReader::readText(text, u"tiny.toml"_s)).join(u'\n'); };
    CHECK(problems(reading({})).contains(u"tiny.toml:2:"_s));
    CHECK(problems(reading({})).contains(u"needs a [[blank]] with holds = \"individual-number\" for person 0"_s));
    CHECK(problems(validTiny(u"[[blank]]\nat = [10, 10]\nsize = [120, 8]\ncells = 10\nholds = \"individual-number\"\n"_s))
              .contains(u"has 12 cells"_s));
    CHECK(problems(validTiny(u"[[blank]]\nat = [10, 10]\nsize = [120, 8]\nholds = \"signature\"\n"_s)).contains(u"holds only"_s));
    CHECK(problems(validTiny(u"[[blank]]\nat = [10, 10]\nsize = [120, 8]\nperson = 1\n"_s)).contains(u"names a person"_s));

    const auto reads = FormReader::readText(reading(box), u"tiny.toml"_s);
    INFO(messages(reads).join(u'\n').toStdString());
    REQUIRE(reads.form);
    CHECK(reads.form->readIndividualNumber);
    FormFill fill = fillForm(*reads.form, Profile(), japanese());
    fillIndividualNumber(*reads.form, 0, u"123456789018", fill);
    REQUIRE(fill.texts.size() == 12);
    CHECK(fill.texts.constFirst().text == u"1"_s);
    CHECK(fill.texts.constLast().text == u"8"_s);
    CHECK(fill.texts.at(1).box.left() == Approx(20));            // 10 mm + one cell of 120/12
    fillIndividualNumber(*reads.form, 1, u"123456789018", fill); // no box for a household member
    fillIndividualNumber(*reads.form, 0, u"12345", fill);        // not a number
    CHECK(fill.texts.size() == 12);

    // A box the office does not have the card fill stays for the hand.
    const auto byHand = FormReader::readText(validTiny(box), u"tiny.toml"_s);
    REQUIRE(byHand.form);
    FormFill empty = fillForm(*byHand.form, Profile(), japanese());
    fillIndividualNumber(*byHand.form, 0, u"123456789018", empty);
    CHECK(empty.texts.isEmpty());
    for (const FormDefinition &form : FormReader::shipped().forms)
        CHECK_FALSE(form.readIndividualNumber); // the sample office reads it for no form
}

TEST_CASE("A filled form prints dates in the era calendar, choices in Japanese and rows for the household only", "[forms]")
{
    const FormLoadResult read = FormReader::readText(validTiny(uR"(
[[field]]
field = "postalCode"
part = "first"
at = [10, 10]
size = [10, 6]
[[field]]
field = "postalCode"
part = "last"
at = [22, 10]
size = [12, 6]
[[field]]
field = "accountType"
at = [40, 10]
size = [20, 6]
[[check]]
field = "accountType"
equals = "1"
at = [70, 10]
size = [4, 4]
[[rows]]
first = 0
count = 4
pitch = 10
[[rows.circle]]
field = "birthDate"
part = "era"
options = [{ value = "H", at = [10, 30], size = [5, 5], text = "平" }, { value = "R", at = [16, 30], size = [5, 5], text = "令" }]
[[rows.field]]
field = "birthDate"
part = "year"
at = [22, 30]
size = [10, 6]
[[rows.field]]
field = "birthDate"
at = [34, 30]
size = [50, 6]
[[rows.field]]
field = "nationality"
at = [86, 30]
size = [30, 6]
)"_s),
                                                     u"tiny.toml"_s);
    INFO(messages(read).join(u'\n').toStdString());
    REQUIRE(read.form);
    Profile profile = exampleProfile();
    REQUIRE(profile.set({u"nationality"_s, 0}, u"日本"_s, ValueSource::Card, kMorning));
    REQUIRE(profile.set({u"nationality"_s, 0}, u"ベトナム"_s, ValueSource::Clerk, kMorning));
    const FormFill fill = fillForm(*read.form, profile, japanese());

    QStringList texts;
    for (const FilledText &text : fill.texts)
        texts.append(text.path + u'=' + text.text);
    CHECK(texts
          == QStringList{u"postalCode=332"_s, u"postalCode=0011"_s, u"accountType=普通"_s, u"birthDate=2"_s, u"birthDate=平成2年4月1日"_s,
                         u"members[0].birthDate=元"_s, u"members[0].birthDate=令和元年5月1日"_s, u"members[1].birthDate=4"_s,
                         u"members[1].birthDate=平成4年8月15日"_s, u"members[1].nationality=ベトナム"_s});
    // Circled: 平 for the visitor (平成2年) and the third person, 令 for the child (令和元年).
    CHECK(fill.circled == QList<QRectF>{QRectF(10, 30, 5, 5), QRectF(16, 40, 5, 5), QRectF(10, 50, 5, 5)});
    CHECK(fill.ticked == QList<QRectF>{QRectF(70, 10, 4, 4)});
    CHECK(fill.conflicts == QStringList{u"nationality"_s});
    CHECK(fill.missing == QStringList{u"members[0].nationality"_s}); // the fourth row has nobody
}

TEST_CASE("The values of a visit's forms go out as JSON and CSV as the profile keeps them", "[forms]")
{
    const FormLoadResult read = FormReader::readText(validTiny(uR"(
[[field]]
field = "address"
at = [10, 10]
size = [100, 6]
[[field]]
field = "birthDate"
part = "year"
at = [10, 20]
size = [10, 6]
[[field]]
field = "nextAddress"
at = [10, 30]
size = [100, 6]
)"_s),
                                                     u"tiny.toml"_s);
    REQUIRE(read.form);
    Profile profile = exampleProfile();
    REQUIRE(profile.set({u"address"_s, 0}, u"東京都千代田区霞が関1-2-3 \"本館\", 4階"_s, ValueSource::Clerk, kMorning));
    const QJsonObject json = formValuesJson({*read.form}, profile);
    const QJsonObject form = json[u"forms"_s].toArray().at(0).toObject();
    CHECK(form[u"id"_s] == u"tiny"_s);
    CHECK(form[u"title"_s] == u"小さな届"_s);
    CHECK(form[u"values"_s].toObject()
          == QJsonObject{{u"address"_s, u"東京都千代田区霞が関1-2-3 \"本館\", 4階"_s}, {u"birthDate"_s, u"1990-04-01"_s}});
    CHECK(form[u"missing"_s].toArray() == QJsonArray{u"nextAddress"_s});
    CHECK(form[u"conflicts"_s].toArray().isEmpty());
    REQUIRE(profile.set({u"address"_s, 0}, u"東京都千代田区霞が関二丁目"_s, ValueSource::Card, kMorning));
    const QJsonObject disputed = formValuesJson({*read.form}, profile)[u"forms"_s].toArray().at(0).toObject();
    CHECK(disputed[u"conflicts"_s].toArray() == QJsonArray{u"address"_s});
    CHECK_FALSE(disputed[u"values"_s].toObject().contains(u"address"_s));
    REQUIRE(profile.choose({u"address"_s, 0}, ValueSource::Clerk));
    CHECK(formValuesCsv({*read.form}, profile)
          == "form,field,value\r\ntiny,address,\"東京都千代田区霞が関1-2-3 \"\"本館\"\", 4階\"\r\ntiny,birthDate,1990-04-01\r\n"_ba);
}
