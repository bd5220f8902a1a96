// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/officeclient.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <any>

namespace Madoguchi::Test {

/// An OfficeClient whose answers a test gives: each call is recorded (its name, as the API spells
/// the operation, and its arguments) and stays pending until the test answers it with answer() or
/// fail(), oldest first per name, so a test sees the controller both waiting and answered.
/// Nothing is answered by itself, and nothing is answered twice.
class ScriptedOfficeClient : public QObject, public OfficeClient
{
    Q_OBJECT
public:
    struct Call {
        QString name;          ///< overview, issue, check-in, call-clerk, assistance, answer-call,
                               ///< login, logout, board, counter-action, counter, status,
                               ///< profile, change-profile, choose-profile-value
        QJsonObject arguments; ///< what the call carries, as the API would send it (no password)
    };

    /// Every call made so far, oldest first (answered or not).
    [[nodiscard]] const QList<Call> &calls() const { return m_calls; }
    /// The names of the calls made so far, oldest first.
    [[nodiscard]] QStringList callNames() const;
    /// How many calls of this name wait for an answer.
    [[nodiscard]] int pending(const QString &name) const;
    /// The arguments of the last call of this name (empty when there was none).
    [[nodiscard]] QJsonObject lastArguments(const QString &name) const;
    /// Forgets the calls made so far (the pending ones stay answerable).
    void clearCalls() { m_calls.clear(); }
    [[nodiscard]] QString language() const { return m_language; }

    /// Answers the oldest pending call of this name with a value; false when there is none, or its
    /// answer is not a T.
    template<typename T>
    bool answer(const QString &name, const T &value)
    {
        return deliver<T>(name, ClientResult<T>(value));
    }
    /// Answers the newest pending call of this name (an answer that overtook an older one).
    template<typename T>
    bool answerNewest(const QString &name, const T &value)
    {
        return deliver<T>(name, ClientResult<T>(value), true);
    }
    /// Answers the oldest pending call of this name with a failure.
    template<typename T>
    bool fail(const QString &name, const ClientError &error)
    {
        return deliver<T>(name, ClientResult<T>(error));
    }

    void setToken(const QString &token) override { m_token = token; }
    [[nodiscard]] QString token() const override { return m_token; }
    void setLanguage(const QString &language) override { m_language = language; }
    void overview(Callback<OfficeOverview> done) override;
    void issue(const TicketRequest &request, Callback<Ticket> done) override;
    void checkIn(const CheckInRequest &request, Callback<Ticket> done) override;
    void callClerk(const QString &language, Callback<AssistanceCall> done) override;
    void assistance(Callback<QList<AssistanceCall>> done) override;
    void answerCall(qint64 id, Callback<QList<AssistanceCall>> done) override;
    void login(const QString &login, const QByteArray &password, int counter, Callback<StaffLogin> done) override;
    void logout(Callback<Done> done) override;
    void board(Callback<BoardView> done) override;
    void counterAction(int counter, CounterAction action, const QJsonObject &arguments, Callback<CounterActionResult> done) override;
    void counter(int counter, Callback<CounterActionResult> done) override;
    void status(const QString &publicToken, Callback<PublicStatus> done) override;
    void profile(qint64 visit, Callback<VisitProfile> done) override;
    void changeProfile(qint64 visit, const QJsonObject &change, Callback<VisitProfile> done) override;
    void chooseProfileValue(qint64 visit, const FieldKey &key, ValueSource source, Callback<VisitProfile> done) override;

Q_SIGNALS:
    /// A call was made (for a test that waits for a controller's timer to make one).
    void called(const QString &name);

private:
    struct Pending {
        QString name;
        std::any done; ///< the call's Callback<T>
    };
    template<typename T>
    void record(const QString &name, const QJsonObject &arguments, Callback<T> done)
    {
        m_calls.append(Call{name, arguments});
        m_pending.append(Pending{name, std::move(done)});
        Q_EMIT called(name);
    }
    template<typename T>
    bool deliver(const QString &name, const ClientResult<T> &result, bool newest = false)
    {
        for (qsizetype n = 0; n < m_pending.size(); ++n) {
            const qsizetype i = newest ? m_pending.size() - 1 - n : n;
            if (m_pending.at(i).name != name)
                continue;
            const auto *done = std::any_cast<Callback<T>>(&m_pending.at(i).done);
            if (!done)
                return false;
            const Callback<T> callback = *done;
            m_pending.removeAt(i);
            callback(result);
            return true;
        }
        return false;
    }

    QList<Call> m_calls;
    QList<Pending> m_pending;
    QString m_token;
    QString m_language;
};

} // namespace Madoguchi::Test
