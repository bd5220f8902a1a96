// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The resident's web guide and pre-application page in Debian's headless Chromium: the
// self-contained file the city hosts (every language, opened from disk, no server) and the office
// server's copy (under its Content-Security-Policy). A life event's questions answered one screen at
// a time (and one taken back), the procedures the guide plans, the details filled in a resident's
// language, the QR code photographed and read by the kiosk's own decoder into the procedures the
// server routes the ticket by, the profile and the forms; the page read without JavaScript; a value
// the browser refuses before any code is made.
#include "headlessbrowser.h"
#include "serverprocess.h"

#include "common/languagecatalogs.h"
#include "config/formreader.h"
#include "config/guidereader.h"
#include "forms/formfill.h"
#include "guide/guideplan.h"
#include "scan/scanpayload.h"
#include "scanner/framedecoder.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

QString screenshotPath(const QString &name)
{
    const QString dir = QStringLiteral(MADOGUCHI_SCREENSHOTS) + u"/pre-application"_s;
    QDir().mkpath(dir);
    return dir + u"/"_s + name + u".png"_s;
}

void chooseLanguage(HeadlessBrowser &browser, const QString &language)
{
    REQUIRE(browser
                .evaluate(u"(() => { const b = [...document.querySelectorAll('#languages button')].find(b => b.lang === '%1');"
                          " if (!b) return false; b.click(); return document.documentElement.lang === '%1'; })()"_s.arg(language))
                .toBool());
}

QString shownQuestion(HeadlessBrowser &browser)
{
    return browser
        .evaluate(u"document.getElementById('questionStep').hidden ? '' : document.getElementById('questionText').dataset.question"_s)
        .toString();
}

bool click(HeadlessBrowser &browser, const QString &id)
{
    return browser
        .evaluate(u"(() => { const b = document.getElementById('%1'); if (!b) return false; b.click(); return true; })()"_s.arg(id))
        .toBool();
}

/// Chooses the life event and answers its questions one screen at a time, as given, "no" (or the
/// first choice) to the rest; returns the answers given.
GuideAnswers answerGuide(HeadlessBrowser &browser, const GuideCatalogue &guide, const QString &event, const GuideAnswers &given)
{
    REQUIRE(click(browser, u"event-"_s + event));
    GuideAnswers answers;
    for (QString question = shownQuestion(browser); !question.isEmpty(); question = shownQuestion(browser)) {
        INFO(question.toStdString());
        REQUIRE_FALSE(answers.contains(question)); // every question once, never a loop
        const GuideQuestion *asked = guide.question(question);
        REQUIRE(asked);
        const QString answer = given.value(question, asked->answerIds().contains(u"no"_s) ? u"no"_s : asked->answerIds().constFirst());
        answers.insert(question, answer);
        REQUIRE(click(browser, u"answer-"_s + answer));
    }
    REQUIRE_FALSE(browser.evaluate(u"document.getElementById('planStep').hidden"_s).toBool());
    return answers;
}

QStringList plannedOnPage(HeadlessBrowser &browser)
{
    QStringList ids;
    for (const QJsonValue id : browser.evaluate(u"[...document.querySelectorAll('#plan li')].map(li => li.id.slice(8))"_s).toArray())
        ids.append(id.toString());
    return ids;
}

/// Fills the fields as a resident's fingers would (the input events the page listens to), then
/// asks for the code.
void fill(HeadlessBrowser &browser, const QJsonObject &fields)
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString script = u"(() => { const e = document.getElementById('field-%1'); if (!e) return false; e.value = %2;"
                               " e.dispatchEvent(new Event(e.tagName === 'SELECT' ? 'change' : 'input')); return true; })()"_s;
        INFO(it.key().toStdString());
        REQUIRE(browser.evaluate(script.arg(it.key(), u"'"_s + it.value().toString() + u"'"_s)).toBool());
    }
    browser.evaluate(u"document.getElementById('make').click(); true"_s);
}

QString writtenPage(QTemporaryDir &folder)
{
    const QString file = folder.filePath(u"pre-application.html"_s);
    QProcess page;
    page.start(QStringLiteral(MADOGUCHI_BINARY), {u"forms"_s, u"page"_s, u"--out"_s, file});
    REQUIRE(page.waitForFinished(60000));
    REQUIRE(page.exitCode() == 0);
    return file;
}

