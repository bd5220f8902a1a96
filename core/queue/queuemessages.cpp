#include "queuemessages.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Madoguchi::QueueMessages {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Madoguchi::Queue", text);
}
} // namespace

QString unknownCounter(int counter)
{
    return tr("There is no counter %1.").arg(counter);
}

QString unknownService(const QString &code)
{
    return tr("There is no service '%1' at this office.").arg(code);
}

QString unknownVisit(const QString &number)
{
    return tr("No open ticket has the number %1.").arg(number);
}

QString serviceCount()
{
    return tr("Choose between one and ten services.");
}

QString serviceTwice(const QString &service)
{
    return tr("%1 is asked for twice.").arg(service);
}

QString languageNotOffered(const QString &language)
{
    return tr("The language '%1' is not offered at this office.").arg(language);
}

QString badAppointment()
{
    return tr("An appointment needs its code and its time.");
}

QString badOutcome(const QString &outcome)
{
    return tr("'%1' is not a valid outcome: use lower-case letters, digits and '-' (at most 32).").arg(outcome);
}

QString officeClosed(const QDateTime &nextOpening)
{
    if (!nextOpening.isValid())
        return tr("The office is closed now.");
    return tr("The office is closed now. It opens again on %1 at %2.")
        .arg(nextOpening.toString(u"yyyy-MM-dd"_s), nextOpening.toString(u"HH:mm"_s));
}

QString numbersExhausted(const QString &prefix, const QString &first, const QString &last)
{
    return tr("All numbers of %1 (%2 to %3) are held by open visits; finish or cancel some first.")
        .arg(prefix, first, last);
}

QString counterNotOpen(int counter, CounterStatus status)
{
    return status == CounterStatus::Paused ? tr("Counter %1 is paused; resume it before calling.").arg(counter)
                                           : tr("Counter %1 is closed; open it before calling.").arg(counter);
}

QString counterAlready(int counter, CounterStatus status)
{
    switch (status) {
    case CounterStatus::Open:
        return tr("Counter %1 is already open.").arg(counter);
    case CounterStatus::Paused:
        return tr("Counter %1 is already paused.").arg(counter);
    case CounterStatus::Closed:
        break;
    }
    return tr("Counter %1 is closed.").arg(counter);
}

QString counterBusy(int counter, const QString &number)
{
    return tr("Counter %1 is still attending to %2; finish, transfer or park that visit first.").arg(counter).arg(number);
}

QString counterIdle(int counter)
{
    return tr("Counter %1 has no visitor at the moment.").arg(counter);
}

QString noneWaiting(int counter)
{
    return tr("No one is waiting for the services of counter %1.").arg(counter);
}

QString notServedHere(int counter, const QString &service, const QString &number)
{
    return tr("Counter %1 does not take %2 (%3); transfer the visit instead.").arg(counter).arg(service, number);
}

QString directedElsewhere(const QString &number, int counter)
{
    return tr("%1 was transferred to counter %2.").arg(number).arg(counter);
}

QString nothingToRecall(const QString &number, int counter)
{
    return tr("%1 is already at counter %2; there is no one to recall.").arg(number).arg(counter);
}

QString noShowWhileServing(const QString &number, int counter)
{
    return tr("%1 is already being served at counter %2; finish the visit instead.").arg(number).arg(counter);
}

QString cancelWhileServing(const QString &number, int counter)
{
    return tr("%1 is being served at counter %2; finish or transfer it there.").arg(number).arg(counter);
}

QString alreadyHere(const QString &number, int counter)
{
    return tr("%1 is already at counter %2 for that service.").arg(number).arg(counter);
}

QString calledByNumber()
{
    return tr("called by number");
}

QString returnedFromPool()
{
    return tr("returned from the pool");
}

QString storageFailed(const QString &detail)
{
    return tr("The change could not be saved, so nothing was changed: %1").arg(detail);
}

QString describe(const Visit &visit, const Step &step)
{
    switch (step.state) {
    case StepState::Pending:
    case StepState::Waiting:
        return tr("%1 is waiting in the queue.").arg(visit.number);
    case StepState::Called:
        return tr("%1 has already been called to counter %2.").arg(visit.number).arg(step.counter);
    case StepState::Serving:
        return tr("%1 is already being served at counter %2.").arg(visit.number).arg(step.counter);
    case StepState::Parked:
        return tr("%1 is parked in the pool.").arg(visit.number);
    case StepState::Done:
    case StepState::NoShow:
    case StepState::Transferred:
    case StepState::Cancelled:
        break;
    }
    return tr("%1 is no longer open.").arg(visit.number);
}

} // namespace Madoguchi::QueueMessages
