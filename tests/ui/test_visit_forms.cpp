// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The console's forms of the visit (書かない窓口) against a scripted client: the forms of the visit's
// services, the fields they need with their sources, a conflict chosen, a value typed once (and one
// refused before it is sent), a 外字 flagged, the preview, printing to PDF, signing, a card read and a
// pre-application scanned at the counter, and everything forgotten when the visit leaves.
#include "cardsteps.h"
#include "scriptedcounter.h"

#include "config/formreader.h"
#include "config/guidereader.h"
#include "counter/visitforms.h"
#include "forms/formdefinition.h"
#include "scan/preapplication.h"
#include "simdevices/simcardterminal.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kAt(QDate(2026, 12, 3), QTime(1, 0), Qt::UTC);

VisitProfile profileOf(qint64 visit, const Profile &profile)
{
    return VisitProfile{visit, u"A-001"_s, profile};
}

Profile fromCard()
{
    Profile profile;
    applyBasicFourItems(profile, {u"𠮷田　一郎"_s, u"東京都みどり区緑町一丁目２番３号"_s, u"19800101"_s, u"1"_s}, ValueSource::Card, kAt);
    return profile;
}

QVariantMap row(const QVariantList &rows, const QString &field, int person = 0)
{
    for (const QVariant &entry : rows) {
        const QVariantMap map = entry.toMap();
        if (map.value(u"field"_s) == field && map.value(u"person"_s).toInt() == person)
            return map;
    }
    return {};
}

QVariantMap formEntry(const QVariantList &forms, const QString &id)
{
    for (const QVariant &entry : forms) {
        if (entry.toMap().value(u"id"_s) == id)
            return entry.toMap();
    }
    return {};
}

/// The visitor agrees, places the first sample holder's card and enters its PIN.
void consentAndRead(CardReading &reading, SimCardTerminal &reader)
{
    reading.consent();
    reader.place(sampleCardHolders().constFirst());
    REQUIRE(reachStep(reading, CardReading::Step::Pin));
    typePin(reading, "1234");
    reading.confirmPin();
    REQUIRE(reachStep(reading, CardReading::Step::Done));
}

struct FormsRig : ScriptedCounter {
    VisitForms forms;

    explicit FormsRig(QList<FormDefinition> definitions = FormReader::shipped().forms)
        : forms(client, console, std::move(definitions), u"en"_s)
    {
    }

    /// A visitor for the moving service called to the counter, and the visit's profile read.
    void callVisitor(const Profile &profile = fromCard())
    {
        logIn();
        console.refresh();
        answerReload(atCounter(u"A-001"_s, 7, StepState::Called));
        REQUIRE(forms.active());
        REQUIRE(client.pending(u"profile"_s) == 1);
        CHECK(client.lastArguments(u"profile"_s).value(u"visit"_s).toInteger() == 7);
        REQUIRE(client.answer(u"profile"_s, profileOf(7, profile)));
    }
};

} // namespace

TEST_CASE("Visit forms: the forms of the visit's services and the fields they need, with their sources", "[counter][forms]")
{
    FormsRig rig;
    CHECK_FALSE(rig.forms.active());
    rig.callVisitor();

    const QVariantList forms = rig.forms.forms();
    CHECK(forms.constFirst().toMap().value(u"id"_s) == u"residence-change"_s); // the moving service's form first
    CHECK(formEntry(forms, u"residence-change"_s).value(u"included"_s).toBool());
    CHECK_FALSE(formEntry(forms, u"tax-certificate"_s).value(u"included"_s).toBool());
    CHECK(rig.forms.selected() == u"residence-change"_s);

    const QVariantList rows = rig.forms.fields();
    const QVariantMap family = row(rows, u"familyName"_s);
    CHECK(family.value(u"value"_s) == u"𠮷田"_s);
    CHECK(family.value(u"sources"_s) == u"My Number card"_s);
    CHECK_FALSE(family.value(u"missing"_s).toBool());
    CHECK(row(rows, u"postalCode"_s).value(u"missing"_s).toBool());
    CHECK(row(rows, u"familyName"_s, 1).isEmpty()); // no household member yet
    CHECK(rig.forms.missing() > 0);
    CHECK(rig.forms.conflicts() == 0);

    rig.forms.addPerson();
    CHECK(row(rig.forms.fields(), u"familyName"_s, 1).value(u"missing"_s).toBool());
    // A choice field offers its answers; the kept code says which is chosen.
    const QVariantMap sex = row(rig.forms.fields(), u"sex"_s);
    CHECK(sex.value(u"choices"_s).toList().size() == 3);
    CHECK(sex.value(u"code"_s) == u"1"_s);
    CHECK(rig.forms.fieldModel()->rowCount() == rig.forms.fields().size());

    // Another form for the visit brings its own fields; each field is asked once.
    const qsizetype before = rig.forms.fields().size();
    rig.forms.setIncluded(u"certificate-request"_s, true);
    CHECK(formEntry(rig.forms.forms(), u"certificate-request"_s).value(u"included"_s).toBool());
    CHECK(rig.forms.selected() == u"certificate-request"_s);
    QSet<QString> keys;
    for (const QVariant &entry : rig.forms.fields())
        keys.insert(entry.toMap().value(u"field"_s).toString() + u'/' + entry.toMap().value(u"person"_s).toString());
    CHECK(keys.size() == rig.forms.fields().size());
    CHECK(rig.forms.fields().size() >= before);
    rig.forms.setIncluded(u"certificate-request"_s, false);
    CHECK(rig.forms.selected() == u"residence-change"_s);

    SECTION("the visit leaves the counter: nothing of it stays")
    {
        rig.console.refresh();
        rig.answerReload(idle());
        CHECK_FALSE(rig.forms.active());
        CHECK(rig.forms.fields().isEmpty());
        CHECK(rig.forms.profile().isEmpty());
    }
}

