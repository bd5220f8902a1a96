// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "counteractions.h"

#include "uitranslation.h"

namespace Madoguchi {

using Api::CounterAction;

CounterPhase counterPhase(const QString &counterStatus, const QString &visitStatus)
{
    if (counterStatus == u"closed")
        return CounterPhase::Closed;
    if (visitStatus == u"serving")
        return CounterPhase::Serving;
    if (visitStatus == u"called")
        return CounterPhase::Called;
    return counterStatus == u"paused" ? CounterPhase::Paused : CounterPhase::Idle;
}

CounterAction mainAction(CounterPhase phase)
{
    switch (phase) {
    case CounterPhase::Closed:
    case CounterPhase::Paused: return CounterAction::Open;
    case CounterPhase::Idle: return CounterAction::CallNext;
    case CounterPhase::Called: return CounterAction::Start;
    case CounterPhase::Serving: return CounterAction::Finish;
    }
    return CounterAction::CallNext;
}

QString whyUnavailable(CounterAction action, CounterPhase phase)
{
    const bool visitor = phase == CounterPhase::Called || phase == CounterPhase::Serving;
    switch (action) {
    case CounterAction::Open:
        return phase == CounterPhase::Closed || phase == CounterPhase::Paused ? QString() : CounterTr::tr("The counter is open");
    case CounterAction::Close: return phase == CounterPhase::Closed ? CounterTr::tr("The counter is closed") : QString();
    case CounterAction::CallNext:
    case CounterAction::Call:
    case CounterAction::Unpark:
    case CounterAction::Pause:
        if (phase == CounterPhase::Closed)
            return CounterTr::tr("Open the counter first (F9)");
        if (phase == CounterPhase::Paused)
            return action == CounterAction::Pause ? CounterTr::tr("The counter is paused") : CounterTr::tr("Paused: open it to go on (F9)");
        return visitor ? CounterTr::tr("A visitor is at the counter") : QString();
    case CounterAction::Recall:
    case CounterAction::Start:
    case CounterAction::NoShow:
        if (phase == CounterPhase::Serving)
            return CounterTr::tr("Already serving");
        return phase == CounterPhase::Called ? QString() : CounterTr::tr("No visitor has been called");
    case CounterAction::Finish:
        if (phase == CounterPhase::Called)
            return CounterTr::tr("Start serving first (F3)");
        return phase == CounterPhase::Serving ? QString() : CounterTr::tr("No visitor is being served");
    case CounterAction::Park:
    case CounterAction::Transfer: return visitor ? QString() : CounterTr::tr("No visitor has been called");
    }
    return {};
}

} // namespace Madoguchi
