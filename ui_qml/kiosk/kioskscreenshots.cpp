#include "kioskscreenshots.h"

#include "kioskcontroller.h"
#include "uilanguage.h"

#include <QDir>
#include <QEventLoop>
#include <QQuickWindow>
#include <QTimer>

namespace Madoguchi {

namespace {

constexpr int kScreenTimeoutMs = 20000;

// Runs the event loop until `done` holds after one of the sender's signals, or the time is up.
template<typename Signal>
bool waitFor(KioskController &sender, Signal signal, const std::function<bool()> &done)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&sender, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(kScreenTimeoutMs);
    loop.exec();
    return done();
}

QObject *themeOf(QQuickWindow &window)
{
    return window.property("theme").value<QObject *>();
}

} // namespace

KioskScreenshots takeKioskScreenshots(KioskController &kiosk, UiLanguage &language, QQuickWindow &window, const QString &folder)
{
    KioskScreenshots result;
    QDir().mkpath(folder);
    auto save = [&](const QString &screen) {
        const QString path = QDir(folder).filePath(QStringLiteral("kiosk-%1-%2.png").arg(screen, language.current()));
        if (window.grabWindow().save(path))
            result.files.append(path);
        else
            result.problem = QStringLiteral("cannot write %1").arg(path);
        return result.problem.isEmpty();
    };

    bool reachable = false;
    QObject::connect(&kiosk, &KioskController::refreshed, &window, [&](bool ok) { reachable = ok; });
    kiosk.refresh();
    if (!waitFor(kiosk, &KioskController::refreshed, [&] { return reachable; }))
        return {result.files, QStringLiteral("the server did not answer")};

    for (const QString &tag : kiosk.languages()) {
        kiosk.finish();
        kiosk.chooseLanguage(tag);
        if (!save(QStringLiteral("attract")))
            return result;
        kiosk.begin();
        if (!waitFor(kiosk, &KioskController::screenChanged, [&] { return kiosk.screen() == KioskController::Screen::Services; }))
            return {result.files, QStringLiteral("no services screen in %1").arg(tag)};
        if (!save(QStringLiteral("services")))
            return result;
        kiosk.issue(kiosk.services()->index(0).data(ServiceListModel::CodeRole).toString());
        if (!waitFor(kiosk, &KioskController::busyChanged, [&] { return kiosk.screen() == KioskController::Screen::Ticket && !kiosk.busy(); }))
            return {result.files, QStringLiteral("no ticket in %1").arg(tag)};
        if (!save(QStringLiteral("ticket")))
            return result;
    }
    // The accessibility modes, in the office's first language: large text, then also high contrast.
    QObject *theme = themeOf(window);
    if (!theme)
        return {result.files, QStringLiteral("no Theme singleton")};
    kiosk.finish();
    kiosk.begin();
    if (!waitFor(kiosk, &KioskController::screenChanged, [&] { return kiosk.screen() == KioskController::Screen::Services; }))
        return {result.files, QStringLiteral("no services screen")};
    theme->setProperty("largeText", true);
    if (!save(QStringLiteral("services-large")))
        return result;
    theme->setProperty("highContrast", true);
    if (!save(QStringLiteral("services-large-contrast")))
        return result;
    theme->setProperty("largeText", false);
    theme->setProperty("highContrast", false);
    kiosk.finish();
    return result;
}

} // namespace Madoguchi