/// The code on the screen as the kiosk's camera decoder reads it from a screenshot.
QByteArray photographedCode(HeadlessBrowser &browser, const QString &name)
{
    const QString path = screenshotPath(name);
    browser.screenshot(path);
    const QList<DecodedCode> codes = FrameDecoder().decode(QImage(path));
    REQUIRE(codes.size() == 1);
    return codes.constFirst().text;
}

const QJsonObject kDetails{{u"familyName"_s, u"𠮷田"_s},
                           {u"givenName"_s, u"花子"_s},
                           {u"familyNameKana"_s, u"よしだ"_s},
                           {u"birthDate"_s, u"1992-08-15"_s},
                           {u"sex"_s, u"2"_s},
                           {u"postalCode"_s, u"332-0011"_s},
                           {u"address"_s, u"埼玉県川口市元郷一丁目2番3号"_s}};

} // namespace

TEST_CASE("the web guide from disk: a family moving in, answered in Vietnamese, its QR code read by the kiosk's decoder into "
          "the guide's route, the profile and the forms",
          "[forms][guide][browser]")
{
    QTemporaryDir folder;
    const QString file = writtenPage(folder);
    const auto guide = GuideReader::shipped().catalogue;
    REQUIRE(guide);

    HeadlessBrowser browser(412, 1400);
    browser.navigate(QUrl::fromLocalFile(file).toString());
    CHECK(browser.evaluate(u"document.querySelectorAll('#languages button').length"_s).toInt() == 10);
    CHECK(browser.evaluate(u"document.getElementById('reading').hidden"_s).toBool()); // the script asks instead
    chooseLanguage(browser, u"vi"_s);
    // In the resident's language, from the kiosk's own catalogue.
    const LanguageCatalogs vietnamese({u"vi"_s});
    const QString heading = vietnamese.translate(u"vi"_s, "Madoguchi::GuidePage", "What is happening in your life?");
    CHECK(heading != u"What is happening in your life?"_s);
    CHECK(browser.evaluate(u"document.getElementById('eventsHeading').textContent"_s).toString() == heading);
    browser.screenshot(screenshotPath(u"guide-events-vi"_s));

    // A question taken back: the first screen again, its answer kept.
    REQUIRE(click(browser, u"event-move-in"_s));
    const QString first = shownQuestion(browser);
    CHECK(first == guide->event(u"move-in"_s)->questions.constFirst());
    REQUIRE(click(browser, u"answer-yes"_s));
    CHECK(shownQuestion(browser) != first);
    REQUIRE(click(browser, u"questionBack"_s));
    CHECK(shownQuestion(browser) == first);
    CHECK(browser.evaluate(u"document.getElementById('answer-yes').getAttribute('aria-pressed')"_s).toString() == u"true"_s);
    browser.screenshot(screenshotPath(u"guide-question-vi"_s));
    REQUIRE(click(browser, u"questionBack"_s));

    const GuideAnswers answers =
        answerGuide(browser, *guide, u"move-in"_s, {{u"kokuho"_s, u"yes"_s}, {u"children"_s, u"yes"_s}, {u"school-age"_s, u"yes"_s}});
    const GuidePlan plan = planGuide(*guide, *guide->event(u"move-in"_s), answers);
    QStringList expected;
    QStringList atCounters;
    for (const PlannedProcedure &planned : plan.procedures) {
        expected.append(planned.procedure->id);
        if (planned.procedure->atCounter())
            atCounters.append(planned.procedure->id);
    }
    CHECK(plannedOnPage(browser) == expected); // the page plans as the kiosk's guide does
    CHECK(expected.contains(u"kokuho-join"_s));
    CHECK(expected.indexOf(u"move-in-notice"_s) < expected.indexOf(u"kokuho-join"_s));
    browser.screenshot(screenshotPath(u"guide-plan-vi"_s));
    // Printed at home, the plan is a checklist: a box before each procedure, no buttons.
    browser.emulatePrint(true);
    CHECK(browser.evaluate(u"getComputedStyle(document.querySelector('#plan li > strong'), '::before').content"_s)
              .toString()
              .contains(u"□"_s));
    CHECK(browser.evaluate(u"getComputedStyle(document.getElementById('next')).display"_s).toString() == u"none"_s);
    CHECK(browser.evaluate(u"getComputedStyle(document.getElementById('languages')).display"_s).toString() == u"none"_s);
    browser.screenshot(screenshotPath(u"guide-plan-printed-vi"_s));
    browser.emulatePrint(false);
    CHECK(browser.evaluate(u"getComputedStyle(document.getElementById('next')).display"_s).toString() != u"none"_s);

    REQUIRE(click(browser, u"next"_s));
    fill(browser, kDetails);
    REQUIRE(browser.evaluate(u"!document.getElementById('result').hidden"_s).toBool());
    const QString title = vietnamese.translate(u"vi"_s, "Madoguchi::PreApplicationPage", "Fill in your details before you come");
    CHECK(browser.evaluate(u"document.getElementById('title').textContent"_s).toString() == title);
    CHECK(browser.evaluate(u"document.querySelector('label[for=field-familyName]').textContent"_s).toString()
          == vietnamese.translate(u"vi"_s, "Madoguchi::Field", "Family name"));
    const QByteArray shown = browser.evaluate(u"document.getElementById('code').dataset.code"_s).toString().toLatin1();

    const QByteArray read = photographedCode(browser, u"code-vi"_s);
    CHECK(read == shown);
    const auto payload = parseScanPayload(read);
    INFO((payload ? std::string() : payload.error().message.toStdString()));
    REQUIRE(payload);
    REQUIRE(payload->kind == ScanPayload::Kind::PreApplication);
    // The kiosk asks for the routed ticket by these; the server plans them into the same route.
    CHECK(payload->preApplication->procedures == atCounters);
    CHECK(planProcedures(*guide, payload->preApplication->procedures).services() == plan.services());
    const Profile profile = payload->preApplication->toProfile(QDateTime::currentDateTimeUtc());
    CHECK(profile.value({u"familyNameKana"_s, 0}) == u"ヨシダ"_s); // normalised as a clerk's typing would be
    CHECK(profile.value({u"postalCode"_s, 0}) == u"3320011"_s);

    const auto forms = FormReader::shipped().forms;
    const auto residence = std::find_if(forms.begin(), forms.end(), [](const FormDefinition &f) { return f.id == u"residence-change"_s; });
    REQUIRE(residence != forms.end());
    const LanguageCatalogs catalogs({u"ja"_s});
    const FormFill filled = fillForm(*residence, profile, [&](const char *c, const char *s) { return catalogs.translate(u"ja"_s, c, s); });
    QStringList texts;
    for (const FilledText &text : filled.texts)
        texts.append(text.text);
    CHECK(texts.contains(u"𠮷田"_s));
    CHECK(texts.contains(u"埼玉県川口市元郷一丁目2番3号"_s));
}

