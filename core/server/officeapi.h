// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "httpmessage.h"
#include "ratelimiter.h"
#include "statuspage.h"

#include "appointment/appointmentbook.h"
#include "assistance/assistancedesk.h"
#include "auth/credentials.h"
#include "auth/loginthrottle.h"
#include "common/translation.h"
#include "config/serverconfig.h"
#include "guide/guidecatalogue.h"
#include "notify/noticebook.h"

#include <QJsonObject>
#include <QThreadPool>

#include <functional>
#include <optional>

namespace Madoguchi {

class Clock;
class JsonFields;
class LanguageCatalogs;
class NoticeBook;
class ProfileBook;
class QueueEngine;
class WaitEstimator;
struct IssueRequest;

/// What the API works on, owned by the server.
struct OfficeApiParts {
    QueueEngine &engine;
    Credentials &credentials;
    AppointmentBook &appointments;
    AssistanceDesk &assistance;
    const WaitEstimator &estimator;
    NoticeBook &notices;
    ProfileBook &profiles;
    const LanguageCatalogs &catalogs;
    const Clock &clock;
    const GuideCatalogue *guide = nullptr; ///< the office's life-event guide ([guide]); null when it has none
};

/// Who may use one route of the API, as the server checks it.
struct RouteRule {
    QByteArray method;
    QString pattern;   ///< below /api/v1 ("counters/*/*"), or a page (isPage()); "*" is one segment
    bool open = false; ///< anyone, without a token (some rate-limited per address)
    QList<Role> roles; ///< otherwise, the roles that pass
};

/// API v1 of the office server (resources/web/openapi.json): routing, authentication, the role of
/// every endpoint, request validation and the JSON answers. Independent of the HTTP library.
class OfficeApi
{
public:
    explicit OfficeApi(const OfficeApiParts &parts);

    /// Every route and who may use it: the very table the server routes by (for the security tests
    /// and the documentation).
    [[nodiscard]] static QList<RouteRule> routeRules();
    /// Whether a route's pattern is an HTML page for people at the server's root ("s/*", the status
    /// page; "pre-application") rather than an API endpoint below /api/v1.
    [[nodiscard]] static bool isPage(QStringView pattern);

    /// Answers one request (its size already bounded by the HTTP server). Never throws; every failure
    /// is a JSON error with its status.
    [[nodiscard]] HttpResponse handle(const HttpRequest &request);

    /// The caller a bearer token stands for (device token or staff session).
    [[nodiscard]] AuthResult<Principal> authenticate(const QString &token);
    /// The public status of the visit with this public token, now.
    [[nodiscard]] std::optional<QJsonObject> publicStatus(const QString &token) const;
    /// The public status of the visit with this public token in a given state of the queue.
    [[nodiscard]] std::optional<QJsonObject> publicStatus(const QueueState &state, const QString &token) const;
    /// Counts one public request from the address; false when it is over the limit.
    [[nodiscard]] bool allowPublic(const QHostAddress &peer);
    /// Called when this API ended a session, so that live sockets holding it are cut.
    void onCredentialsChanged(std::function<void()> changed) { m_credentialsChanged = std::move(changed); }

private:
    struct Route;
    using Handler = HttpResponse (OfficeApi::*)(const HttpRequest &, const Principal &, const QStringList &);

    [[nodiscard]] static const QList<Route> &routes();
    /// The status page of a ticket as printed on it: under [server] public_url, else under the Host the
    /// kiosk used when it is a plain host and port (empty otherwise).
    [[nodiscard]] QString ticketStatusUrl(const HttpRequest &request, const QString &token) const;
    /// The status page of a ticket in a notice: only ever under [server] public_url (required with notices).
    [[nodiscard]] QString noticeStatusUrl(const QString &token) const;
    [[nodiscard]] static const Visit *visitByToken(const QueueState &state, const QString &token);

