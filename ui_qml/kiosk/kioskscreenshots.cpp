// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskscreenshots.h"

#include "kioskcontroller.h"
#include "screeninspector.h"
#include "uilanguage.h"

#include <QQuickWindow>

namespace Madoguchi {

Screenshots takeKioskScreenshots(KioskController &kiosk, UiLanguage &language, QQuickWindow &window, const QString &folder)
{
    Screenshots taken;
    auto save = [&](const QString &screen) {
        return saveScreenshot(window, folder, QStringLiteral("kiosk-%1-%2").arg(screen, language.current()), taken);
    };
    auto reach = [&](KioskController::Screen screen) {
        return waitForScreen(kiosk, &KioskController::screenChanged, [&] { return kiosk.screen() == screen; });
    };

    bool reachable = false;
    QObject::connect(&kiosk, &KioskController::refreshed, &window, [&](bool ok) { reachable = ok; });
    kiosk.refresh();
    if (!waitForScreen(kiosk, &KioskController::refreshed, [&] { return reachable; }))
        return stopped(taken, QStringLiteral("the server did not answer"));

    for (const QString &tag : kiosk.languages()) {
        kiosk.finish();
        kiosk.chooseLanguage(tag);
        if (!save(QStringLiteral("attract")))
            return taken;
        kiosk.begin();
        if (!reach(KioskController::Screen::Services))
            return stopped(taken, QStringLiteral("no services screen in %1").arg(tag));
        if (!save(QStringLiteral("services")))
            return taken;
        kiosk.issue(kiosk.services()->index(0).data(ServiceListModel::CodeRole).toString());
        if (!waitForScreen(kiosk, &KioskController::busyChanged,
                           [&] { return kiosk.screen() == KioskController::Screen::Ticket && !kiosk.busy(); }))
            return stopped(taken, QStringLiteral("no ticket in %1").arg(tag));
        if (!save(QStringLiteral("ticket")))
            return taken;
        kiosk.startReservation();
        if (!save(QStringLiteral("reservation")))
            return taken;
    }

    // The accessibility modes, in the office's first language: large text, then also high contrast.
    QObject *theme = window.property("theme").value<QObject *>();
    if (!theme)
        return stopped(taken, QStringLiteral("the window has no theme property"));
    kiosk.finish();
    kiosk.begin();
    if (!reach(KioskController::Screen::Services))
        return stopped(taken, QStringLiteral("no services screen"));
    theme->setProperty("largeText", true);
    if (!save(QStringLiteral("services-large")))
        return taken;
    theme->setProperty("highContrast", true);
    if (!save(QStringLiteral("services-large-contrast")))
        return taken;
    theme->setProperty("largeText", false);
    theme->setProperty("highContrast", false);

    // A clerk called: the banner that says one is coming.
    kiosk.callClerk();
    if (!waitForScreen(kiosk, &KioskController::clerkCalledChanged, [&] { return kiosk.clerkCalled(); }))
        return stopped(taken, QStringLiteral("calling a clerk failed: %1").arg(kiosk.message()));
    if (!save(QStringLiteral("clerk-called")))
        return taken;

    // The low layout: every control within reach, on every screen that has controls, in the office's
    // first language and in one of long words (the last).
    theme->setProperty("lowLayout", true);
    const double reachLine = window.height() * (1.0 - theme->property("lowReach").value<double>());
    for (const QString &tag : {kiosk.languages().constFirst(), kiosk.languages().constLast()}) {
        const auto saveLow = [&](const QString &screen) {
            taken.findings += controlsAbove(window, reachLine);
            return save(QStringLiteral("%1-low").arg(screen));
        };
        kiosk.finish();
        kiosk.chooseLanguage(tag);
        kiosk.begin();
        if (!reach(KioskController::Screen::Services) || !saveLow(QStringLiteral("services")))
            return stopped(taken, QStringLiteral("no low services screen in %1").arg(tag));
        kiosk.startReservation();
        if (!saveLow(QStringLiteral("reservation")))
            return taken;
        kiosk.begin();
        kiosk.issue(kiosk.services()->index(0).data(ServiceListModel::CodeRole).toString());
        if (!waitForScreen(kiosk, &KioskController::busyChanged,
                           [&] { return kiosk.screen() == KioskController::Screen::Ticket && !kiosk.busy(); }))
            return stopped(taken, QStringLiteral("no low ticket in %1").arg(tag));
        if (!saveLow(QStringLiteral("ticket")))
            return taken;
    }
    theme->setProperty("lowLayout", false);
    kiosk.finish();
    return taken;
}

} // namespace Madoguchi
