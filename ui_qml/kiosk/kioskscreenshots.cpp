// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskscreenshots.h"

#include "kioskcontroller.h"
#include "screeninspector.h"
#include "text/unbreakableterms.h"
#include "uilanguage.h"

#include <QQuickItem>
#include <QQuickWindow>

namespace Madoguchi {

namespace {

// The names and procedures of the services as the kiosk shows them now.
QStringList serviceTexts(KioskController &kiosk)
{
    QStringList texts;
    const ServiceListModel &services = *kiosk.services();
    for (int row = 0; row < services.rowCount(); ++row) {
        texts.append(services.index(row).data(ServiceListModel::NameRole).toString());
        texts.append(services.index(row).data(ServiceListModel::ProceduresRole).toString());
    }
    return texts;
}

} // namespace

Screenshots takeKioskScreenshots(KioskController &kiosk, UiLanguage &language, QQuickWindow &window, const QString &folder)
{
    Screenshots taken;
    // Every screen: the inspector's checks with the language's terms, and a header in one row.
    auto save = [&](const QString &screen) {
        const QString name = QStringLiteral("kiosk-%1-%2").arg(screen, language.current());
        taken.inspection.terms = unbreakableTerms(language.current(), serviceTexts(kiosk));
        const bool saved = saveScreenshot(window, folder, name, taken);
        for (const QString &problem : wrappedRow(window, QStringLiteral("kioskHeader"), 16))
            taken.findings.append(name + QStringLiteral(": ") + problem);
        return saved;
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
        if (!save(QStringLiteral("idle")))
            return taken;
        window.setProperty("choosingLanguage", true);
        const bool languagesSaved = save(QStringLiteral("languages"));
        window.setProperty("choosingLanguage", false);
        if (!languagesSaved)
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
        // Asked whether still there: shortly before the kiosk would return to the start.
        kiosk.setInactivityTimeout(std::chrono::milliseconds(20050), std::chrono::seconds(20));
        kiosk.touched();
        const bool asked = waitForScreen(kiosk, &KioskController::stillThereAskedChanged, [&] { return kiosk.stillThereAsked(); });
        const bool askedSaved = asked && save(QStringLiteral("still-there"));
        kiosk.setInactivityTimeout(std::chrono::seconds(90));
        kiosk.touched();
        if (!askedSaved)
            return stopped(taken, QStringLiteral("the kiosk did not ask whether the visitor is still there in %1").arg(tag));
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
    // The focus ring, on a service card and on the main action, in both colour schemes.
    const auto focus = [&](const QString &objectName) {
        if (QQuickItem *item = itemNamed(window, objectName))
            item->forceActiveFocus(Qt::TabFocusReason);
    };
    focus(QStringLiteral("service-") + kiosk.services()->index(0).data(ServiceListModel::CodeRole).toString());
    if (!save(QStringLiteral("services-focus-contrast")))
        return taken;
    theme->setProperty("highContrast", false);
    if (!save(QStringLiteral("services-focus")))
        return taken;

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
