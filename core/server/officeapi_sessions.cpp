// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "officeapi.h"

#include "connectioncounter.h"
#include "jsonfields.h"

#include "auth/secrets.h"
#include "common/clock.h"
#include "common/logging.h"
#include "common/translation.h"
#include "queue/queueengine.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Madoguchi {

// Staff login and logout: POST and DELETE /api/v1/sessions. A login is throttled per login and per
// network after repeated failures, checked off the event loop (Argon2id), and recorded in the audit
// log with the caller's address, as is every failure and logout.

HttpResponse OfficeApi::login(const HttpRequest &request, const Principal &, const QStringList &)
{
    QJsonObject body;
    if (auto error = parseJsonBody(request, body))
        return errorResponse(*error);
    JsonFields fields(body);
    fields.allowOnly({u"login", u"password", u"counter"});
    const QString login = fields.string(u"login", true, 64);
    QByteArray password = fields.string(u"password", true, 1024).toUtf8();
    const int counter = fields.integer(u"counter", false, 0, 999).value_or(0);
    if (!fields.error() && counter != 0 && !m_engine.office().counter(counter))
        fields.fail(ApiTr::tr("There is no counter %1 in this office.").arg(counter), 422);
    if (fields.error()) {
        Secrets::wipe(password);
        return errorResponse(*fields.error());
    }
    const QString address = addressKey(request.peer);
    const QString network = networkKey(request.peer);
    const QDateTime now = m_clock.now();
    if (const auto wait = m_loginThrottle.waitSeconds(login, network, now)) {
        Secrets::wipe(password);
        m_credentials.record(AuthEvent::LoginThrottled, login, address, now);
        HttpResponse response = errorResponse(
            {429, Api::ErrorCode::LoginThrottled, ApiTr::tr("Too many failed logins; try again in %n second(s).", nullptr, *wait)});
        response.addHeader("Retry-After", QByteArray::number(*wait));
        return response;
    }
    Credentials &credentials = m_credentials;
    return HttpResponse::deferred(QtConcurrent::run(
        &m_passwordChecks, [this, &credentials, login, password, counter, now, address, network]() mutable -> ResponseMaker {
            auto session = credentials.login(login, password, counter, now);
            Secrets::wipe(password);
            // The rest runs on the event loop's thread, where the throttle lives.
            return [this, session = std::move(session), login, now, address, network]() {
                return loginAnswered(session, login, now, address, network);
            };
        }));
}

HttpResponse OfficeApi::loginAnswered(const AuthResult<StaffSession> &session, const QString &login, const QDateTime &now,
                                      const QString &address, const QString &network)
{
    if (!session) {
        if (session.error().code == AuthErrorCode::BadCredentials) {
            m_loginThrottle.failed(login, network, now);
            m_credentials.record(AuthEvent::LoginFailed, login, address, now);
        }
        return errorResponse(apiError(session.error()));
    }
    m_loginThrottle.succeeded(login);
    m_credentials.record(AuthEvent::LoginSucceeded, login, address, now);
    return jsonResponse({{u"token"_s, session->token},
                         {u"login"_s, session->principal.name},
                         {u"role"_s, roleName(session->principal.role)},
                         {u"counter"_s, session->principal.counter},
                         {u"idleHours"_s, m_config.sessionHours},
                         {u"maxHours"_s, m_config.sessionMaxHours}},
                        201);
}

HttpResponse OfficeApi::logout(const HttpRequest &request, const Principal &principal, const QStringList &)
{
    const QDateTime now = m_clock.now();
    if (auto ended = m_credentials.logout(principal.sessionHash, now); !ended)
        return errorResponse(apiError(ended.error()));
    m_credentials.record(AuthEvent::Logout, principal.name, addressKey(request.peer), now);
    if (m_credentialsChanged)
        m_credentialsChanged();
    HttpResponse response;
    response.status = 204;
    return response;
}

} // namespace Madoguchi
