// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskscreenshots.h"

#include "card/cardreading.h"
#include "kioskcontroller.h"
#include "screeninspector.h"
#include "simdevices/simcardterminal.h"
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

/// A sample card whose PIN the tour types.
FakeCardProfile tourCard(int triesLeft)
{
    FakeCardProfile card = sampleCardHolders().constFirst();
    card.triesLeft = triesLeft;
    return card;
}

void typePin(CardReading &reading, const QByteArray &pin)
{
    for (const char digit : pin)
        reading.pressDigit(digit - '0');
}

} // namespace

Screenshots takeKioskScreenshots(KioskController &kiosk, SimCardTerminal &card, UiLanguage &language, QQuickWindow &window,
                                 const QString &folder)
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
    if (!kiosk.card())
        return stopped(taken, QStringLiteral("the kiosk has no card reader"));
    CardReading &reading = *kiosk.card();
    auto reachStep = [&](CardReading::Step step) {
        return waitForScreen(reading, &CardReading::stepChanged, [&] { return reading.step() == step; });
    };
    auto firstService = [&] { return kiosk.services()->index(0).data(ServiceListModel::CodeRole).toString(); };
    // A ticket without the card.
    auto issueWithoutCard = [&] {
        kiosk.issue(firstService());
        kiosk.skipCard();
        return waitForScreen(kiosk, &KioskController::busyChanged,
                             [&] { return kiosk.screen() == KioskController::Screen::Ticket && !kiosk.busy(); });
    };
    // The card step, ending with the card read and the ticket of its visit.
    auto cardSteps = [&](const QString &tag) -> QString {
        card.lift();
        kiosk.issue(firstService());
        if (kiosk.screen() != KioskController::Screen::Card || !save(QStringLiteral("card-consent")))
            return QStringLiteral("no card consent in %1").arg(tag);
        reading.consent();
        if (!save(QStringLiteral("card-place")))
            return QStringLiteral("no card placing in %1").arg(tag);
        card.place(tourCard(3));
        if (!reachStep(CardReading::Step::Pin))
            return QStringLiteral("no PIN pad in %1").arg(tag);
        typePin(reading, "0000");
        reading.confirmPin();
        if (!reachStep(CardReading::Step::Reading) || !reachStep(CardReading::Step::Pin))
            return QStringLiteral("no second PIN try in %1").arg(tag);
        typePin(reading, "12"); // two dots, and why the PIN is asked again
        if (!save(QStringLiteral("card-pin")))
            return QStringLiteral("no PIN screenshot in %1").arg(tag);
        reading.removeDigit();
        reading.removeDigit();
        typePin(reading, "0000");
        reading.confirmPin();
        if (!reachStep(CardReading::Step::LastTry) || !save(QStringLiteral("card-last-try")))
            return QStringLiteral("no last-try warning in %1").arg(tag);
        reading.acceptLastTry();
        typePin(reading, tourCard(3).pin);
        reading.confirmPin();
        if (!waitForScreen(kiosk, &KioskController::busyChanged,
                           [&] { return kiosk.screen() == KioskController::Screen::Ticket && !kiosk.busy(); }))
            return QStringLiteral("no ticket after the card in %1: %2").arg(tag, kiosk.message());
        if (!save(QStringLiteral("ticket")))
            return QStringLiteral("no ticket screenshot in %1").arg(tag);
        return {};
    };
    auto lockedCard = [&](const QString &tag) -> QString {
        kiosk.begin();
        kiosk.issue(firstService());
        reading.consent();
        card.place(tourCard(0));
        if (!reachStep(CardReading::Step::Locked) || !save(QStringLiteral("card-locked")))
            return QStringLiteral("no locked card in %1").arg(tag);
        card.lift();
        kiosk.begin();
        return {};
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
        if (const QString problem = cardSteps(tag); !problem.isEmpty())
            return stopped(taken, problem);
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
        if (const QString problem = lockedCard(tag); !problem.isEmpty())
            return stopped(taken, problem);
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
        kiosk.issue(firstService());
        reading.consent();
        card.place(tourCard(3));
        if (!reachStep(CardReading::Step::Pin) || !saveLow(QStringLiteral("card-pin")))
            return stopped(taken, QStringLiteral("no low PIN pad in %1").arg(tag));
        card.lift();
        kiosk.begin();
        if (!issueWithoutCard())
            return stopped(taken, QStringLiteral("no low ticket in %1").arg(tag));
        if (!saveLow(QStringLiteral("ticket")))
            return taken;
    }
    theme->setProperty("lowLayout", false);
    kiosk.finish();
    return taken;
}

} // namespace Madoguchi