TEST_CASE("the web guide without JavaScript: every life event and its procedures to read, when, where, what to bring", "[guide][browser]")
{
    QTemporaryDir folder;
    const QString file = writtenPage(folder);
    const auto guide = GuideReader::shipped().catalogue;
    REQUIRE(guide);

    HeadlessBrowser browser(412, 1400);
    browser.disableScripts();
    browser.navigate(QUrl::fromLocalFile(file).toString());
    const QString page = browser.html();
    CHECK(page.contains(u"<section id=\"reading\">"_s)); // shown
    CHECK(page.contains(u"<section id=\"guide\" hidden=\"\">"_s));
    CHECK(page.count(u"<details class=\"event\""_s) == guide->events.size());
    // In the page's first language (Japanese): the life event, each procedure, when and what to bring.
    const qsizetype from = page.indexOf(u"id=\"reading-death\""_s);
    REQUIRE(from >= 0);
    const QString death = page.mid(from, page.indexOf(u"</details>"_s, from) - from);
    const LifeEvent *event = guide->event(u"death"_s);
    REQUIRE(event);
    CHECK(death.contains(event->name.text(u"ja"_s).toHtmlEscaped()));
    for (const GuideRule &rule : event->rules) {
        INFO(rule.procedure.toStdString());
        CHECK(death.contains(guide->procedure(rule.procedure)->name.text(u"ja"_s).toHtmlEscaped()));
    }
    const LanguageCatalogs japanese({u"ja"_s});
    CHECK(death.contains(japanese.translate(u"ja"_s, "Madoguchi::GuidePage", "When: %1").section(u"%1"_s, 0, 0).toHtmlEscaped()));
    CHECK(death.contains(guide->question(u"deceased-kokuho"_s)->text.text(u"ja"_s).toHtmlEscaped())); // a condition in words
    CHECK(death.contains(japanese.translate(u"ja"_s, "Madoguchi::GuidePage", "Bring:").toHtmlEscaped()));
    browser.screenshot(screenshotPath(u"guide-without-script-ja"_s));
}