TEST_CASE("Visit forms: a value typed once, one refused before it is sent, a conflict chosen, a 外字 flagged", "[counter][forms]")
{
    FormsRig rig;
    Profile profile = fromCard();
    REQUIRE(profile.set({u"address"_s, 0}, u"東京都みどり区若葉台四丁目５番６号"_s, ValueSource::PreApplication, kAt));
    const QString privateCharacter = QString(QChar(0xE000)) + u"郎"_s;
    REQUIRE(profile.set({u"householdHead"_s, 0}, privateCharacter, ValueSource::Clerk, kAt));
    rig.callVisitor(profile);

    const QVariantMap address = row(rig.forms.fields(), u"address"_s);
    CHECK(address.value(u"conflict"_s).toBool());
    CHECK(address.value(u"candidates"_s).toList().size() == 2);
    CHECK(rig.forms.conflicts() == 1);
    CHECK(row(rig.forms.fields(), u"householdHead"_s).value(u"undrawable"_s).toBool());
    CHECK_FALSE(row(rig.forms.fields(), u"familyName"_s).value(u"undrawable"_s).toBool());

    rig.forms.choose(u"address"_s, 0, u"pre-application"_s);
    REQUIRE(rig.client.pending(u"choose-profile-value"_s) == 1);
    const QJsonObject chosen = rig.client.lastArguments(u"choose-profile-value"_s);
    CHECK(chosen.value(u"field"_s) == u"address"_s);
    CHECK(chosen.value(u"source"_s) == u"pre-application"_s);
    REQUIRE(profile.choose({u"address"_s, 0}, ValueSource::PreApplication));
    REQUIRE(rig.client.answer(u"choose-profile-value"_s, profileOf(7, profile)));
    CHECK(rig.forms.conflicts() == 0);

    rig.forms.type(u"postalCode"_s, 0, u"12"_s);
    CHECK_FALSE(rig.forms.problem().isEmpty());
    CHECK(rig.client.pending(u"change-profile"_s) == 0);

    rig.forms.type(u"postalCode"_s, 0, u"332-0011"_s);
    CHECK(rig.forms.problem().isEmpty());
    REQUIRE(rig.client.pending(u"change-profile"_s) == 1);
    const QJsonObject change = rig.client.lastArguments(u"change-profile"_s).value(u"change"_s).toObject();
    CHECK(change.value(u"source"_s) == u"clerk"_s);
    CHECK(change.value(u"values"_s).toArray()
          == QJsonArray{QJsonObject{{u"field"_s, u"postalCode"_s}, {u"person"_s, 0}, {u"value"_s, u"332-0011"_s}}});
    REQUIRE(profile.set({u"postalCode"_s, 0}, u"3320011"_s, ValueSource::Clerk, kAt));
    REQUIRE(rig.client.answer(u"change-profile"_s, profileOf(7, profile)));
    const QVariantMap postal = row(rig.forms.fields(), u"postalCode"_s);
    CHECK(postal.value(u"value"_s) == u"332-0011"_s);
    CHECK(postal.value(u"sources"_s) == u"Clerk"_s);
}

