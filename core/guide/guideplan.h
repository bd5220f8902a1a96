// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guidecatalogue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Madoguchi {

/// A procedure the answers call for, and the answers that did.
struct PlannedProcedure {
    const GuideProcedure *procedure = nullptr;
    GuideAnswers because; ///< the answers its rule read (empty: every visitor of the event needs it)
};

/// One counter step of the visit: a service and its procedures, after the services it waits for.
struct PlannedStep {
    QString service;
    QStringList procedures; ///< in the order to do them
    QStringList after;      ///< services whose procedures must be done first
    int minutes = 0;        ///< the procedures' expected minutes together
};

/// What a life event and the answers to its questions call for, in the order to follow.
struct GuidePlan {
    const LifeEvent *event = nullptr;
    QList<PlannedProcedure> procedures; ///< every procedure, the ones it depends on first
    QList<PlannedStep> steps;           ///< the counter steps in an order that keeps every dependency
    QStringList unanswered;             ///< questions of the event without an answer (read as no answer)

    [[nodiscard]] int fees() const;
    [[nodiscard]] int minutes() const;
    /// The services of the steps, in order (what a routed ticket carries).
    [[nodiscard]] QStringList services() const;
};

/// The procedures whose rules hold for the answers, ordered so that each comes after those it
/// depends on (otherwise in the order of the event's rules), and grouped into one step per
/// service. Answers to questions the event does not ask are ignored.
[[nodiscard]] GuidePlan planGuide(const GuideCatalogue &catalogue, const LifeEvent &event, const GuideAnswers &answers);

/// The plan of procedures named by id (a pre-application from the resident's web guide): the
/// catalogue's among them, each once, ordered and grouped as planGuide does; ids the catalogue does
/// not have are left out. The plan has no event.
[[nodiscard]] GuidePlan planProcedures(const GuideCatalogue &catalogue, const QStringList &procedures);

} // namespace Madoguchi