    HttpResponse openApi(const HttpRequest &, const Principal &, const QStringList &);
    HttpResponse services(const HttpRequest &, const Principal &, const QStringList &);
    HttpResponse issue(const HttpRequest &, const Principal &, const QStringList &);
    HttpResponse addStep(const HttpRequest &, const Principal &, const QStringList &);
    HttpResponse removeStep(const HttpRequest &, const Principal &, const QStringList &);
    HttpResponse appointments(const HttpRequest &, const Principal &, const QStringList &);
    HttpResponse book(const HttpRequest &, const Principal &, const QStringList &);
    HttpResponse cancelAppointment(const HttpRequest &, const Principal &, const QStringList &);
    HttpResponse checkIn(const HttpRequest &, const Principal &, const QStringList &);
    HttpResponse callClerk(const HttpRequest &, const Principal &, const QStringList &);
    HttpResponse assistanceCalls(const HttpRequest &, const Principal &, const QStringList &);
    HttpResponse answerCall(const HttpRequest &, const Principal &, const QStringList &);
    HttpResponse login(const HttpRequest &, const Principal &, const QStringList &);
    HttpResponse logout(const HttpRequest &, const Principal &, const QStringList &);
    /// The answer to a login once its password is checked (on the event loop's thread).
    HttpResponse loginAnswered(const AuthResult<StaffSession> &session, const QString &login, const QDateTime &now, const QString &address,
                               const QString &network);
    HttpResponse board(const HttpRequest &, const Principal &, const QStringList &);
    HttpResponse counter(const HttpRequest &, const Principal &, const QStringList &);
    HttpResponse counterAction(const HttpRequest &, const Principal &, const QStringList &);
    HttpResponse status(const HttpRequest &, const Principal &, const QStringList &);
    HttpResponse statusPage(const HttpRequest &, const Principal &, const QStringList &);
    HttpResponse notify(const HttpRequest &, const Principal &, const QStringList &);
    HttpResponse notifyForm(const HttpRequest &, const Principal &, const QStringList &);
    HttpResponse preApplication(const HttpRequest &, const Principal &, const QStringList &);
    HttpResponse profile(const HttpRequest &, const Principal &, const QStringList &);
    HttpResponse changeProfile(const HttpRequest &, const Principal &, const QStringList &);
    HttpResponse chooseProfileValue(const HttpRequest &, const Principal &, const QStringList &);
    HttpResponse deleteProfile(const HttpRequest &, const Principal &, const QStringList &);
    /// Refuses personal data on a connection that is neither TLS nor loopback, unless [server]
    /// closed_network says nobody else shares the network.
    [[nodiscard]] std::optional<ApiError> refusePersonalData(const HttpRequest &request) const;
    /// The visit a profile route names by its id ("visits/<id>/profile"), once the connection may
    /// carry personal data.
    /// Today's visit of the id in a path (`visit.id` of the counter's view), or 404.
    [[nodiscard]] Result<Visit, Api::ErrorCode, ApiError> visitById(const QString &id) const;
    [[nodiscard]] Result<Visit, Api::ErrorCode, ApiError> profileVisit(const HttpRequest &request, const QString &id) const;
    /// The visit's profile as the answer, or why it could not be read or changed.
    [[nodiscard]] HttpResponse profileAnswer(const HttpRequest &request, const Visit &visit, const ProfileResult<Profile> &profile) const;
    /// Reads {"source", "values": [{field, person, value}]} of a profile change.
    [[nodiscard]] static std::optional<ApiError> readProfileChange(const QJsonObject &body, ValueSource &source,
                                                                   QList<ProfileChange> &changes);
    /// The profile an issue request brings (a kiosk's card read or pre-application), checked before
    /// the ticket is issued: over TLS or loopback only, and a kiosk never speaks for a clerk.
    struct IssueProfile {
        ValueSource source = ValueSource::Card;
        QList<ProfileChange> changes;
    };
    [[nodiscard]] std::optional<ApiError> readIssueProfile(const HttpRequest &request, const QJsonObject &object,
                                                           const Principal &principal, IssueProfile &profile) const;
    /// Keeps the values of an issued visit's profile that fit their fields: {"kept": n, "left": [paths]},
    /// or {"error": …} when the store refused (the ticket stands either way).
    [[nodiscard]] QJsonObject keepIssueProfile(const Visit &visit, const IssueProfile &profile, const Principal &principal);
    /// Reads the visitor's language, priority and needs of an issue or check-in request.
    static void readVisitor(JsonFields &fields, IssueRequest &issue);
    /// The services and route of the guide's procedures named in an issue request; an error when
    /// the office has no guide or none of them is done at its counters.
    [[nodiscard]] std::optional<ApiError> routeProcedures(const QStringList &procedures, IssueRequest &issue) const;
    /// An HTML page of the status page's kind, with its security headers.
    [[nodiscard]] HttpResponse pageResponse(QString html, int status = 200) const;
    /// The page for a link that matches no ticket (404), in the best language of Accept-Language.
    [[nodiscard]] HttpResponse unknownTicketPage(const HttpRequest &request) const;
    /// The answer to an issued ticket (201), with what became of the profile it brought.
    [[nodiscard]] HttpResponse ticketResponse(const HttpRequest &request, const Visit &visit, const QJsonObject &profile = {}) const;
    /// Translation into the best language of the request's Accept-Language (the process's without one).
    [[nodiscard]] TranslateFunction translationFor(const HttpRequest &request) const;
    /// Translation into one of the office's languages (its catalogue).
    [[nodiscard]] TranslateFunction translationInto(const QString &language) const;
    /// A refused reservation, told in the best language of the request's Accept-Language.
    [[nodiscard]] HttpResponse appointmentRefusal(const HttpRequest &request, const AppointmentError &error, const QString &code) const;
    [[nodiscard]] NoticeResult<bool> subscribe(const QueueState &state, const Visit &visit, const QString &channel, const QString &address);

    QueueEngine &m_engine;
    Credentials &m_credentials;
    AppointmentBook &m_appointments;
    AssistanceDesk &m_assistance;
    const WaitEstimator &m_estimator;
    NoticeBook &m_notices;
    ProfileBook &m_profiles;
    const LanguageCatalogs &m_catalogs;
    const Clock &m_clock;
    const ServerConfig &m_config;
    RateLimiter m_publicLimiter;
    LoginThrottle m_loginThrottle;
    std::function<void()> m_credentialsChanged;
    StatusPage m_page;
    QByteArray m_openApi;              ///< resources/web/openapi.json
    QByteArray m_preApplicationPage;   ///< the pre-application page in the office's languages
    const GuideCatalogue *m_guide;     ///< the office's life-event guide ([guide]), or null
    QByteArray m_preApplicationPolicy; ///< its Content-Security-Policy
    /// Password checks run here, two at a time (each Argon2id check holds 64 MiB); declared last so
    /// that it is waited for first when the API goes.
    QThreadPool m_passwordChecks;
};

} // namespace Madoguchi