TEST_CASE("Visit forms: the preview, printing all to PDF, and marking signed", "[counter][forms]")
{
    FormsRig rig;
    rig.callVisitor(Profile());
    const QImage empty = rig.forms.preview(u"residence-change"_s, 400);
    CHECK(empty.width() == 400);
    CHECK(rig.forms.preview(u"no-such-form"_s, 400).isNull());
    CHECK(rig.forms.previewSource().startsWith(u"image://visitform/residence-change/"_s));

    rig.console.refresh();
    rig.answerReload(atCounter(u"A-001"_s, 7, StepState::Called));
    rig.forms.reload();
    REQUIRE(rig.client.answer(u"profile"_s, profileOf(7, fromCard())));
    CHECK(rig.forms.preview(u"residence-change"_s, 400) != empty); // the values are drawn

    QTemporaryDir folder;
    rig.forms.setPrinter(u"pdf:"_s + folder.path());
    rig.forms.printAll();
    CHECK(rig.forms.problem().isEmpty());
    CHECK_FALSE(rig.forms.notice().isEmpty());
    CHECK(QFileInfo(QDir(folder.path()).filePath(u"A-001.pdf"_s)).size() > 10000);
    CHECK(formEntry(rig.forms.forms(), u"residence-change"_s).value(u"printed"_s).toBool());

    rig.forms.setSigned(u"residence-change"_s, true);
    CHECK(formEntry(rig.forms.forms(), u"residence-change"_s).value(u"signed"_s).toBool());
    rig.forms.setSigned(u"tax-certificate"_s, true); // not in the visit
    CHECK_FALSE(formEntry(rig.forms.forms(), u"tax-certificate"_s).value(u"signed"_s).toBool());

    rig.forms.setPrinter(u"no-such-printer"_s);
    rig.forms.printAll();
    CHECK(rig.forms.problem().contains(u"no-such-printer"_s));
}

TEST_CASE("Visit forms: a card read and a pre-application scanned at the counter add their values", "[counter][forms][card]")
{
    SimCardTerminal reader; // outlives the card reading of the rig
    FormsRig rig;
    rig.forms.setCardTerminal(&reader);
    rig.callVisitor(Profile());

    PreApplication application;
    application.procedures = {u"tax-certificate"_s, u"moving-in"_s}; // a form of the office, and a procedure that is not one
    application.profile = QJsonObject{{u"phone"_s, u"048-123-4567"_s}};
    rig.forms.scanned(encodePreApplication(application));
    REQUIRE(rig.client.pending(u"change-profile"_s) == 1);
    CHECK(formEntry(rig.forms.forms(), u"tax-certificate"_s).value(u"included"_s).toBool());
    CHECK(rig.client.lastArguments(u"change-profile"_s).value(u"change"_s).toObject().value(u"source"_s) == u"pre-application"_s);
    rig.forms.scanned("MADOGUCHI:PA:2:damaged");
    CHECK_FALSE(rig.forms.problem().isEmpty());
    CHECK(rig.client.pending(u"change-profile"_s) == 1);

    CardReading &reading = *rig.forms.card();
    rig.forms.readCard();
    CHECK_FALSE(reading.individualNumberWanted());
    consentAndRead(reading, reader);
    REQUIRE(rig.client.pending(u"change-profile"_s) == 2);
    const QJsonObject change = rig.client.lastArguments(u"change-profile"_s).value(u"change"_s).toObject();
    CHECK(change.value(u"source"_s) == u"card"_s);
    CHECK(change.value(u"values"_s)
              .toArray()
              .contains(QJsonObject{{u"field"_s, u"familyName"_s}, {u"person"_s, 0}, {u"value"_s, u"番号"_s}}));
}

TEST_CASE("Visit forms: the individual number, read for the form that takes it alone, goes on paper only and leaves with the visit",
          "[counter][forms][card]")
{
    QList<FormDefinition> definitions = FormReader::shipped().forms;
    for (FormDefinition &definition : definitions)
        definition.readIndividualNumber = definition.id == u"kokuho-enrolment"_s; // as an office would turn it on
    SimCardTerminal reader;                                                       // outlives the card reading of the rig
    FormsRig rig(definitions);
    rig.forms.setCardTerminal(&reader);
    rig.callVisitor(Profile());
    CardReading &reading = *rig.forms.card();

    rig.forms.readCard(); // residence-change alone does not read it
    CHECK_FALSE(reading.individualNumberWanted());
    reading.reset();

    rig.forms.setIncluded(u"kokuho-enrolment"_s, true);
    CHECK(formEntry(rig.forms.forms(), u"kokuho-enrolment"_s).value(u"readsNumber"_s).toBool());
    rig.forms.readCard();
    REQUIRE(reading.step() == CardReading::Step::Consent);
    CHECK(reading.individualNumberWanted()); // the consent says so
    consentAndRead(reading, reader);
    CHECK(formEntry(rig.forms.forms(), u"kokuho-enrolment"_s).value(u"numberRead"_s).toBool());
    REQUIRE(rig.client.pending(u"change-profile"_s) == 1);
    CHECK_FALSE(QJsonDocument(rig.client.lastArguments(u"change-profile"_s)).toJson().contains("123456789018")); // never to the server

    // A PDF is a file: the number stays off it.
    QTemporaryDir folder;
    rig.forms.setPrinter(u"pdf:"_s + folder.path());
    rig.forms.printAll();
    QProcess text;
    text.start(u"pdftotext"_s, {QDir(folder.path()).filePath(u"A-001.pdf"_s), u"-"_s});
    REQUIRE(text.waitForFinished(30000));
    const QByteArray printed = text.readAllStandardOutput();
    CHECK(printed.contains("国民健康保険"));
    CHECK_FALSE(QByteArray(printed).replace(' ', "").replace('\n', "").contains("123456789018"));

    rig.console.refresh();
    rig.answerReload(idle());
    CHECK_FALSE(formEntry(rig.forms.forms(), u"kokuho-enrolment"_s).value(u"numberRead"_s).toBool());
}

