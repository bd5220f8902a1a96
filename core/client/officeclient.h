// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clienttypes.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>

namespace Madoguchi {

/// Typed calls to API v1 of an office server, for the front ends (kiosk, counter console, board).
/// Every call answers once, through its callback, in the thread of the client; a failure is a
/// ClientError with the server's message or a translated network explanation. Nothing blocks.
class OfficeClient : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Callback = std::function<void(const ClientResult<T> &)>;

    /// server: the base URL, e.g. http://10.0.0.5:8080
    explicit OfficeClient(const QUrl &server, QObject *parent = nullptr);

    [[nodiscard]] QUrl server() const { return m_server; }
    /// The device token or staff session token sent with every call; login() sets it.
    void setToken(const QString &token) { m_token = token; }
    [[nodiscard]] QString token() const { return m_token; }
    /// How long a call may take before it counts as Unreachable (default 10 s).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void overview(Callback<OfficeOverview> done);
    void issue(const TicketRequest &request, Callback<Ticket> done);
    /// Checks a reservation in: its ticket (the same one when checked in before).
    void checkIn(const CheckInRequest &request, Callback<Ticket> done);
    /// A visitor at this kiosk asks for a clerk; the kiosk's open call (the same one when asked again).
    void callClerk(const QString &language, Callback<AssistanceCall> done);
    /// The open calls for a clerk.
    void assistance(Callback<QList<AssistanceCall>> done);
    /// A clerk goes to the kiosk: the call is answered; the calls still open.
    void answerCall(qint64 id, Callback<QList<AssistanceCall>> done);
    /// The language the server should use for messages meant for the visitor (Accept-Language).
    void setLanguage(const QString &language) { m_language = language; }
    /// Opens a staff session at a counter (0: none) and uses its token from then on.
    void login(const QString &login, const QByteArray &password, int counter, Callback<StaffLogin> done);
    void logout(Callback<Done> done);
    void board(Callback<BoardView> done);
    /// arguments: {"number"} for call and unpark, {"outcome"} for finish, {"service", "counter", "keepPlace"} for transfer.
    void counterAction(int counter, CounterAction action, const QJsonObject &arguments, Callback<CounterActionResult> done);
    /// GET /counters/{n}: the counter's status and the visit at it.
    void counter(int counter, Callback<CounterActionResult> done);
    void status(const QString &publicToken, Callback<PublicStatus> done);

private:
    /// Receives the JSON answer (or the error) and the path it came from.
    using Handler = std::function<void(const ClientResult<QJsonObject> &, const QString &path)>;
    void send(const QByteArray &method, const QString &path, const QJsonObject &body,
              const QList<std::pair<QByteArray, QByteArray>> &headers, Handler handler);
    template<typename T>
    Handler parsed(std::optional<T> (*parse)(const QJsonObject &), Callback<T> done);

    QUrl m_server;
    QString m_token;
    QString m_language;
    int m_timeoutMs = 10000;
    QNetworkAccessManager m_network;
};

} // namespace Madoguchi
