// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assistance/assistancecall.h"
#include "config/officeconfig.h"
#include "estimate/waitestimator.h"
#include "guide/guidecatalogue.h"
#include "queue/callchoice.h"
#include "queue/event.h"
#include "queue/queuestate.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Madoguchi {

/// The JSON shapes of API v1 (see resources/web/openapi.json). Public views never carry the
/// public token of another visit or anything personal.
namespace ApiViews {

[[nodiscard]] QJsonObject localized(const LocalizedText &text);
/// {"low", "high", "known"}: the 参考値 range in minutes.
[[nodiscard]] QJsonObject estimate(const WaitEstimate &estimate);
/// A service with its waiting count and the estimate for a new ticket, its congestion, how long its
/// longest-waiting visitor has waited by the server's clock at `now` (a console's own clock may be off),
/// and the numbers parked in it (for the counter consoles).
[[nodiscard]] QJsonObject service(const ServiceConfig &service, const WaitEstimate &estimate, const QueueState &state,
                                  const QDateTime &now);
/// A guide procedure's name, or its id when the office's guide has none by it (or no guide).
[[nodiscard]] LocalizedText procedureName(const GuideCatalogue *guide, const QString &id);
/// The one-stop visits at another counter now that come to `service` next, with the procedures they
/// bring (named by the office's guide when it has one): for staff only, since a procedure can say
/// much about a household (a death, a divorce).
[[nodiscard]] QJsonArray coming(const QueueState &state, const QString &service, const GuideCatalogue *guide);
/// A visit as staff see it: number, language, priority, needs, steps; no public token.
[[nodiscard]] QJsonObject staffVisit(const Visit &visit);
/// "waiting", "called", "serving", "parked", "done", "cancelled" or "no-show".
[[nodiscard]] QString visitStatus(const Visit &visit);
/// What the visitor's status page shows: number, status, people ahead, estimate, counter.
[[nodiscard]] QJsonObject publicStatus(const Visit &visit, const WaitEstimate &estimate, const OfficeConfig &office);
/// An event for authenticated subscribers, with public tokens and request keys removed. Only a staff
/// view (staff and counter terminals) keeps the visitor's needs and reservation code; boards and
/// kiosks get neither.
[[nodiscard]] QJsonObject event(const Event &event, bool staffView);
/// A call reason: {"code", "fallback", "text"}, the text in the language of translate.
[[nodiscard]] QJsonObject reason(const CallReason &reason, const TranslateFunction &translate);
/// The display board: numbers being called, recent calls, waiting per service with congestion, and
/// how the board sounds ([board] of the configuration).
[[nodiscard]] QJsonObject board(const QueueState &state, const OfficeConfig &office, const WaitEstimator &estimator);
/// A counter's status and the visit it holds.
[[nodiscard]] QJsonObject counter(const QueueState &state, int number);

/// Open calls for a clerk: [{"id", "kiosk", "language", "requestedAt"}].
[[nodiscard]] QJsonArray assistanceCalls(const QList<AssistanceCall> &calls);

} // namespace ApiViews
} // namespace Madoguchi
