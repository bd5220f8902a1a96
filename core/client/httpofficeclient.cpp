// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpofficeclient.h"

#include "common/logging.h"
#include "common/translation.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

ClientErrorCode codeForStatus(int status)
{
    switch (status) {
    case 401: return ClientErrorCode::Unauthorized;
    case 403: return ClientErrorCode::Forbidden;
    case 404: return ClientErrorCode::NotFound;
    case 409: return ClientErrorCode::Conflict;
    case 429: return ClientErrorCode::RateLimited;
    default: return status >= 500 ? ClientErrorCode::ServerError : ClientErrorCode::Invalid;
    }
}

ClientError badReply(const QString &path)
{
    return ClientError{ClientErrorCode::BadReply, ClientTr::tr("The server's answer to %1 is not what API v1 describes.").arg(path)};
}

} // namespace

HttpOfficeClient::HttpOfficeClient(const QUrl &server, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_network(network)
{
}

void HttpOfficeClient::send(const QByteArray &method, const QString &path, const QJsonObject &body,
                            const QList<std::pair<QByteArray, QByteArray>> &headers, Handler handler)
{
    QUrl url = m_server;
    url.setPath(url.path() + path);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (!m_language.isEmpty())
        request.setRawHeader("Accept-Language", m_language.toLatin1());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QByteArray payload;
    if (method != "GET" && method != "DELETE") {
        request.setRawHeader("Content-Type", "application/json");
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
    reply->setParent(this); // a client that goes away takes its unanswered calls with it
    connect(reply, &QNetworkReply::finished, this, [reply, path, handler = std::move(handler)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray data = reply->readAll();
        if (status == 0) {
            qCInfo(lcClient) << "no answer to" << path << reply->errorString();
            return handler(ClientError{ClientErrorCode::Unreachable,
                                       ClientTr::tr("The office server cannot be reached: %1").arg(reply->errorString())},
                           path);
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
        if (status >= 400) {
            const QJsonObject error = document.object().value(u"error"_s).toObject();
            const QString message = error.value(u"message"_s).toString();
            return handler(ClientError{codeForStatus(status),
                                       message.isEmpty() ? ClientTr::tr("The server answered HTTP %1.").arg(status) : message,
                                       Api::errorCodeNamed(error.value(u"code"_s).toString())},
                           path);
        }
        if (status == 204)
            return handler(QJsonObject(), path);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return handler(badReply(path), path);
        handler(document.object(), path);
    });
}

template<typename T>
HttpOfficeClient::Handler HttpOfficeClient::parsed(std::optional<T> (*parse)(const QJsonObject &), Callback<T> done)
{
    return [parse, done = std::move(done)](const ClientResult<QJsonObject> &reply, const QString &path) {
        if (!reply)
            return done(reply.error());
        const std::optional<T> value = parse(*reply);
        if (!value)
            return done(badReply(path));
        done(*value);
    };
}

void HttpOfficeClient::overview(Callback<OfficeOverview> done)
{
    send("GET", u"/api/v1/services"_s, {}, {}, parsed(&ClientJson::overview, std::move(done)));
}

void HttpOfficeClient::issue(const TicketRequest &request, Callback<Ticket> done)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!request.idempotencyKey.isEmpty())
        headers.append(std::pair<QByteArray, QByteArray>("Idempotency-Key", request.idempotencyKey.toLatin1()));
    send("POST", u"/api/v1/visits"_s, ClientJson::ticketRequest(request), headers, parsed(&ClientJson::ticket, std::move(done)));
}

void HttpOfficeClient::checkIn(const CheckInRequest &request, Callback<Ticket> done)
{
    send("POST", u"/api/v1/appointments/%1/check-in"_s.arg(request.code.trimmed()), ClientJson::checkInRequest(request), {},
         parsed(&ClientJson::ticket, std::move(done)));
}

void HttpOfficeClient::callClerk(const QString &language, Callback<AssistanceCall> done)
{
    send("POST", u"/api/v1/assistance"_s, QJsonObject{{u"language"_s, language}}, {}, parsed(&ClientJson::assistanceCall, std::move(done)));
}

void HttpOfficeClient::assistance(Callback<QList<AssistanceCall>> done)
{
    send("GET", u"/api/v1/assistance"_s, {}, {}, parsed(&ClientJson::assistanceList, std::move(done)));
}

void HttpOfficeClient::answerCall(qint64 id, Callback<QList<AssistanceCall>> done)
{
    send("POST", u"/api/v1/assistance/%1/answer"_s.arg(id), {}, {}, parsed(&ClientJson::assistanceList, std::move(done)));
}

void HttpOfficeClient::login(const QString &login, const QByteArray &password, int counter, Callback<StaffLogin> done)
{
    QJsonObject body{{u"login"_s, login}, {u"password"_s, QString::fromUtf8(password)}};
    if (counter > 0)
        body.insert(u"counter"_s, counter);
    send("POST", u"/api/v1/sessions"_s, body, {},
         parsed<StaffLogin>(&ClientJson::staffLogin, [this, done = std::move(done)](const ClientResult<StaffLogin> &session) {
             if (session)
                 m_token = session->token;
             done(session);
         }));
}

void HttpOfficeClient::logout(Callback<Done> done)
{
    send("DELETE", u"/api/v1/sessions"_s, {}, {}, [this, done = std::move(done)](const ClientResult<QJsonObject> &reply, const QString &) {
        if (!reply)
            return done(reply.error());
        m_token.clear();
        done(Done{});
    });
}

void HttpOfficeClient::board(Callback<BoardView> done)
{
    send("GET", u"/api/v1/board"_s, {}, {}, parsed(&ClientJson::board, std::move(done)));
}

void HttpOfficeClient::counterAction(int counter, CounterAction action, const QJsonObject &arguments, Callback<CounterActionResult> done)
{
    send("POST", u"/api/v1/counters/%1/%2"_s.arg(counter).arg(Api::apiName(action)), arguments, {},
         parsed(&ClientJson::counterAction, std::move(done)));
}

void HttpOfficeClient::counter(int counter, Callback<CounterActionResult> done)
{
    send("GET", u"/api/v1/counters/%1"_s.arg(counter), {}, {}, parsed(&ClientJson::counterView, std::move(done)));
}

void HttpOfficeClient::profile(qint64 visit, Callback<VisitProfile> done)
{
    send("GET", u"/api/v1/visits/%1/profile"_s.arg(visit), {}, {}, parsed(&ClientJson::visitProfile, std::move(done)));
}

void HttpOfficeClient::changeProfile(qint64 visit, const QJsonObject &change, Callback<VisitProfile> done)
{
    send("PUT", u"/api/v1/visits/%1/profile"_s.arg(visit), change, {}, parsed(&ClientJson::visitProfile, std::move(done)));
}

void HttpOfficeClient::chooseProfileValue(qint64 visit, const FieldKey &key, ValueSource source, Callback<VisitProfile> done)
{
    send("POST", u"/api/v1/visits/%1/profile/choice"_s.arg(visit),
         QJsonObject{{u"field"_s, key.field}, {u"person"_s, key.person}, {u"source"_s, valueSourceName(source)}}, {},
         parsed(&ClientJson::visitProfile, std::move(done)));
}

void HttpOfficeClient::status(const QString &publicToken, Callback<PublicStatus> done)
{
    send("GET", u"/api/v1/status/"_s + publicToken, {}, {}, parsed(&ClientJson::publicStatus, std::move(done)));
}

} // namespace Madoguchi