TEST_CASE("the pre-application page from the office server: its policy lets it run, and a wrong value is refused before a code",
          "[forms][browser][server]")
{
    ServerProcess server(u"server-office.toml"_s);
    server.start();
    const Reply reply = server.request("GET", u"/pre-application"_s);
    REQUIRE(reply.status == 200);
    const QByteArray policy = reply.header("Content-Security-Policy");
    CHECK(policy.contains("script-src 'sha256-"));
    CHECK_FALSE(policy.contains("unsafe-inline"));
    // Nothing it would load: no external script or style sheet (and the policy forbids any).
    CHECK_FALSE(reply.body.contains(" src="));
    CHECK_FALSE(reply.body.contains("<link"));

    CHECK(server.request("GET", u"/api/v1/pre-application"_s).status == 404); // a page, not the API

    HeadlessBrowser browser(412, 1400);
    browser.navigate(u"http://127.0.0.1:%1/pre-application"_s.arg(server.port()));
    CHECK(browser.evaluate(u"document.getElementById('field-postalCode').maxLength"_s).toInt() >= 8); // room for its hyphen
    CHECK(browser.evaluate(u"document.querySelectorAll('#languages button').length"_s).toInt() == 2); // the office's languages

    // Their own choice of procedures, without the questions.
    chooseLanguage(browser, u"ja"_s);
    REQUIRE(click(browser, u"ownChoice"_s));
    REQUIRE(click(browser, u"procedure-family-register-copies"_s));
    REQUIRE(click(browser, u"chooseDone"_s));
    CHECK(plannedOnPage(browser) == QStringList{u"family-register-copies"_s});
    REQUIRE(click(browser, u"next"_s));
    QJsonObject wrong = kDetails;
    wrong.insert(u"postalCode"_s, u"12"_s);
    fill(browser, wrong);
    CHECK(browser.evaluate(u"document.getElementById('result').hidden"_s).toBool());
    CHECK(browser.evaluate(u"document.getElementById('problem').textContent"_s).toString().contains(u"郵便番号"_s));
    browser.screenshot(screenshotPath(u"refused-ja"_s));

    // A value the kiosk's rules would refuse is refused here, not in a code the kiosk cannot read.
    browser.evaluate(u"(() => { const e = document.getElementById('field-postalCode'); e.value = '332-0011';"
                     " e.dispatchEvent(new Event('input')); const p = document.getElementById('field-phone'); p.value = '03-1234-567';"
                     " p.dispatchEvent(new Event('input')); document.getElementById('make').click(); return true; })()"_s);
    CHECK(browser.evaluate(u"document.getElementById('result').hidden"_s).toBool());
    CHECK(browser.evaluate(u"document.getElementById('problem').textContent"_s).toString().contains(u"電話番号"_s));
    browser.evaluate(u"(() => { const p = document.getElementById('field-phone'); p.value = '03-1234-5678';"
                     " p.dispatchEvent(new Event('input')); document.getElementById('make').click(); return true; })()"_s);
    REQUIRE(browser.evaluate(u"!document.getElementById('result').hidden"_s).toBool());
    const auto payload = parseScanPayload(photographedCode(browser, u"code-ja"_s));
    REQUIRE(payload);
    CHECK(payload->preApplication->procedures == QStringList{u"family-register-copies"_s});
}
