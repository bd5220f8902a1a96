// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "officeapi.h"

#include "acceptlanguage.h"
#include "apiviews.h"
#include "jsonfields.h"

#include "auth/secrets.h"
#include "common/clock.h"
#include "common/languagecatalogs.h"
#include "common/logging.h"
#include "common/translation.h"
#include "config/formreader.h"
#include "config/guidereader.h"
#include "estimate/waitestimator.h"
#include "queue/queueengine.h"
#include "scan/preapplicationpage.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

/// Who may use a route: anyone (optionally rate-limited per address) or the listed roles.
enum class Access : quint8 { Public, PublicLimited, Roles };

constexpr quint32 bit(Role role)
{
    return 1u << quint32(role);
}
constexpr quint32 kDevices = bit(Role::Kiosk) | bit(Role::Board) | bit(Role::Counter);
constexpr quint32 kStaff = bit(Role::Clerk) | bit(Role::Supervisor) | bit(Role::Admin);

/// True when a path matches a pattern whose "*" segments match any one segment; fills args with them.
bool matches(const QStringList &path, QStringView pattern, QStringList &args)
{
    const auto parts = pattern.split(u'/');
    if (parts.size() != path.size())
        return false;
    QStringList captured;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts.at(i) == u"*")
            captured.append(path.at(i));
        else if (parts.at(i) != path.at(i))
            return false;
    }
    args = captured;
    return true;
}

} // namespace

struct OfficeApi::Route {
    QByteArray method;
    QStringView pattern; ///< below /api/v1, except the pages (isPage())
    Access access;
    quint32 roles;
    Handler handler;
};

OfficeApi::OfficeApi(const OfficeApiParts &parts)
    : m_engine(parts.engine)
    , m_credentials(parts.credentials)
    , m_appointments(parts.appointments)
    , m_assistance(parts.assistance)
    , m_estimator(parts.estimator)
    , m_notices(parts.notices)
    , m_profiles(parts.profiles)
    , m_catalogs(parts.catalogs)
    , m_clock(parts.clock)
    , m_config(parts.engine.office().server)
    , m_publicLimiter(parts.engine.office().server.publicRequestsPerMinute)
    , m_page(parts.engine.office(), parts.catalogs, parts.notices.channels())
    , m_guide(parts.guide)
{
    m_passwordChecks.setMaxThreadCount(2);
    QFile openApi(u":/web/openapi.json"_s);
    if (openApi.open(QIODevice::ReadOnly))
        m_openApi = openApi.readAll();
    // The resident's web guide as the office serves it: its guide (the shipped one when it names
    // none, which its counters then do not plan from), its languages, its counters.
    const std::optional<GuideCatalogue> shippedGuide = parts.guide ? std::nullopt : GuideReader::shipped().catalogue;
    const GuideCatalogue &guide = parts.guide ? *parts.guide : shippedGuide ? *shippedGuide : GuideCatalogue();
    m_preApplicationPage =
        preApplicationPage(parts.catalogs, parts.engine.office().languages, FormReader::shipped().forms, guide, parts.engine.office());
    const QString page = QString::fromUtf8(m_preApplicationPage);
    m_preApplicationPolicy =
        u"default-src 'none'; style-src %1; script-src %2; img-src data:; form-action 'none'; base-uri 'none'; "
        "frame-ancestors 'none'"_s.arg(inlineHashes(page, u"style"_s).join(u' '), inlineHashes(page, u"script"_s).join(u' '))
            .toLatin1();
}

bool OfficeApi::isPage(QStringView pattern)
{
    return pattern.startsWith(u"s/") || pattern == u"pre-application";
}

