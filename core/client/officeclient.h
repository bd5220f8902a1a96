// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clienttypes.h"

#include <functional>

namespace Madoguchi {

/// The calls of API v1 a front end (kiosk, counter console, board) makes to its office server.
/// Every call answers once, later, through its callback, in the thread of the client; a failure is a
/// ClientError with the server's message or a translated network explanation. Nothing blocks.
/// HttpOfficeClient talks to a real server; tests script the answers (tests/ui/scriptedofficeclient.h).
class OfficeClient
{
public:
    template<typename T>
    using Callback = std::function<void(const ClientResult<T> &)>;

    virtual ~OfficeClient() = default;

    /// The device token or staff session token sent with every call; login() sets it.
    virtual void setToken(const QString &token) = 0;
    [[nodiscard]] virtual QString token() const = 0;
    /// The language the server should use for messages meant for the visitor (Accept-Language).
    virtual void setLanguage(const QString &language) = 0;

    virtual void overview(Callback<OfficeOverview> done) = 0;
    virtual void issue(const TicketRequest &request, Callback<Ticket> done) = 0;
    /// Checks a reservation in: its ticket (the same one when checked in before).
    virtual void checkIn(const CheckInRequest &request, Callback<Ticket> done) = 0;
    /// A visitor at this kiosk asks for a clerk; the kiosk's open call (the same one when asked again).
    virtual void callClerk(const QString &language, Callback<AssistanceCall> done) = 0;
    /// The open calls for a clerk.
    virtual void assistance(Callback<QList<AssistanceCall>> done) = 0;
    /// A clerk goes to the kiosk: the call is answered; the calls still open.
    virtual void answerCall(qint64 id, Callback<QList<AssistanceCall>> done) = 0;
    /// Opens a staff session at a counter (0: none) and uses its token from then on.
    virtual void login(const QString &login, const QByteArray &password, int counter, Callback<StaffLogin> done) = 0;
    virtual void logout(Callback<Done> done) = 0;
    virtual void board(Callback<BoardView> done) = 0;
    /// arguments: {"number"} for call and unpark, {"outcome"} for finish, {"service", "counter", "keepPlace"} for transfer.
    virtual void counterAction(int counter, CounterAction action, const QJsonObject &arguments, Callback<CounterActionResult> done) = 0;
    /// GET /counters/{n}: the counter's status and the visit at it.
    virtual void counter(int counter, Callback<CounterActionResult> done) = 0;
    virtual void status(const QString &publicToken, Callback<PublicStatus> done) = 0;
    /// A visit's once-only profile (staff, over TLS or loopback).
    virtual void profile(qint64 visit, Callback<VisitProfile> done) = 0;
    /// Gives one source's values, {"source", "values": [{field, person, value}]}; all or none.
    virtual void changeProfile(qint64 visit, const QJsonObject &change, Callback<VisitProfile> done) = 0;
    /// The clerk takes one source's value where the sources disagree.
    virtual void chooseProfileValue(qint64 visit, const FieldKey &key, ValueSource source, Callback<VisitProfile> done) = 0;
};

} // namespace Madoguchi
