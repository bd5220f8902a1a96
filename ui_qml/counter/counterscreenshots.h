// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "screenshots.h"

namespace Madoguchi {

class CounterController;
class VisitForms;

/// Logs in and works one visitor at the counter, saving counter-<step>-<language>.png at each step:
/// login, idle (the counter opened), called (call-next), serving (start), forms (the visit's forms
/// pane, its profile read), forms-card (the card window, when the forms have a card reader); then
/// finishes the visit. Needs a visitor waiting for one of the
/// counter's services: use a test server.
[[nodiscard]] Screenshots takeCounterScreenshots(CounterController &counter, VisitForms &forms, QQuickWindow &window, const QString &login,
                                                 const QString &password, const QString &language, const QString &folder);

} // namespace Madoguchi