const QList<OfficeApi::Route> &OfficeApi::routes()
{
    static const QList<Route> table = {
        {"GET", u"openapi.json", Access::Public, 0, &OfficeApi::openApi},
        {"GET", u"services", Access::Roles, kDevices | kStaff, &OfficeApi::services},
        {"POST", u"visits", Access::Roles, bit(Role::Kiosk) | kStaff, &OfficeApi::issue},
        {"POST", u"visits/*/steps", Access::Roles, kStaff, &OfficeApi::addStep},
        {"DELETE", u"visits/*/steps/*", Access::Roles, kStaff, &OfficeApi::removeStep},
        {"GET", u"appointments", Access::Roles, kStaff, &OfficeApi::appointments},
        {"POST", u"appointments", Access::Roles, kStaff, &OfficeApi::book},
        {"DELETE", u"appointments/*", Access::Roles, kStaff, &OfficeApi::cancelAppointment},
        {"POST", u"appointments/*/check-in", Access::Roles, bit(Role::Kiosk) | kStaff, &OfficeApi::checkIn},
        {"POST", u"assistance", Access::Roles, bit(Role::Kiosk), &OfficeApi::callClerk},
        {"GET", u"assistance", Access::Roles, bit(Role::Counter) | kStaff, &OfficeApi::assistanceCalls},
        {"POST", u"assistance/*/answer", Access::Roles, kStaff, &OfficeApi::answerCall},
        {"POST", u"sessions", Access::PublicLimited, 0, &OfficeApi::login},
        {"DELETE", u"sessions", Access::Roles, kStaff, &OfficeApi::logout},
        {"GET", u"board", Access::Roles, kDevices | kStaff, &OfficeApi::board},
        {"GET", u"counters/*", Access::Roles, bit(Role::Counter) | kStaff, &OfficeApi::counter},
        {"POST", u"counters/*/*", Access::Roles, kStaff, &OfficeApi::counterAction},
        {"GET", u"status/*", Access::PublicLimited, 0, &OfficeApi::status},
        {"POST", u"status/*/notify", Access::PublicLimited, 0, &OfficeApi::notify},
        {"GET", u"visits/*/profile", Access::Roles, kStaff, &OfficeApi::profile},
        {"PUT", u"visits/*/profile", Access::Roles, kStaff, &OfficeApi::changeProfile},
        {"DELETE", u"visits/*/profile", Access::Roles, kStaff, &OfficeApi::deleteProfile},
        {"POST", u"visits/*/profile/choice", Access::Roles, kStaff, &OfficeApi::chooseProfileValue},
        {"GET", u"s/*", Access::PublicLimited, 0, &OfficeApi::statusPage},
        {"POST", u"s/*", Access::PublicLimited, 0, &OfficeApi::notifyForm},
        {"GET", u"pre-application", Access::Public, 0, &OfficeApi::preApplication},
    };
    return table;
}

QList<RouteRule> OfficeApi::routeRules()
{
    QList<RouteRule> rules;
    for (const Route &route : routes()) {
        RouteRule rule{route.method, route.pattern.toString(), route.access != Access::Roles, {}};
        for (const Role role : {Role::Kiosk, Role::Board, Role::Counter, Role::Clerk, Role::Supervisor, Role::Admin}) {
            if (route.access == Access::Roles && (route.roles & bit(role)))
                rule.roles.append(role);
        }
        rules.append(rule);
    }
    return rules;
}

TranslateFunction OfficeApi::translationInto(const QString &language) const
{
    return [this, language](const char *context, const char *source) { return m_catalogs.translate(language, context, source); };
}

TranslateFunction OfficeApi::translationFor(const HttpRequest &request) const
{
    const QString accepted = QString::fromLatin1(request.header("Accept-Language"));
    if (accepted.isEmpty())
        return processTranslation;
    return translationInto(bestLanguage(accepted, m_engine.office().languages));
}

HttpResponse OfficeApi::handle(const HttpRequest &request)
{
    QStringList path = request.segments();
    const bool page = !path.isEmpty() && isPage(path.join(u'/'));
    if (!page) {
        if (path.size() < 3 || path.at(0) != u"api" || path.at(1) != u"v1")
            return errorResponse({404, Api::ErrorCode::NotFound, ApiTr::tr("There is nothing at %1.").arg(request.path)});
        path = path.mid(2);
    }
    QList<QByteArray> allowed;
    for (const Route &route : routes()) {
        QStringList args;
        if (isPage(route.pattern) != page || !matches(path, route.pattern, args))
            continue; // pages live at the root, the API below /api/v1
        if (route.method != request.method) {
            allowed.append(route.method);
            continue;
        }
        Principal principal;
        if (route.access == Access::PublicLimited && !allowPublic(request.peer)) {
            HttpResponse response =
                errorResponse({429, Api::ErrorCode::RateLimited, ApiTr::tr("Too many requests; please wait a moment.")});
            response.addHeader("Retry-After", QByteArray::number(m_publicLimiter.retryAfterSeconds()));
            return response;
        }
        if (route.access == Access::Roles) {
            const QString token = request.bearerToken();
            if (token.isEmpty())
                return errorResponse({401, Api::ErrorCode::Unauthorized, ApiTr::tr("This endpoint needs an Authorization: Bearer token.")});
            auto who = authenticate(token);
            if (!who)
                return errorResponse(apiError(who.error()));
            principal = *who;
            if (!(route.roles & bit(principal.role)))
                return errorResponse({403, Api::ErrorCode::Forbidden, ApiTr::tr("A %1 may not do this.").arg(roleName(principal.role))});
        }
        return (this->*route.handler)(request, principal, args);
    }
    if (!allowed.isEmpty()) {
        HttpResponse response = errorResponse(
            {405, Api::ErrorCode::MethodNotAllowed, ApiTr::tr("%1 is not allowed here.").arg(QString::fromLatin1(request.method))});
        response.addHeader("Allow", allowed.join(", "));
        return response;
    }
    return errorResponse({404, Api::ErrorCode::NotFound, ApiTr::tr("There is nothing at %1.").arg(request.path)});
}

