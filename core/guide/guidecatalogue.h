// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guidecondition.h"

#include "config/localizedtext.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Madoguchi {

/// A question of the life-event guide. Without answers it is a yes/no question ("yes", "no").
struct GuideQuestion {
    QString id;
    QStringList answers; ///< the answer ids of a choice question; empty for yes/no
    LocalizedText text;
    LocalizedText why; ///< why the guide asks
    QMap<QString, LocalizedText> answerTexts;
    QString file;
    int line = 0;

    /// The answer ids a resident can give: "yes" and "no", or the choices.
    [[nodiscard]] QStringList answerIds() const;
};

/// A procedure of the catalogue: what it is, where it is done and what it takes.
struct GuideProcedure {
    QString id;
    QString service;         ///< the service whose counters handle it; empty when done elsewhere
    LocalizedText elsewhere; ///< where to go, for a procedure outside the office's counters
    QStringList forms;       ///< the form definitions it uses
    int minutes = 0;         ///< expected time at the counter
    QStringList after;       ///< procedures that come first when both are in a visit
    int fee = 0;             ///< yen (0: free)
    LocalizedText name;
    LocalizedText summary;
    LocalizedText feeNote;
    LocalizedText online; ///< what can be done online instead
    QList<LocalizedText> documents;
    QString file;
    int line = 0;

    [[nodiscard]] bool atCounter() const { return !service.isEmpty(); }
};

/// A life event's rule: a procedure and when it applies.
struct GuideRule {
    QString procedure;
    GuideCondition when;
    int line = 0;
};

/// A life event: the questions asked, in order, and the rules mapping the answers to procedures.
struct LifeEvent {
    QString id;
    QString pictogram;
    QStringList questions;
    QList<GuideRule> rules;
    LocalizedText name;
    LocalizedText summary;
    QString file;
    int line = 0;
};

/// The life events, questions and procedures of an office (resources/guide, docs/guide.md).
struct GuideCatalogue {
    QList<LifeEvent> events;        ///< in the order the catalogue lists them
    QList<GuideQuestion> questions; ///< in the order the catalogue lists them
    QList<GuideProcedure> procedures;

    [[nodiscard]] const LifeEvent *event(const QString &id) const;
    [[nodiscard]] const GuideQuestion *question(const QString &id) const;
    [[nodiscard]] const GuideProcedure *procedure(const QString &id) const;
};

} // namespace Madoguchi
