#include "eventhub.h"

#include "apiviews.h"
#include "officeapi.h"

#include "common/clock.h"
#include "common/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

constexpr auto kPolicyViolation = QWebSocketProtocol::CloseCodePolicyViolated;

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString bearer(const QWebSocket &socket)
{
    const QByteArray value = socket.request().rawHeader("Authorization").trimmed();
    return value.left(7).compare("bearer ", Qt::CaseInsensitive) == 0 ? QString::fromLatin1(value.mid(7).trimmed()) : QString();
}

} // namespace

EventHub::EventHub(OfficeApi &api, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock)
{
}

EventHub::~EventHub()
{
    for (const Subscriber &subscriber : m_subscribers)
        delete subscriber.socket;
    for (const Watcher &watcher : m_watchers)
        delete watcher.socket;
}

void EventHub::accept(QWebSocket *socket)
{
    socket->setParent(nullptr);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { forget(socket); });
    const QStringList path = socket->requestUrl().path().split(u'/', Qt::SkipEmptyParts);
    if (path == QStringList{u"api"_s, u"v1"_s, u"events"_s}) {
        acceptSubscriber(socket);
    } else if (path.size() == 5 && path.at(0) == u"api" && path.at(1) == u"v1" && path.at(2) == u"status" && path.at(4) == u"live") {
        acceptWatcher(socket, path.at(3));
    } else {
        socket->close(kPolicyViolation, u"no such stream"_s);
    }
}

void EventHub::acceptSubscriber(QWebSocket *socket)
{
    m_subscribers.push_back({socket, std::nullopt, {}, {}});
    Subscriber &subscriber = m_subscribers.back();
    if (const QString token = bearer(*socket); !token.isEmpty()) {
        authenticate(subscriber, token);
        return;
    }
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &message) {
        for (Subscriber &each : m_subscribers) {
            if (each.socket == socket && !each.principal) {
                authenticate(each, QJsonDocument::fromJson(message.toUtf8()).object().value(u"token"_s).toString());
                return;
            }
        }
    });
    QTimer::singleShot(kAuthenticateMs, socket, [this, socket] {
        for (const Subscriber &each : m_subscribers) {
            if (each.socket == socket && !each.principal)
                socket->close(kPolicyViolation, u"not authenticated"_s);
        }
    });
}

bool EventHub::authenticate(Subscriber &subscriber, const QString &token)
{
    const auto principal = m_api.authenticate(token);
    if (!principal) {
        subscriber.socket->sendTextMessage(compact({{u"type"_s, u"error"_s},
                                                    {u"error"_s, QJsonObject{{u"code"_s, apiError(principal.error()).code},
                                                                             {u"message"_s, principal.error().message}}}}));
        subscriber.socket->close(kPolicyViolation, principal.error().message);
        return false;
    }
    const bool first = !subscriber.principal;
    subscriber.principal = *principal;
    subscriber.token = token;
    subscriber.checkedAt = m_clock.now();
    if (first) {
        subscriber.socket->sendTextMessage(compact({{u"type"_s, u"hello"_s}, {u"role"_s, roleName(principal->role)}}));
        qCInfo(lcServer) << "event subscriber" << principal->actor();
    }
    return true;
}

void EventHub::acceptWatcher(QWebSocket *socket, const QString &token)
{
    if (!m_api.allowPublic(socket->peerAddress())) {
        socket->close(QWebSocketProtocol::CloseCodeTooMuchData, u"rate limited"_s);
        return;
    }
    m_watchers.push_back({socket, token, {}});
    sendStatus(m_watchers.back(), m_api.publicStatus(token));
}

void EventHub::sendStatus(Watcher &watcher, const std::optional<QJsonObject> &status)
{
    if (!status) {
        watcher.socket->close(kPolicyViolation, u"unknown ticket"_s);
        return;
    }
    const QString text = compact(*status);
    const QByteArray bytes = text.toUtf8();
    if (bytes == watcher.lastSent)
        return;
    watcher.lastSent = bytes;
    watcher.socket->sendTextMessage(text);
}

void EventHub::publish(const QList<Event> &events, const QueueState &state)
{
    QJsonArray list;
    for (const Event &event : events)
        list.append(ApiViews::event(event));
    send(compact({{u"type"_s, u"events"_s}, {u"events"_s, list}}), [](Role) { return true; });
    for (Watcher &watcher : m_watchers)
        sendStatus(watcher, m_api.publicStatus(state, watcher.token));
}

void EventHub::publishAssistance(const QList<AssistanceCall> &calls)
{
    send(compact({{u"type"_s, u"assistance"_s}, {u"calls"_s, ApiViews::assistanceCalls(calls)}}),
         [](Role role) { return role == Role::Counter || isStaffRole(role); });
}

void EventHub::send(const QString &message, bool (*forRole)(Role))
{
    const QDateTime now = m_clock.now();
    for (Subscriber &subscriber : m_subscribers) {
        if (!subscriber.principal || !forRole(subscriber.principal->role))
            continue;
        if (subscriber.checkedAt.msecsTo(now) > kRecheckMs && !authenticate(subscriber, subscriber.token))
            continue;
        subscriber.socket->sendTextMessage(message);
    }
}

void EventHub::forget(QWebSocket *socket)
{
    m_subscribers.remove_if([socket](const Subscriber &subscriber) { return subscriber.socket == socket; });
    m_watchers.remove_if([socket](const Watcher &watcher) { return watcher.socket == socket; });
    socket->deleteLater();
}

} // namespace Madoguchi
