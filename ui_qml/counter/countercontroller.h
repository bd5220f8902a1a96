// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/clienttypes.h"

#include <QDateTime>
#include <QObject>
#include <QTimeZone>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace Madoguchi {

class Clock;
class EventStream;
class OfficeClient;

/// The counter console's state and actions, for its QML: staff login at one counter, the counter's
/// status, the visit at it (its number, its steps, why it was chosen), the queues, and every counter
/// action of API v1. Kept current from the event stream. Refusals come back as a message, and the
/// state is re-read so that the console never shows what the server did not do.
class CounterController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Counter)
    QML_SINGLETON
    Q_PROPERTY(int counterNumber READ counterNumber CONSTANT)
    Q_PROPERTY(bool loggedIn READ loggedIn NOTIFY sessionChanged)
    Q_PROPERTY(QString staff READ staff NOTIFY sessionChanged)
    Q_PROPERTY(QString counterStatus READ counterStatus NOTIFY stateChanged)
    Q_PROPERTY(QString visitNumber READ visitNumber NOTIFY stateChanged)
    Q_PROPERTY(QString visitStatus READ visitStatus NOTIFY stateChanged)
    Q_PROPERTY(QVariantList visitSteps READ visitSteps NOTIFY stateChanged)
    Q_PROPERTY(QString reason READ reason NOTIFY stateChanged)
    Q_PROPERTY(QVariantList queues READ queues NOTIFY stateChanged)
    Q_PROPERTY(QVariantList assistance READ assistance NOTIFY assistanceChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(Madoguchi::Api::CounterAction mainAction READ mainAction NOTIFY stateChanged)
    Q_PROPERTY(QStringList unavailable READ unavailable NOTIFY stateChanged)
public:
    /// clock: this machine's, for the minutes since the queues were read (its offset from the server's does not matter).
    CounterController(OfficeClient &client, EventStream &events, const Clock &clock, int counter, QString language,
                      QObject *parent = nullptr);
    ~CounterController() override;

    /// The QML singleton Counter: the controller main() created before loading the QML.
    static CounterController *create(QQmlEngine *engine, QJSEngine *scriptEngine);

    [[nodiscard]] int counterNumber() const { return m_counter; }
    [[nodiscard]] bool loggedIn() const { return !m_staff.isEmpty(); }
    [[nodiscard]] QString staff() const { return m_staff; }
    [[nodiscard]] QString counterStatus() const { return m_state.counterStatus; }
    [[nodiscard]] QString visitNumber() const { return m_state.visit ? m_state.visit->number : QString(); }
    [[nodiscard]] QString visitStatus() const { return m_state.visit ? m_state.status : QString(); }
    /// The visit at the counter, if any.
    [[nodiscard]] const std::optional<Visit> &visit() const { return m_state.visit; }
    /// Each {service (name), state, here (the step at this counter)}.
    [[nodiscard]] QVariantList visitSteps() const;
    /// Why the visit at the counter was chosen, from the last call-next.
    [[nodiscard]] QString reason() const { return m_reason; }
    /// Each {code, prefix, name, waiting, longestWait (whole minutes the longest-waiting visitor has
    /// waited, -1 when nobody waits: the server's count, carried on by the time elapsed here since it was
    /// read, so a console whose clock is off still counts right), parked (numbers), level (congestion
    /// 0 … 3)}; kept current by the event stream and re-counted every minute.
    [[nodiscard]] QVariantList queues() const;
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool busy() const { return m_busy; }
    /// The one action the console offers first in the counter's state: open, call next, start, finish.
    [[nodiscard]] Api::CounterAction mainAction() const;
    /// Why each action (by its Api::CounterAction value) cannot be taken now, shown on its disabled
    /// button; empty for one that can.
    [[nodiscard]] QStringList unavailable() const;

    /// Opens a staff session at this counter.
    Q_INVOKABLE void login(const QString &login, const QString &password);
    /// Ends the session.
    Q_INVOKABLE void logout();
    /// A counter action (in QML `Api.CallNext` …) with its arguments ({"number"} for call and unpark,
    /// {"outcome"} for finish, {"service", "keepPlace"} for transfer). A session that has ended
    /// (the server answers 401) returns the console to its login, saying why.
    Q_INVOKABLE void act(Madoguchi::Api::CounterAction action, const QVariantMap &arguments = {});
    /// Re-reads the counter and the queues.
    Q_INVOKABLE void refresh();
    /// The open calls for a clerk from the kiosks: {id, kiosk, language, since}, oldest first.
    [[nodiscard]] QVariantList assistance() const;
    /// This clerk goes to the kiosk of the call.
    Q_INVOKABLE void answerCall(qint64 id);

Q_SIGNALS:
    void sessionChanged();
    void stateChanged();
    void messageChanged();
    void busyChanged();
    void assistanceChanged();
    /// A login or an action came back and the counter has been re-read since (for tests and the
    /// screenshot tour).
    void settled();

private:
    void setBusy(bool busy);
    void setMessage(const QString &message);
    /// What an action's answer changes: the reason of a call, a refusal's message, a session that ended.
    void actionAnswered(CounterAction action, const ClientResult<CounterActionResult> &result);
    /// Back to the login: no session, no counter state, the message shown.
    void endSession(const QString &message);
    /// Re-reads the queues and the counter, then runs `then`.
    void reload(const std::function<void()> &then);
    void counterArrived(const ClientResult<CounterActionResult> &counter);
    void setAssistance(const ClientResult<QList<AssistanceCall>> &calls);
    [[nodiscard]] QString serviceName(const QString &code) const;

    OfficeClient &m_client;
    EventStream &m_events;
    const Clock &m_clock;
    QList<AssistanceCall> m_assistance;
    int m_counter;
    QString m_language;
    QString m_staff;
    CounterActionResult m_state;
    QString m_reason;
    qint64 m_reasonVisit = 0;
    QList<ServiceStatus> m_services;
    QDateTime m_servicesRead;                              ///< when m_services came from the server, by m_clock
    QTimeZone m_timeZone{QByteArrayLiteral("Asia/Tokyo")}; ///< the office's, from the server
    QString m_message;
    bool m_busy = false;
    QTimer m_coalesce; ///< a burst of events causes one re-read
    QTimer m_minute;   ///< the waits grow by the minute
};

} // namespace Madoguchi
