// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apivocabulary.h"
#include "assistance/assistancecall.h"
#include "common/result.h"
#include "config/localizedtext.h"
#include "profile/profile.h"
#include "queue/event.h"
#include "queue/visit.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

#include <optional>

namespace Madoguchi {

/// Why a call to the office server failed, as a front end needs to tell it apart.
enum class ClientErrorCode {
    Unreachable,  ///< no answer: network down, server stopped, timeout
    Unauthorized, ///< 401: bad token or ended session; log in again
    Forbidden,    ///< 403: this role or counter may not do that
    NotFound,     ///< 404: unknown ticket, counter or path
    Conflict,     ///< 409: the queue is not in a state that allows it (e.g. counter busy)
    Invalid,      ///< 400, 413, 415, 422: the request was wrong
    RateLimited,  ///< 429
    ServerError,  ///< 5xx: the server could not do it (e.g. storage failure)
    BadReply,     ///< an answer that is not what API v1 promises
};
/// Why a call failed: the kind of failure, the server's message (in the language asked for) or a
/// translated network explanation, and the server's own code when it answered with one.
struct ClientError {
    ClientErrorCode code;
    QString message;
    std::optional<Api::ErrorCode> reason = {}; ///< {"error": {"code"}}; none when the server did not answer
};
template<typename T>
using ClientResult = Result<T, ClientErrorCode, ClientError>;

/// A reference range of minutes (参考値), never a promise.
struct ClientEstimate {
    int low = 0;
    int high = 0;
    bool known = false;
};

/// A service with its queue now.
/// A one-stop visit coming to a service from another counter (GET /services).
struct ComingVisit {
    QString number;
    QString now;                     ///< the service it is at now
    QList<LocalizedText> procedures; ///< what it brings here, in order
};

struct ServiceStatus {
    QString code;
    QString prefix;
    LocalizedText name;
    LocalizedText procedures; ///< under the name on the kiosk; empty on the board
    QString pictogram;        ///< the service's pictogram, or empty (GET /services)
    int waiting = 0;
    ClientEstimate estimate;
    QString congestion;             ///< low, medium, high, very-high
    QList<LocalizedText> documents; ///< what to bring (GET /services)
    int longestWaitSeconds = -1;    ///< how long its longest-waiting visitor has waited when read; -1 when nobody waits (GET /services)
    QStringList parked;             ///< the numbers parked in it (GET /services)
    QList<ComingVisit> coming;      ///< one-stop visits that come here after another counter (GET /services)
};

/// A service's congestion (low, medium, high, very-high) as a level: 0 few waiting … 3 very crowded.
[[nodiscard]] int congestionLevel(const QString &congestion);

/// GET /services: the office and its services.
struct OfficeOverview {
    QString id;
    LocalizedText name;
    QTimeZone timeZone{QByteArrayLiteral("Asia/Tokyo")}; ///< the office's: every time a person reads is told in it
    QStringList languages;
    bool open = false;
    QList<ServiceStatus> services;
};

/// What a kiosk or clerk asks for when issuing a ticket.
struct TicketRequest {
    QStringList services;
    /// Instead of services: the life-event guide's procedures (a pre-application from the web
    /// guide); the server plans the routed visit from its catalogue.
    QStringList procedures;
    QString language;
    bool priority = false;
    QStringList needs;
    std::optional<Appointment> appointment;
    QString idempotencyKey; ///< the same key on a retry returns the same ticket
    /// Values the visitor brought for the visit's profile ({"source", "values"}, docs/server.md), or
    /// empty. Personal data: never logged.
    QJsonObject profile;
};

/// An issued ticket.
struct Ticket {
    QString number;
    QString token;
    QUrl statusUrl;
    int ahead = 0;
    ClientEstimate estimate;
    QStringList services;
    QString language;
    QDateTime issuedAt;
    std::optional<Appointment> appointment; ///< the reservation it was checked in for
    int profileValuesKept = 0;              ///< how many of the values the request brought the visit keeps
    QList<QStringList> checklist;           ///< a routed visit: the procedures of each service, by name; else empty
};

/// What a visitor adds when checking in a reservation (the service and time come from it).
struct CheckInRequest {
    QString code;     ///< as scanned or typed
    QString language; ///< empty: the reservation's
    bool priority = false;
    QStringList needs;
};

/// A staff session just opened.
struct StaffLogin {
    QString token;
    QString login;
    QString role;
    int counter = 0;
};

/// A number on the display board.
struct BoardCall {
    QString number;
    int counter = 0;
    QDateTime calledAt;
    QString state;      ///< called or serving, for the numbers being called
    QString language;   ///< the visitor's, for the spoken call
    int recalls = 0;    ///< how often the number was called again at its counter
    QString nextPrefix; ///< a recent call of a routed visit: the letter of the service it goes to next, or empty
    LocalizedText nextName;
};

/// GET /board.
struct BoardView {
    QList<BoardCall> calling;
    QList<BoardCall> recent;
    QList<ServiceStatus> services;
    bool muted = false; ///< the office's [board] sound
    int volumePercent = 80;
    double diagonalInches = 55; ///< the office's [board] screen
    double viewingMetres = 6;
};

/// What a counter action answered: the visit it concerns (if any), why it was chosen (call-next),
/// and the counter's status (pause, open, close).
struct CounterActionResult {
    std::optional<Visit> visit;
    QString status; ///< the visit's status: waiting, called, serving, parked, done …
    QString reasonCode;
    QString reasonText;
    QString counterStatus;
};

/// A visit's once-only profile as staff see it (GET /visits/{id}/profile): every source's value with
/// its time and the clerk's choices, rebuilt as the domain's Profile. Personal data: never logged.
struct VisitProfile {
    qint64 visit = 0;
    QString number;
    Profile profile;
};

/// GET /status/{token}: what the visitor sees.
struct PublicStatus {
    QString number;
    QString status;
    QString language;
    int ahead = 0;
    ClientEstimate estimate;
    int counter = 0;
    QString counterName;
};

/// One queue event pushed by /events.
struct ClientEvent {
    qint64 id = 0;
    QDateTime at;
    EventType type = EventType::VisitIssued;
    QString actor;
    qint64 visit = 0;
    qint64 step = 0;
    int counter = 0;
    QJsonObject data;
};

namespace ClientJson {
[[nodiscard]] std::optional<OfficeOverview> overview(const QJsonObject &object);
[[nodiscard]] std::optional<Ticket> ticket(const QJsonObject &object);
[[nodiscard]] std::optional<StaffLogin> staffLogin(const QJsonObject &object);
[[nodiscard]] std::optional<BoardView> board(const QJsonObject &object);
[[nodiscard]] std::optional<CounterActionResult> counterAction(const QJsonObject &object);
/// GET /counters/{n} ({"counter": {status, visit}}): the counter's status and the visit at it, as a
/// CounterActionResult without a reason.
[[nodiscard]] std::optional<CounterActionResult> counterView(const QJsonObject &object);
[[nodiscard]] std::optional<PublicStatus> publicStatus(const QJsonObject &object);
/// A profile answer; empty when a value does not fit its field or names an unknown source.
[[nodiscard]] std::optional<VisitProfile> visitProfile(const QJsonObject &object);
/// An event; nothing for one of a type this client does not know (a newer server's).
[[nodiscard]] std::optional<ClientEvent> event(const QJsonObject &object);
/// [{"id", "kiosk", "language", "requestedAt"}] of GET /assistance and the event stream.
[[nodiscard]] QList<AssistanceCall> assistanceCalls(const QJsonArray &array);
/// {"calls": […]}.
[[nodiscard]] std::optional<QList<AssistanceCall>> assistanceList(const QJsonObject &object);
/// One call, as POST /assistance answers.
[[nodiscard]] std::optional<AssistanceCall> assistanceCall(const QJsonObject &object);
[[nodiscard]] QJsonObject ticketRequest(const TicketRequest &request);
/// The body of POST /appointments/{code}/check-in.
[[nodiscard]] QJsonObject checkInRequest(const CheckInRequest &request);
} // namespace ClientJson

} // namespace Madoguchi
