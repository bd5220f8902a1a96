#pragma once

#include <QString>
#include <QStringList>

class QQuickWindow;

namespace Madoguchi {

class KioskController;
class UiLanguage;

/// Drives the kiosk through its screens in each of its languages and saves each as a PNG in
/// `folder`, named kiosk-<screen>-<language>.png: attract, services, and the ticket (so it issues
/// one ticket per language: use it with the demo or a test server, never a live office); then the
/// services in the first language with large text (services-large) and also high contrast
/// (services-large-contrast). Returns
/// the files written, or stops at the first screen that does not appear and says which.
struct KioskScreenshots {
    QStringList files;
    QString problem;
};
[[nodiscard]] KioskScreenshots takeKioskScreenshots(KioskController &kiosk, UiLanguage &language, QQuickWindow &window,
                                                    const QString &folder);

} // namespace Madoguchi
