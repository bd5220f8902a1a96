// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The pre-application page in Debian's headless Chromium: the self-contained file the city hosts
// (every language, opened from disk, no server) and the office server's copy (under its
// Content-Security-Policy): procedures chosen, the details filled in a resident's language, the QR
// code photographed and read by the kiosk's own decoder into the profile and the forms; a value the
// browser refuses before any code is made.
#include "headlessbrowser.h"
#include "serverprocess.h"

#include "common/languagecatalogs.h"
#include "config/formreader.h"
#include "forms/formfill.h"
#include "scan/scanpayload.h"
#include "scanner/framedecoder.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QImage>
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

/// Chooses the language, ticks the procedure and fills the fields as a resident's fingers would
/// (the input events the page listens to), then asks for the code.
void fill(HeadlessBrowser &browser, const QString &language, const QString &procedure, const QJsonObject &fields)
{
    REQUIRE(browser
                .evaluate(u"(() => { const b = [...document.querySelectorAll('#languages button')].find(b => b.lang === '%1');"
                          " if (!b) return false; b.click(); return document.documentElement.lang === '%1'; })()"_s.arg(language))
                .toBool());
    REQUIRE(
        browser.evaluate(u"(() => { const b = document.getElementById('procedure-%1'); b.click(); return b.checked; })()"_s.arg(procedure))
            .toBool());
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString script = u"(() => { const e = document.getElementById('field-%1'); if (!e) return false; e.value = %2;"
                               " e.dispatchEvent(new Event(e.tagName === 'SELECT' ? 'change' : 'input')); return true; })()"_s;
        INFO(it.key().toStdString());
        REQUIRE(browser.evaluate(script.arg(it.key(), u"'"_s + it.value().toString() + u"'"_s)).toBool());
    }
    browser.evaluate(u"document.getElementById('make').click(); true"_s);
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

TEST_CASE("the pre-application page from disk: filled in Vietnamese, its QR code read by the kiosk's decoder into the forms",
          "[forms][browser]")
{
    QTemporaryDir folder;
    const QString file = folder.filePath(u"pre-application.html"_s);
    QProcess page;
    page.start(QStringLiteral(MADOGUCHI_BINARY), {u"forms"_s, u"page"_s, u"--out"_s, file});
    REQUIRE(page.waitForFinished(60000));
    REQUIRE(page.exitCode() == 0);

    HeadlessBrowser browser(412, 1400);
    browser.navigate(QUrl::fromLocalFile(file).toString());
    CHECK(browser.evaluate(u"document.querySelectorAll('#languages button').length"_s).toInt() == 10);
    fill(browser, u"vi"_s, u"residence-change"_s, kDetails);
    REQUIRE(browser.evaluate(u"!document.getElementById('result').hidden"_s).toBool());
    // In the resident's language, from the kiosk's own catalogue.
    const LanguageCatalogs vietnamese({u"vi"_s});
    const QString title = vietnamese.translate(u"vi"_s, "Madoguchi::PreApplicationPage", "Fill in your details before you come");
    CHECK(title != u"Fill in your details before you come"_s);
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
    CHECK(payload->preApplication->procedures == QStringList{u"residence-change"_s});
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

    QJsonObject wrong = kDetails;
    wrong.insert(u"postalCode"_s, u"12"_s);
    fill(browser, u"ja"_s, u"certificate-request"_s, wrong);
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
    CHECK(payload->preApplication->procedures == QStringList{u"certificate-request"_s});
}
