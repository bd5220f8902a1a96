#include "queuemessages.h"

#include "common/translation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Madoguchi::QueueMessages {

namespace {
} // namespace

QString unknownCounter(int counter)
{
    return QueueTr::tr("There is no counter %1.").arg(counter);
}

QString unknownService(const QString &code)
{
    return QueueTr::tr("There is no service '%1' at this office.").arg(code);
}

QString unknownVisit(const QString &number)
{
    return QueueTr::tr("No open ticket has the number %1.").arg(number);
}

QString serviceCount()
{
    return QueueTr::tr("Choose between one and ten services.");
}

QString serviceTwice(const QString &service)
{
    return QueueTr::tr("%1 is asked for twice.").arg(service);
}

QString languageNotOffered(const QString &language)
{
    return QueueTr::tr("The language '%1' is not offered at this office.").arg(language);
}

QString badAppointment()
{
    return QueueTr::tr("An appointment needs its code and its time.");
}

QString badOutcome(const QString &outcome)
{
    return QueueTr::tr("'%1' is not a valid outcome: use lower-case letters, digits and '-' (at most 32).").arg(outcome);
}

QString officeClosed(const QDateTime &nextOpening)
{
    if (!nextOpening.isValid())
        return QueueTr::tr("The office is closed now.");
    return QueueTr::tr("The office is closed now. It opens again on %1 at %2.")
        .arg(nextOpening.toString(u"yyyy-MM-dd"_s), nextOpening.toString(u"HH:mm"_s));
}

QString numbersExhausted(const QString &prefix, const QString &first, const QString &last)
{
    return QueueTr::tr("All numbers of %1 (%2 to %3) are held by open visits; finish or cancel some first.")
        .arg(prefix, first, last);
}

QString keyReused()
{
    return QueueTr::tr("This Idempotency-Key was already used for a different ticket request; use a new key.");
}

QString counterNotOpen(int counter, CounterStatus status)
{
    return status == CounterStatus::Paused ? QueueTr::tr("Counter %1 is paused; resume it before calling.").arg(counter)
                                           : QueueTr::tr("Counter %1 is closed; open it before calling.").arg(counter);
}

QString counterAlready(int counter, CounterStatus status)
{
    switch (status) {
    case CounterStatus::Open:
        return QueueTr::tr("Counter %1 is already open.").arg(counter);
    case CounterStatus::Paused:
        return QueueTr::tr("Counter %1 is already paused.").arg(counter);
    case CounterStatus::Closed:
        break;
    }
    return QueueTr::tr("Counter %1 is closed.").arg(counter);
}

QString counterBusy(int counter, const QString &number)
{
    return QueueTr::tr("Counter %1 is still attending to %2; finish, transfer or park that visit first.").arg(counter).arg(number);
}

QString counterIdle(int counter)
{
    return QueueTr::tr("Counter %1 has no visitor at the moment.").arg(counter);
}

QString noneWaiting(int counter)
{
    return QueueTr::tr("No one is waiting for the services of counter %1.").arg(counter);
}

QString notServedHere(int counter, const QString &service, const QString &number)
{
    return QueueTr::tr("Counter %1 does not take %2 (%3); transfer the visit instead.").arg(counter).arg(service, number);
}

QString directedElsewhere(const QString &number, int counter)
{
    return QueueTr::tr("%1 was transferred to counter %2.").arg(number).arg(counter);
}

QString nothingToRecall(const QString &number, int counter)
{
    return QueueTr::tr("%1 is already at counter %2; there is no one to recall.").arg(number).arg(counter);
}

QString noShowWhileServing(const QString &number, int counter)
{
    return QueueTr::tr("%1 is already being served at counter %2; finish the visit instead.").arg(number).arg(counter);
}

QString cancelWhileServing(const QString &number, int counter)
{
    return QueueTr::tr("%1 is being served at counter %2; finish or transfer it there.").arg(number).arg(counter);
}

QString alreadyHere(const QString &number, int counter)
{
    return QueueTr::tr("%1 is already at counter %2 for that service.").arg(number).arg(counter);
}


QString storageFailed(const QString &detail)
{
    return QueueTr::tr("The change could not be saved, so nothing was changed: %1").arg(detail);
}

QString describe(const Visit &visit, const Step &step)
{
    switch (step.state) {
    case StepState::Pending:
    case StepState::Waiting:
        return QueueTr::tr("%1 is waiting in the queue.").arg(visit.number);
    case StepState::Called:
        return QueueTr::tr("%1 has already been called to counter %2.").arg(visit.number).arg(step.counter);
    case StepState::Serving:
        return QueueTr::tr("%1 is already being served at counter %2.").arg(visit.number).arg(step.counter);
    case StepState::Parked:
        return QueueTr::tr("%1 is parked in the pool.").arg(visit.number);
    case StepState::Done:
    case StepState::NoShow:
    case StepState::Transferred:
    case StepState::Cancelled:
        break;
    }
    return QueueTr::tr("%1 is no longer open.").arg(visit.number);
}

} // namespace Madoguchi::QueueMessages