AuthResult<Principal> OfficeApi::authenticate(const QString &token)
{
    if (auto device = m_credentials.device(token))
        return *device;
    return m_credentials.session(token, m_clock.now(), SessionPolicy{m_config.sessionHours, m_config.sessionMaxHours});
}

bool OfficeApi::allowPublic(const QHostAddress &peer)
{
    return m_publicLimiter.allow(peer, m_clock.now());
}

HttpResponse OfficeApi::preApplication(const HttpRequest &, const Principal &, const QStringList &)
{
    HttpResponse response;
    response.contentType = "text/html; charset=utf-8";
    response.addHeader("Content-Security-Policy", m_preApplicationPolicy);
    response.addHeader("Referrer-Policy", "no-referrer");
    response.addHeader("X-Frame-Options", "DENY");
    response.body = m_preApplicationPage;
    return response;
}

HttpResponse OfficeApi::openApi(const HttpRequest &, const Principal &, const QStringList &)
{
    if (m_openApi.isEmpty())
        return errorResponse({500, Api::ErrorCode::Internal, ApiTr::tr("The API description is missing from this build.")});
    HttpResponse response;
    response.body = m_openApi;
    return response;
}

namespace {

/// The configured public address with the status page of a token.
QString underPublicUrl(QString base, const QString &token)
{
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + u"/s/"_s + token;
}

/// A Host header that is only a host name or address and a port; anything else is not used.
bool isPlainHost(const QByteArray &host)
{
    if (host.isEmpty() || host.size() > 255)
        return false;
    for (const char c : host) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == ':'
            || c == '[' || c == ']';
        if (!allowed)
            return false;
    }
    const QUrl url(u"http://"_s + QString::fromLatin1(host), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() && url.path().isEmpty();
}

} // namespace

QString OfficeApi::ticketStatusUrl(const HttpRequest &request, const QString &token) const
{
    if (!m_config.publicUrl.isEmpty())
        return underPublicUrl(m_config.publicUrl, token);
    // No public address configured (and so no notices): the address the kiosk reached this server at.
    const QByteArray host = request.header("Host");
    if (!isPlainHost(host))
        return {};
    const bool tls = !m_config.tlsCertificate.isEmpty();
    return (tls ? u"https://"_s : u"http://"_s) + QString::fromLatin1(host) + u"/s/"_s + token;
}

QString OfficeApi::noticeStatusUrl(const QString &token) const
{
    return underPublicUrl(m_config.publicUrl, token);
}

const Visit *OfficeApi::visitByToken(const QueueState &state, const QString &token)
{
    if (token.size() != 22)
        return nullptr;
    const QByteArray wanted = token.toLatin1();
    for (const auto &[id, visit] : state.visits) {
        if (Secrets::equal(visit.token.toLatin1(), wanted))
            return &visit;
    }
    return nullptr;
}

std::optional<QJsonObject> OfficeApi::publicStatus(const QString &token) const
{
    return publicStatus(m_engine.state(), token);
}

std::optional<QJsonObject> OfficeApi::publicStatus(const QueueState &state, const QString &token) const
{
    const Visit *visit = visitByToken(state, token);
    if (!visit)
        return std::nullopt;
    return ApiViews::publicStatus(*visit, m_estimator.forVisit(state, visit->id), m_engine.office());
}

} // namespace Madoguchi
