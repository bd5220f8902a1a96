// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QTemporaryDir>
#include <QWebSocket>

#include <map>

namespace Madoguchi::Test {

/// Debian's Chromium, headless, driven over the DevTools protocol on loopback: one page, navigated,
/// inspected with JavaScript and photographed. Runs with its own empty profile.
class HeadlessBrowser
{
public:
    /// width × height: the page's viewport in CSS pixels, emulated as a phone.
    HeadlessBrowser(int width = 412, int height = 900);
    ~HeadlessBrowser();

    /// Lays the page out for print (A4 paper) instead of the screen, or back.
    void emulatePrint(bool print);
    /// Runs no page script from now on, as a browser with JavaScript turned off (evaluate() then
    /// waits in vain: read the page with html()).
    void disableScripts();
    /// Loads the URL and waits for the load event.
    void navigate(const QString &url);
    /// Evaluates a JavaScript expression in the page; a promise is awaited. Returns its value.
    QJsonValue evaluate(const QString &expression, int timeoutMs = 20000);
    /// The page's document as it stands (through the DevTools, so also with scripts off).
    QString html();
    /// Saves a PNG of the page as it is displayed.
    void screenshot(const QString &path);

private:
    QJsonObject call(const QString &method, const QJsonObject &params = {}, int timeoutMs = 20000);

    QTemporaryDir m_profile;
    QProcess m_process;
    QWebSocket m_page;
    int m_nextId = 1;
    bool m_loaded = false;
    std::map<int, QJsonObject> m_replies;
};

} // namespace Madoguchi::Test
