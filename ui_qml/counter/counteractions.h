// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apivocabulary.h"

#include <QString>

namespace Madoguchi {

/// Where the counter stands, for which actions make sense: closed, paused, open with nobody at it,
/// a visitor called, a visitor being served.
enum class CounterPhase { Closed, Paused, Idle, Called, Serving };

/// The phase from the counter's status and the status of the visit at it ("called", "serving" …).
[[nodiscard]] CounterPhase counterPhase(const QString &counterStatus, const QString &visitStatus);

/// The one main action of a phase: open, call next, start, finish.
[[nodiscard]] Api::CounterAction mainAction(CounterPhase phase);

/// Why an action cannot be taken in a phase, in the console's language; empty when it can. The same
/// rules as the queue engine's, so the console never offers what the server would refuse.
[[nodiscard]] QString whyUnavailable(Api::CounterAction action, CounterPhase phase);

} // namespace Madoguchi
