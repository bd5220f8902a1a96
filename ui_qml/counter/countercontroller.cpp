// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "countercontroller.h"

#include "counteractions.h"

#include "client/eventstream.h"
#include "client/officeclient.h"
#include "common/clock.h"
#include "injectedsingleton.h"
#include "queue/visit.h"

#include <QJsonObject>

#include <algorithm>

namespace Madoguchi {

namespace {

CounterController *s_instance = nullptr;

} // namespace

CounterController::CounterController(OfficeClient &client, EventStream &events, const Clock &clock, int counter, QString language,
                                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_events(events)
    , m_clock(clock)
    , m_counter(counter)
    , m_language(std::move(language))
{
    m_client.setLanguage(m_language); // the server tells why a visitor was called in the clerk's language
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(std::chrono::milliseconds(100));
    m_minute.setInterval(std::chrono::minutes(1));
    connect(&m_minute, &QTimer::timeout, this, &CounterController::stateChanged);
    m_minute.start();
    connect(&m_coalesce, &QTimer::timeout, this, &CounterController::refresh);
    connect(&m_events, &EventStream::eventsReceived, this, [this] { m_coalesce.start(); });
    connect(&m_events, &EventStream::assistanceReceived, this, [this](const QList<AssistanceCall> &calls) { setAssistance(calls); });
    connect(&m_events, &EventStream::resyncNeeded, this, &CounterController::refresh);
    connect(&m_events, &EventStream::connectedChanged, this, [this](bool connected) {
        if (connected)
            refresh(); // the view is read afresh after a gap (its events follow, replayed)
    });
    s_instance = this;
}

CounterController::~CounterController()
{
    if (s_instance == this)
        s_instance = nullptr;
}

CounterController *CounterController::create(QQmlEngine *, QJSEngine *)
{
    return injectedSingleton(s_instance);
}

QVariantList CounterController::visitSteps() const
{
    QVariantList steps;
    if (!m_state.visit)
        return steps;
    const Step *current = m_state.visit->currentStep();
    for (const Step &step : m_state.visit->steps) {
        steps.append(QVariantMap{{QStringLiteral("service"), serviceName(step.service)},
                                 {QStringLiteral("state"), stepStateName(step.state)},
                                 {QStringLiteral("here"), current && step.id == current->id}});
    }
    return steps;
}

QVariantList CounterController::queues() const
{
    QVariantList list;
    const qint64 sinceRead = m_servicesRead.isValid() ? std::max<qint64>(0, m_servicesRead.secsTo(m_clock.now())) : 0;
    for (const ServiceStatus &service : m_services) {
        // The one-stop visits on their way here, with what they bring: "A-011 (転入届, 児童手当)".
        QStringList coming;
        for (const ComingVisit &visit : service.coming) {
            QStringList procedures;
            for (const LocalizedText &procedure : visit.procedures)
                procedures.append(procedure.text(m_language));
            coming.append(procedures.isEmpty() ? visit.number
                                               : visit.number + QStringLiteral(" (") + procedures.join(QStringLiteral(", ")) + u')');
        }
        list.append(QVariantMap{
            {QStringLiteral("code"), service.code},
            {QStringLiteral("prefix"), service.prefix},
            {QStringLiteral("name"), service.name.text(m_language)},
            {QStringLiteral("waiting"), service.waiting},
            {QStringLiteral("longestWait"), service.longestWaitSeconds >= 0 ? int((service.longestWaitSeconds + sinceRead) / 60) : -1},
            {QStringLiteral("parked"), service.parked},
            {QStringLiteral("coming"), coming},
            {QStringLiteral("level"), congestionLevel(service.congestion)}});
    }
    return list;
}

QVariantList CounterController::assistance() const
{
    QVariantList list;
    for (const AssistanceCall &call : m_assistance)
        list.append(QVariantMap{{QStringLiteral("id"), call.id},
                                {QStringLiteral("kiosk"), call.kiosk},
                                {QStringLiteral("language"), call.language},
                                {QStringLiteral("since"), call.requestedAt.toTimeZone(m_timeZone).toString(u"HH:mm")}});
    return list;
}

void CounterController::answerCall(qint64 id)
{
    m_client.answerCall(id, [this](const ClientResult<QList<AssistanceCall>> &calls) { setAssistance(calls); });
}

void CounterController::setAssistance(const ClientResult<QList<AssistanceCall>> &calls)
{
    if (!calls) {
        setMessage(calls.error().message);
        return;
    }
    if (*calls == m_assistance)
        return;
    m_assistance = *calls;
    Q_EMIT assistanceChanged();
}

void CounterController::login(const QString &login, const QString &password)
{
    if (m_busy)
        return;
    setBusy(true);
    setMessage({});
    m_client.login(login, password.toUtf8(), m_counter, [this](const ClientResult<StaffLogin> &session) {
        setBusy(false);
        if (!session) {
            setMessage(session.error().message);
            Q_EMIT settled();
            return;
        }
        m_staff = session->login;
        Q_EMIT sessionChanged();
        m_events.start(session->token);
        reload([this] { Q_EMIT settled(); });
    });
}

void CounterController::logout()
{
    m_client.logout([](const ClientResult<Done> &) {});
    endSession({});
}

void CounterController::endSession(const QString &message)
{
    m_events.stop();
    m_staff.clear();
    m_state = {};
    m_reason.clear();
    setMessage(message);
    Q_EMIT sessionChanged();
    Q_EMIT stateChanged();
}

void CounterController::act(CounterAction action, const QVariantMap &arguments)
{
    if (m_busy || !loggedIn())
        return;
    setBusy(true);
    setMessage({});
    m_client.counterAction(m_counter, action, QJsonObject::fromVariantMap(arguments),
                           [this, action](const ClientResult<CounterActionResult> &result) { actionAnswered(action, result); });
}

void CounterController::actionAnswered(CounterAction action, const ClientResult<CounterActionResult> &result)
{
    setBusy(false);
    if (!result && result.error().code == ClientErrorCode::Unauthorized) {
        endSession(result.error().message); // the session ended (expired, revoked, the server restored)
        Q_EMIT settled();
        return;
    }
    if (!result) {
        setMessage(result.error().message);
    } else if ((action == CounterAction::CallNext || action == CounterAction::Call) && result->visit) {
        m_reason = result->reasonText;
        m_reasonVisit = result->visit->id;
    }
    reload([this] { Q_EMIT settled(); }); // show what is true now, also after a refusal
}

void CounterController::refresh()
{
    reload({});
}

void CounterController::reload(const std::function<void()> &then)
{
    if (!loggedIn())
        return;
    m_client.assistance([this](const ClientResult<QList<AssistanceCall>> &calls) { setAssistance(calls); });
    m_client.overview([this, then](const ClientResult<OfficeOverview> &overview) {
        if (overview) {
            m_services = overview->services;
            m_servicesRead = m_clock.now();
            m_timeZone = overview->timeZone;
        }
        m_client.counter(m_counter, [this, then](const ClientResult<CounterActionResult> &counter) {
            counterArrived(counter);
            if (then)
                then();
        });
    });
}

void CounterController::counterArrived(const ClientResult<CounterActionResult> &counter)
{
    if (counter) {
        m_state = *counter;
        if (!m_state.visit || m_state.visit->id != m_reasonVisit)
            m_reason.clear(); // the reason belongs to the visit it was given for
    } else {
        setMessage(counter.error().message);
    }
    Q_EMIT stateChanged();
}

void CounterController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void CounterController::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

QString CounterController::serviceName(const QString &code) const
{
    for (const ServiceStatus &service : m_services) {
        if (service.code == code)
            return service.name.text(m_language);
    }
    return code;
}

Api::CounterAction CounterController::mainAction() const
{
    return Madoguchi::mainAction(counterPhase(counterStatus(), visitStatus()));
}

QStringList CounterController::unavailable() const
{
    const CounterPhase phase = counterPhase(counterStatus(), visitStatus());
    QStringList reasons;
    for (qsizetype action = 0; action < Api::counterActionNames().size(); ++action)
        reasons.append(whyUnavailable(Api::CounterAction(action), phase));
    return reasons;
}

} // namespace Madoguchi
