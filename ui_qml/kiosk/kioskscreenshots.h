// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "screenshots.h"

namespace Madoguchi {

class KioskController;
class SimCardTerminal;
class UiLanguage;

/// Drives the kiosk through its screens in each of its languages and saves each as a PNG in
/// `folder`, named kiosk-<screen>-<language>.png: attract, services, the card step with the
/// simulated reader `card` (the kiosk's card terminal: consent, place, the PIN after a wrong one,
/// one try left, a locked card), and the ticket of the card read (so it issues one ticket per
/// language: use it with the demo or a test server, never a live office); then the services in the
/// first language with large text (services-large) and also high contrast (services-large-contrast),
/// the focus ring, a clerk called, and the low layout.
[[nodiscard]] Screenshots takeKioskScreenshots(KioskController &kiosk, SimCardTerminal &card, UiLanguage &language, QQuickWindow &window,
                                               const QString &folder);

} // namespace Madoguchi
