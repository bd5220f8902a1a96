// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "screenshots.h"

namespace Madoguchi {

class KioskController;
class UiLanguage;

/// Drives the kiosk through its screens in each of its languages and saves each as a PNG in
/// `folder`, named kiosk-<screen>-<language>.png: attract, services, and the ticket (so it issues
/// one ticket per language: use it with the demo or a test server, never a live office); then the
/// services in the first language with large text (services-large) and also high contrast
/// (services-large-contrast).
[[nodiscard]] Screenshots takeKioskScreenshots(KioskController &kiosk, UiLanguage &language, QQuickWindow &window, const QString &folder);

} // namespace Madoguchi
