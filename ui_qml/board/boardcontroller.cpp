// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardcontroller.h"

#include "client/eventstream.h"
#include "client/officeclient.h"
#include "common/languagecatalogs.h"
#include "injectedsingleton.h"

namespace Madoguchi {

namespace {

BoardController *s_instance = nullptr;

constexpr const char *kContext = "Madoguchi::Board";
const char *const kNowCalling = QT_TRANSLATE_NOOP("Madoguchi::Board", "Now calling");
const char *const kCounter = QT_TRANSLATE_NOOP("Madoguchi::Board", "Counter %1");
const char *const kRecent = QT_TRANSLATE_NOOP("Madoguchi::Board", "Called before");
const char *const kWaiting = QT_TRANSLATE_NOOP("Madoguchi::Board", "Waiting now");
const char *const kOffline = QT_TRANSLATE_NOOP(
    "Madoguchi::Board", "This board has lost its connection to the office. Please listen for your number or ask at the reception.");
const char *const kPeople = QT_TRANSLATE_NOOP("Madoguchi::Board", "%1 waiting");
const char *const kLevels[] = {
    QT_TRANSLATE_NOOP("Madoguchi::Board", "Few waiting"),
    QT_TRANSLATE_NOOP("Madoguchi::Board", "Some waiting"),
    QT_TRANSLATE_NOOP("Madoguchi::Board", "Many waiting"),
    QT_TRANSLATE_NOOP("Madoguchi::Board", "Very crowded"),
};

} // namespace

BoardController::BoardController(OfficeClient &client, EventStream &events, const LanguageCatalogs &catalogs, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_events(events)
    , m_catalogs(catalogs)
{
    m_rotation.setInterval(std::chrono::seconds(8));
    connect(&m_rotation, &QTimer::timeout, this, &BoardController::rotateCaptions);
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(std::chrono::milliseconds(100));
    connect(&m_coalesce, &QTimer::timeout, this, &BoardController::refresh);
    m_fresh.setSingleShot(true);
    connect(&m_fresh, &QTimer::timeout, this, &BoardController::expireHighlights);
    connect(&m_events, &EventStream::eventsReceived, this, [this] { m_coalesce.start(); });
    connect(&m_events, &EventStream::resyncNeeded, this, &BoardController::refresh);
    connect(&m_events, &EventStream::connectedChanged, this, [this](bool connected) {
        if (!connected && m_haveBoard)
            m_lost = true; // what it shows may be out of date from now on
        Q_EMIT connectedChanged();
        Q_EMIT viewChanged();
        if (connected)
            refresh(); // what changed while away: calls made meanwhile are announced from it
    });
    s_instance = this;
}

BoardController::~BoardController()
{
    if (s_instance == this)
        s_instance = nullptr;
}

BoardController *BoardController::create(QQmlEngine *, QJSEngine *)
{
    return injectedSingleton(s_instance);
}

void BoardController::start(const QString &token)
{
    m_client.overview([this](const ClientResult<OfficeOverview> &overview) {
        if (overview) {
            m_languages = overview->languages;
            m_captionIndex = 0;
            Q_EMIT captionLanguageChanged();
            if (m_languages.size() > 2)
                m_rotation.start();
        }
        refresh();
    });
    m_events.start(token);
}

void BoardController::refresh()
{
    m_client.board([this](const ClientResult<BoardView> &board) { boardArrived(board); });
}

void BoardController::rotateCaptions()
{
    if (m_languages.size() < 2)
        return;
    m_captionIndex = (m_captionIndex + 1) % (m_languages.size() - 1);
    Q_EMIT captionLanguageChanged();
    Q_EMIT viewChanged(); // service names follow the captions
}

void BoardController::boardArrived(const ClientResult<BoardView> &board)
{
    Q_EMIT refreshed(board.ok());
    if (!board) {
        if (!m_lost) {
            m_lost = true;
            Q_EMIT connectedChanged();
            Q_EMIT viewChanged();
        }
        return;
    }
    if (m_events.isConnected() && m_lost) {
        m_lost = false;
        Q_EMIT connectedChanged();
    }
    // Announce the numbers that were not being called before, oldest first.
    QList<BoardCall> fresh;
    for (const BoardCall &call : board->calling) {
        // A recall counts as a new call: it is announced again.
        const bool known = std::any_of(m_board.calling.cbegin(), m_board.calling.cend(), [&](const BoardCall &old) {
            return old.number == call.number && old.counter == call.counter && old.calledAt == call.calledAt && old.recalls == call.recalls;
        });
        if (!known && m_haveBoard)
            fresh.prepend(call);
    }
    const bool soundChanged = !m_haveBoard || board->muted != m_board.muted || board->volumePercent != m_board.volumePercent;
    m_board = *board;
    m_haveBoard = true;
    if (soundChanged)
        Q_EMIT soundConfigured(m_board.muted, m_board.volumePercent);
    highlight(fresh);
    Q_EMIT viewChanged();
    for (const BoardCall &call : std::as_const(fresh))
        Q_EMIT announced(call.number, call.counter, call.language);
}

void BoardController::highlight(const QList<BoardCall> &calls)
{
    for (const BoardCall &call : calls)
        m_highlighted.insert(call.number, QDeadlineTimer(m_freshFor));
    expireHighlights();
}

void BoardController::expireHighlights()
{
    const auto before = m_highlighted.size();
    qint64 next = -1;
    for (auto it = m_highlighted.begin(); it != m_highlighted.end();) {
        if (it->hasExpired()) {
            it = m_highlighted.erase(it);
            continue;
        }
        next = next < 0 ? it->remainingTime() : std::min(next, it->remainingTime());
        ++it;
    }
    if (next >= 0)
        m_fresh.start(std::chrono::milliseconds(next));
    if (m_highlighted.size() != before)
        Q_EMIT viewChanged();
}

QVariantList BoardController::calling() const
{
    QVariantList list;
    if (!connected())
        return list; // never numbers that may no longer be true
    for (const BoardCall &call : m_board.calling)
        list.append(QVariantMap{{QStringLiteral("number"), call.number},
                                {QStringLiteral("counter"), call.counter},
                                {QStringLiteral("state"), call.state},
                                {QStringLiteral("fresh"), m_highlighted.contains(call.number)}});
    return list;
}

QVariantList BoardController::recent() const
{
    QVariantList list;
    if (!connected())
        return list;
    for (const BoardCall &call : m_board.recent) {
        // Where a routed visit goes next: the service's letter and name, in the board's first language.
        const QString next = call.nextPrefix.isEmpty() ? QString() : call.nextPrefix + u' ' + call.nextName.text(m_languages.value(0));
        list.append(QVariantMap{
            {QStringLiteral("number"), call.number}, {QStringLiteral("counter"), call.counter}, {QStringLiteral("next"), next}});
    }
    return list;
}

QVariantList BoardController::services() const
{
    QVariantList list;
    for (const ServiceStatus &service : m_board.services) {
        const int level = congestionLevel(service.congestion);
        const QString first = m_languages.value(0);
        list.append(QVariantMap{{QStringLiteral("prefix"), service.prefix},
                                {QStringLiteral("name"), service.name.text(first)},
                                {QStringLiteral("otherName"), service.name.text(captionLanguage())},
                                {QStringLiteral("waiting"), m_catalogs.translate(first, kContext, kPeople).arg(service.waiting)},
                                {QStringLiteral("level"), level},
                                {QStringLiteral("levelText"), m_catalogs.translate(first, kContext, kLevels[level])}});
    }
    return list;
}

QString BoardController::captionLanguage() const
{
    return m_languages.value(m_languages.size() > 1 ? m_captionIndex + 1 : 0);
}

BoardCaptions BoardController::captions() const
{
    return captionsIn(captionLanguage());
}

QVariantList BoardController::fixedCaptions() const
{
    QVariantList list;
    if (m_languages.isEmpty())
        return list;
    list.append(QVariant::fromValue(captionsIn(m_languages.constFirst())));
    if (m_languages.constFirst() != u"en" && m_languages.contains(u"en"))
        list.append(QVariant::fromValue(captionsIn(QStringLiteral("en"))));
    return list;
}

BoardCaptions BoardController::captionsIn(const QString &language) const
{
    const auto text = [&](const char *source) { return m_catalogs.translate(language, kContext, source); };
    return {text(kNowCalling), text(kCounter), text(kRecent), text(kWaiting), text(kOffline)};
}

bool BoardController::connected() const
{
    return !m_lost; // a read that fails leaves the numbers unsure even while events still flow
}

} // namespace Madoguchi
