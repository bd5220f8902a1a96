// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The visitor's status page in Debian's headless Chromium: rendered in the visitor's language with
// real fonts, updated live when the visitor is called, and its notice form sent by the browser.
#include "headlessbrowser.h"
#include "noticereceivers.h"
#include "serverprocess.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>

using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPassword = "correct horse battery";

/// Where the screenshots go, to be looked at.
QString screenshotPath(const QString &name)
{
    const QString dir = QStringLiteral(MADOGUCHI_SCREENSHOTS) + u"/status-page"_s;
    QDir().mkpath(dir);
    return dir + u"/"_s + name + u".png"_s;
}

/// Resolves when the page's live connection is open.
const QString kLiveOpen = u"new Promise(r => { const done = () => document.body.dataset.live === 'open' && r(true); "
                          "new MutationObserver(done).observe(document.body, {attributes: true}); done(); })"_s;
/// Sets window.statusChange to a promise that resolves with the status sentence once it differs
/// from what it is now (set up before the change is caused, so that it cannot be missed).
const QString kWatchStatus = u"window.statusChange = new Promise(r => { const el = document.getElementById('status'); "
                             "const before = el.textContent; new MutationObserver(() => el.textContent !== before && r(el.textContent))"
                             ".observe(el, {childList: true, characterData: true, subtree: true}); }); true"_s;

QString text(HeadlessBrowser &browser, const QString &id)
{
    return browser.evaluate(u"document.getElementById('%1').hidden ? '' : document.getElementById('%1').textContent"_s.arg(id)).toString();
}

struct BrowserOffice {
    WebhookReceiver webhook;
    ServerProcess server;
    QString kiosk, clerk;
    BrowserOffice()
        : server(u"server-office.toml"_s, u"[notify.webhook]\nurl = \"%1\"\n"_s.arg(webhook.url()).toUtf8())
    {
        server.usePublicUrl();
        kiosk = server.deviceToken(u"kiosk"_s, u"kiosk-1"_s);
        server.addStaff(u"clerk1"_s, u"clerk"_s, kPassword);
        server.start();
        clerk = server.login(u"clerk1"_s, kPassword, 1);
        REQUIRE(server.request("POST", u"/api/v1/counters/1/open"_s, clerk).status == 200);
    }
    QJsonObject issue(const QString &language)
    {
        const Reply reply =
            server.request("POST", u"/api/v1/visits"_s, kiosk, {{u"services"_s, QJsonArray{u"certificate"_s}}, {u"language"_s, language}});
        REQUIRE(reply.status == 201);
        return reply.json();
    }
};

} // namespace

TEST_CASE("the status page renders in the visitor's language and follows the call live", "[server][browser]")
{
    BrowserOffice o;
    HeadlessBrowser browser;
    const QJsonObject first = o.issue(u"en"_s);
    const QJsonObject mine = o.issue(u"ja"_s);

    browser.navigate(mine.value(u"statusUrl"_s).toString());
    CHECK(browser.evaluate(u"document.documentElement.lang"_s).toString() == u"ja"_s);
    CHECK(browser.evaluate(u"document.fonts.check('18px \"Noto Sans CJK JP\"', '番号')"_s).toBool());
    CHECK(text(browser, u"number"_s) == mine.value(u"number"_s).toString());
    CHECK(text(browser, u"status"_s) == u"番号が呼ばれるまでお待ちください。"_s);
    CHECK(text(browser, u"ahead"_s) == u"前にお待ちの方：1人"_s);
    CHECK(text(browser, u"estimate"_s).startsWith(u"待ち時間の目安："_s));
    CHECK(text(browser, u"counter"_s).isEmpty());
    CHECK(browser.evaluate(u"document.querySelector('#notify label').textContent"_s).toString() == u"携帯電話番号"_s);
    // Nothing is cut off or wider than the phone's screen.
    CHECK(browser.evaluate(u"document.documentElement.scrollWidth <= window.innerWidth"_s).toBool());
    REQUIRE(browser.evaluate(kLiveOpen).toBool());
    browser.screenshot(screenshotPath(u"ja-waiting"_s));

    // The clerk calls the first visitor, then this one: the page follows without a reload.
    REQUIRE(o.server.request("POST", u"/api/v1/counters/1/call-next"_s, o.clerk).status == 200);
    REQUIRE(o.server.request("POST", u"/api/v1/counters/1/finish"_s, o.clerk).status == 200);
    REQUIRE(waitFor([&] { return text(browser, u"ahead"_s) == u"前にお待ちの方：0人"_s; }));
    const QString called = u"番号が呼ばれました。すぐにお越しください。"_s;
    browser.evaluate(kWatchStatus);
    REQUIRE(o.server.request("POST", u"/api/v1/counters/1/call-next"_s, o.clerk).status == 200);
    CHECK(browser.evaluate(u"window.statusChange"_s).toString() == called);
    CHECK(text(browser, u"counter"_s) == u"1番窓口へお越しください"_s);
    CHECK(text(browser, u"ahead"_s).isEmpty());
    CHECK(browser.evaluate(u"document.getElementById('card').className"_s).toString() == u"card called"_s);
    CHECK(browser.evaluate(u"document.getElementById('notify').hidden"_s).toBool());
    browser.screenshot(screenshotPath(u"ja-called"_s));

    // The first visitor, served meanwhile, reads the page in English.
    browser.navigate(first.value(u"statusUrl"_s).toString());
    CHECK(browser.evaluate(u"document.documentElement.lang"_s).toString() == u"en"_s);
    CHECK(text(browser, u"status"_s) == u"All your procedures are finished. Thank you."_s);
    CHECK(browser.evaluate(u"document.title"_s).toString().startsWith(u"Your ticket"_s));
    browser.screenshot(screenshotPath(u"en-done"_s));
}

TEST_CASE("the notice form works from the browser and the page tells the visitor", "[server][browser][notify]")
{
    BrowserOffice o;
    HeadlessBrowser browser;
    o.issue(u"en"_s);
    o.issue(u"en"_s);
    const QJsonObject mine = o.issue(u"en"_s);
    browser.navigate(mine.value(u"statusUrl"_s).toString());
    CHECK(text(browser, u"ahead"_s) == u"People ahead of you: 2"_s);
    browser.screenshot(screenshotPath(u"en-waiting"_s));

    browser.evaluate(u"document.getElementById('address-webhook').value = '+81 90 1234 5678'; "
                     "document.querySelector('#notify form').submit(); true"_s);
    REQUIRE(waitFor([&] {
        return browser.evaluate(u"location.search"_s).toString() == u"?notice=ok"_s
            && browser.evaluate(u"document.readyState"_s).toString() == u"complete"_s;
    }));
    CHECK(browser.evaluate(u"document.querySelector('.feedback').textContent"_s).toString()
          == u"Done. We will send you a message when your turn is near."_s);
    browser.screenshot(screenshotPath(u"en-subscribed"_s));
    // Two ahead is within the office's default of three: the notice goes out at once.
    REQUIRE(o.webhook.waitForRequests(1));
    CHECK(o.webhook.requests().first().json().value(u"to"_s).toString() == u"+81 90 1234 5678"_s);
}
