// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedofficeclient.h"

using namespace Qt::StringLiterals;

namespace Madoguchi::Test {

QStringList ScriptedOfficeClient::callNames() const
{
    QStringList names;
    for (const Call &call : m_calls)
        names.append(call.name);
    return names;
}

int ScriptedOfficeClient::pending(const QString &name) const
{
    return int(std::count_if(m_pending.cbegin(), m_pending.cend(), [&](const Pending &call) { return call.name == name; }));
}

QJsonObject ScriptedOfficeClient::lastArguments(const QString &name) const
{
    for (auto call = m_calls.crbegin(); call != m_calls.crend(); ++call) {
        if (call->name == name)
            return call->arguments;
    }
    return {};
}

void ScriptedOfficeClient::overview(Callback<OfficeOverview> done)
{
    record(u"overview"_s, {}, std::move(done));
}

void ScriptedOfficeClient::issue(const TicketRequest &request, Callback<Ticket> done)
{
    QJsonObject arguments = ClientJson::ticketRequest(request);
    arguments.insert(u"idempotencyKey"_s, request.idempotencyKey);
    record(u"issue"_s, arguments, std::move(done));
}

void ScriptedOfficeClient::checkIn(const CheckInRequest &request, Callback<Ticket> done)
{
    QJsonObject arguments = ClientJson::checkInRequest(request);
    arguments.insert(u"code"_s, request.code);
    record(u"check-in"_s, arguments, std::move(done));
}

void ScriptedOfficeClient::callClerk(const QString &language, Callback<AssistanceCall> done)
{
    record(u"call-clerk"_s, {{u"language"_s, language}}, std::move(done));
}

void ScriptedOfficeClient::assistance(Callback<QList<AssistanceCall>> done)
{
    record(u"assistance"_s, {}, std::move(done));
}

void ScriptedOfficeClient::answerCall(qint64 id, Callback<QList<AssistanceCall>> done)
{
    record(u"answer-call"_s, {{u"id"_s, id}}, std::move(done));
}

void ScriptedOfficeClient::login(const QString &login, const QByteArray &, int counter, Callback<StaffLogin> done)
{
    // As the real client: the session's token is used from then on.
    record<StaffLogin>(u"login"_s, {{u"login"_s, login}, {u"counter"_s, counter}},
                       [this, done = std::move(done)](const ClientResult<StaffLogin> &session) {
                           if (session)
                               m_token = session->token;
                           done(session);
                       });
}

void ScriptedOfficeClient::logout(Callback<Done> done)
{
    record(u"logout"_s, {}, std::move(done));
}

void ScriptedOfficeClient::board(Callback<BoardView> done)
{
    record(u"board"_s, {}, std::move(done));
}

void ScriptedOfficeClient::counterAction(int counter, CounterAction action, const QJsonObject &arguments,
                                         Callback<CounterActionResult> done)
{
    QJsonObject recorded = arguments;
    recorded.insert(u"counter"_s, counter);
    recorded.insert(u"action"_s, Api::apiName(action));
    record(u"counter-action"_s, recorded, std::move(done));
}

void ScriptedOfficeClient::counter(int counter, Callback<CounterActionResult> done)
{
    record(u"counter"_s, {{u"counter"_s, counter}}, std::move(done));
}

void ScriptedOfficeClient::profile(qint64 visit, Callback<VisitProfile> done)
{
    record(u"profile"_s, {{u"visit"_s, visit}}, std::move(done));
}

void ScriptedOfficeClient::changeProfile(qint64 visit, const QJsonObject &change, Callback<VisitProfile> done)
{
    record(u"change-profile"_s, {{u"visit"_s, visit}, {u"change"_s, change}}, std::move(done));
}

void ScriptedOfficeClient::chooseProfileValue(qint64 visit, const FieldKey &key, ValueSource source, Callback<VisitProfile> done)
{
    record(u"choose-profile-value"_s,
           {{u"visit"_s, visit}, {u"field"_s, key.field}, {u"person"_s, key.person}, {u"source"_s, valueSourceName(source)}},
           std::move(done));
}

void ScriptedOfficeClient::status(const QString &publicToken, Callback<PublicStatus> done)
{
    record(u"status"_s, {{u"token"_s, publicToken}}, std::move(done));
}

} // namespace Madoguchi::Test
