// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuemessages.h"

#include "common/translation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Madoguchi::QueueMessages {

namespace {

Sentence said(const char *source, QStringList arguments = {})
{
    return Sentence{"Madoguchi::Queue", source, std::move(arguments)};
}

} // namespace

Sentence unknownCounter(int counter)
{
    return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "There is no counter %1."), {QString::number(counter)});
}

Sentence unknownService(const QString &code)
{
    return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "There is no service '%1' at this office."), {code});
}

Sentence unknownVisit(const QString &number)
{
    return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "No open ticket has the number %1."), {number});
}

Sentence serviceCount()
{
    return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "Choose between one and ten services."));
}

Sentence serviceTwice(const QString &service)
{
    return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "%1 is asked for twice."), {service});
}

Sentence badRoute()
{
    return said(QT_TRANSLATE_NOOP(
        "Madoguchi::Queue", "The route of the visit does not fit its services: each step may wait only for other services of the visit."));
}

Sentence unknownStep(const QString &number)
{
    return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "%1 has no such step still to come."), {number});
}

Sentence languageNotOffered(const QString &language)
{
    return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "The language '%1' is not offered at this office."), {language});
}

Sentence badAppointment()
{
    return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "An appointment needs its code and its time."));
}

Sentence badOutcome(const QString &outcome)
{
    return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "'%1' is not a valid outcome: use lower-case letters, digits and '-' (at most 32)."),
                {outcome});
}

Sentence officeClosed(const QDateTime &nextOpening)
{
    if (!nextOpening.isValid())
        return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "The office is closed now."));
    return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "The office is closed now. It opens again on %1 at %2."),
                {nextOpening.toString(u"yyyy-MM-dd"_s), nextOpening.toString(u"HH:mm"_s)});
}

Sentence numbersExhausted(const QString &prefix, const QString &first, const QString &last)
{
    return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "All numbers of %1 (%2 to %3) are held by open visits; finish or cancel some first."),
                {prefix, first, last});
}

Sentence keyReused()
{
    return said(
        QT_TRANSLATE_NOOP("Madoguchi::Queue", "This Idempotency-Key was already used for a different ticket request; use a new key."));
}

Sentence counterNotOpen(int counter, CounterStatus status)
{
    return status == CounterStatus::Paused
        ? said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "Counter %1 is paused; resume it before calling."), {QString::number(counter)})
        : said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "Counter %1 is closed; open it before calling."), {QString::number(counter)});
}

Sentence counterAlready(int counter, CounterStatus status)
{
    switch (status) {
    case CounterStatus::Open: return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "Counter %1 is already open."), {QString::number(counter)});
    case CounterStatus::Paused:
        return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "Counter %1 is already paused."), {QString::number(counter)});
    case CounterStatus::Closed: break;
    }
    return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "Counter %1 is closed."), {QString::number(counter)});
}

Sentence counterBusy(int counter, const QString &number)
{
    return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "Counter %1 is still attending to %2; finish, transfer or park that visit first."),
                {QString::number(counter), number});
}

Sentence counterIdle(int counter)
{
    return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "Counter %1 has no visitor at the moment."), {QString::number(counter)});
}

Sentence noneWaiting(int counter)
{
    return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "No one is waiting for the services of counter %1."), {QString::number(counter)});
}

Sentence notServedHere(int counter, const QString &service, const QString &number)
{
    return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "Counter %1 does not take %2 (%3); transfer the visit instead."),
                {QString::number(counter), service, number});
}

Sentence directedElsewhere(const QString &number, int counter)
{
    return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "%1 was transferred to counter %2."), {number, QString::number(counter)});
}

Sentence nothingToRecall(const QString &number, int counter)
{
    return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "%1 is already at counter %2; there is no one to recall."),
                {number, QString::number(counter)});
}

Sentence noShowWhileServing(const QString &number, int counter)
{
    return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "%1 is already being served at counter %2; finish the visit instead."),
                {number, QString::number(counter)});
}

Sentence cancelWhileServing(const QString &number, int counter)
{
    return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "%1 is being served at counter %2; finish or transfer it there."),
                {number, QString::number(counter)});
}

Sentence alreadyHere(const QString &number, int counter)
{
    return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "%1 is already at counter %2 for that service."), {number, QString::number(counter)});
}

Sentence storageFailed(const QString &detail)
{
    return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "The change could not be saved, so nothing was changed: %1"), {detail});
}

Sentence describe(const Visit &visit, const Step &step)
{
    switch (step.state) {
    case StepState::Pending:
    case StepState::Waiting: return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "%1 is waiting in the queue."), {visit.number});
    case StepState::Called:
        return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "%1 has already been called to counter %2."),
                    {visit.number, QString::number(step.counter)});
    case StepState::Serving:
        return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "%1 is already being served at counter %2."),
                    {visit.number, QString::number(step.counter)});
    case StepState::Parked: return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "%1 is parked in the pool."), {visit.number});
    case StepState::Done:
    case StepState::NoShow:
    case StepState::Transferred:
    case StepState::Cancelled: break;
    }
    return said(QT_TRANSLATE_NOOP("Madoguchi::Queue", "%1 is no longer open."), {visit.number});
}

} // namespace Madoguchi::QueueMessages