TEST_CASE("Visit forms: answers applied newest first, the rows changed in place", "[counter][forms]")
{
    FormsRig rig;
    rig.callVisitor();
    QSignalSpy reset(rig.forms.fieldModel(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(rig.forms.fieldModel(), &QAbstractItemModel::dataChanged);
    rig.forms.type(u"postalCode"_s, 0, u"332-0011"_s);
    rig.forms.type(u"phone"_s, 0, u"048-123-4567"_s);
    REQUIRE(rig.client.pending(u"change-profile"_s) == 2);
    CHECK(rig.forms.busy());
    Profile older = fromCard();
    REQUIRE(older.set({u"postalCode"_s, 0}, u"3320011"_s, ValueSource::Clerk, kAt));
    Profile newer = older;
    REQUIRE(newer.set({u"phone"_s, 0}, u"048-123-4567"_s, ValueSource::Clerk, kAt));
    // The second request is answered first (another connection was quicker), then the first.
    REQUIRE(rig.client.answerNewest(u"change-profile"_s, profileOf(7, newer)));
    CHECK(rig.forms.busy()); // one is still out
    REQUIRE(rig.client.answer(u"change-profile"_s, profileOf(7, older)));
    CHECK_FALSE(rig.forms.busy());
    CHECK(row(rig.forms.fields(), u"phone"_s).value(u"value"_s) == u"048-123-4567"_s); // the older answer did not undo it
    CHECK(reset.isEmpty());
    CHECK_FALSE(changed.isEmpty());
}

TEST_CASE("Visit forms: a routed visit's procedures bring their forms, with the guide", "[counter][forms][guide]")
{
    const GuideLoadResult guide = GuideReader::shipped();
    REQUIRE(guide.catalogue);
    // A family register's step after a death: its service has no form of its own, but the copies of
    // the register it does are asked for on the certificate request.
    CounterActionResult called = atCounter(u"G-001"_s, 9, StepState::Called);
    called.visit->steps.first().service = u"family"_s;
    called.visit->steps.first().procedures = {u"death-notice"_s, u"family-register-copies"_s};
    called.visit->routed = true;
    const auto includedFor = [&](const GuideCatalogue *catalogue) {
        FormsRig rig;
        rig.forms.setGuide(catalogue);
        rig.logIn();
        rig.console.refresh();
        rig.answerReload(called);
        REQUIRE(rig.forms.active());
        QStringList included;
        for (const QVariant &entry : rig.forms.forms()) {
            if (entry.toMap().value(u"included"_s).toBool())
                included.append(entry.toMap().value(u"id"_s).toString());
        }
        return included;
    };
    CHECK(includedFor(&*guide.catalogue) == QStringList{u"certificate-request"_s});
    CHECK(includedFor(nullptr).isEmpty());
}

TEST_CASE("Visit forms: a web guide's pre-application scanned at the counter brings its procedures' forms", "[counter][forms][guide]")
{
    const GuideLoadResult guide = GuideReader::shipped();
    REQUIRE(guide.catalogue);
    FormsRig rig;
    rig.forms.setGuide(&*guide.catalogue);
    rig.callVisitor(Profile());
    PreApplication application;
    application.procedures = {u"move-in-notice"_s, u"seal-reregister"_s, u"unknown-one"_s};
    application.profile = QJsonObject{{u"phone"_s, u"048-123-4567"_s}};
    rig.forms.scanned(encodePreApplication(application));
    for (const QString &procedure : {u"move-in-notice"_s, u"seal-reregister"_s}) {
        INFO(procedure.toStdString());
        const GuideProcedure *known = guide.catalogue->procedure(procedure);
        REQUIRE(known);
        REQUIRE_FALSE(known->forms.isEmpty());
        for (const QString &form : known->forms)
            CHECK(formEntry(rig.forms.forms(), form).value(u"included"_s).toBool());
    }
    CHECK(rig.client.pending(u"change-profile"_s) == 1);
}
