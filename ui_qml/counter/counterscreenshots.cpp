// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "counterscreenshots.h"

#include "card/cardreading.h"
#include "countercontroller.h"
#include "screeninspector.h"
#include "visitforms.h"

#include <QQuickItem>
#include <QQuickWindow>

namespace Madoguchi {

Screenshots takeCounterScreenshots(CounterController &counter, VisitForms &forms, QQuickWindow &window, const QString &login,
                                   const QString &password, const QString &language, const QString &folder)
{
    Screenshots taken;
    auto save = [&](const QString &step) {
        return saveScreenshot(window, folder, QStringLiteral("counter-%1-%2").arg(step, language), taken);
    };
    // Runs one step and waits until the console has re-read the counter afterwards.
    auto settle = [&](const std::function<void()> &step) {
        bool settled = false;
        const auto connection = QObject::connect(&counter, &CounterController::settled, &window, [&] { settled = true; });
        step();
        const bool ok = waitForScreen(counter, &CounterController::settled, [&] { return settled && !counter.busy(); });
        QObject::disconnect(connection);
        return ok;
    };

    if (!save(QStringLiteral("login")))
        return taken;
    if (!settle([&] { counter.login(login, password); }) || !counter.loggedIn())
        return stopped(taken, QStringLiteral("login failed: %1").arg(counter.message()));
    if (counter.counterStatus() != QLatin1String("open") && !settle([&] { counter.act(CounterAction::Open); }))
        return taken;
    if (!save(QStringLiteral("idle")))
        return taken;
    if (!settle([&] { counter.act(CounterAction::CallNext); }) || counter.visitNumber().isEmpty())
        return stopped(taken, QStringLiteral("nobody to call: %1").arg(counter.message()));
    if (!save(QStringLiteral("called")))
        return taken;
    if (!settle([&] { counter.act(CounterAction::Start); }) || !save(QStringLiteral("serving")))
        return taken;
    // The visit's forms, once its profile has been read.
    if (!waitForScreen(forms, &VisitForms::busyChanged, [&] { return forms.active() && !forms.busy(); }))
        return stopped(taken, QStringLiteral("the visit's profile was not read: %1").arg(forms.problem()));
    window.setProperty("showForms", true);
    if (!save(QStringLiteral("forms")))
        return taken;
    // The card read at the counter, in its window over the pane.
    if (CardReading *card = forms.card()) {
        forms.readCard();
        const QQuickItem *title = itemNamed(window, QStringLiteral("cardTitle"));
        if (card->step() != CardReading::Step::Consent || !title || !title->isVisible())
            return stopped(taken, QStringLiteral("the card window did not open at the counter"));
        const bool cardSaved = save(QStringLiteral("forms-card"));
        card->reset();
        if (!cardSaved)
            return taken;
    }
    window.setProperty("showForms", false);
    settle([&] { counter.act(CounterAction::Finish); });
    return taken;
}

} // namespace Madoguchi
