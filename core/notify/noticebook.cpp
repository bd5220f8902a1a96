// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "noticebook.h"

#include "ports/noticestore.h"

#include "common/languagecatalogs.h"
#include "common/logging.h"
#include "common/translation.h"
#include "estimate/queueposition.h"

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

// What a notice says, in the visitor's language: resources/i18n, context Madoguchi::NoticeText.
constexpr const char *kContext = "Madoguchi::NoticeText";
const char *const kNearSubject = QT_TRANSLATE_NOOP("Madoguchi::NoticeText", "Your turn is near: %1");
const char *const kNearText =
    QT_TRANSLATE_NOOP("Madoguchi::NoticeText", "Number %1: people ahead of you: %2. Please come back to the waiting area.");
const char *const kCalledSubject = QT_TRANSLATE_NOOP("Madoguchi::NoticeText", "Your number %1 is called");
const char *const kCalledText = QT_TRANSLATE_NOOP("Madoguchi::NoticeText", "Number %1 is called. Please go to %2.");
const char *const kStatusLine = QT_TRANSLATE_NOOP("Madoguchi::NoticeText", "Your ticket: %1");
const char *const kFooter = QT_TRANSLATE_NOOP("Madoguchi::NoticeText", "This is an automatic message from %1. Please do not reply to it.");

constexpr qsizetype kMaxWebhookAddressLength = 128;

bool isWebhookAddress(const QString &address)
{
    if (address.isEmpty() || address.size() > kMaxWebhookAddressLength)
        return false;
    return std::none_of(address.cbegin(), address.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

NoticeBook::NoticeBook(const OfficeConfig &office, std::unique_ptr<NoticeStore> store, SecretBox box, const LanguageCatalogs &catalogs)
    : m_office(office)
    , m_store(std::move(store))
    , m_box(std::move(box))
    , m_catalogs(catalogs)
{
}

NoticeBook::~NoticeBook() = default;

StoreResult<Done> NoticeBook::load()
{
    auto subscriptions = m_store->subscriptions();
    if (!subscriptions)
        return subscriptions.error();
    auto recorded = m_store->recorded();
    if (!recorded)
        return recorded.error();
    for (const Subscription &subscription : *subscriptions)
        m_subscriptions.emplace(subscription.visit, subscription);
    m_triggered.insert(recorded->cbegin(), recorded->cend());
    return Done{};
}

QList<NoticeChannel> NoticeBook::channels() const
{
    QList<NoticeChannel> result;
    if (m_office.server.notify.smtp.enabled())
        result.append(NoticeChannel::Email);
    if (m_office.server.notify.webhook.enabled())
        result.append(NoticeChannel::Webhook);
    return result;
}

NoticeResult<bool> NoticeBook::subscribe(const QueueState &state, VisitId visitId, NoticeChannel channel, const QString &address,
                                         const QString &statusUrl, const QDateTime &now)
{
    if (!channels().contains(channel))
        return NoticeError{NoticeErrorCode::NotOffered,
                           NoticeTr::tr("This office does not send notices by %1.").arg(noticeChannelName(channel))};
    const QString trimmed = address.trimmed();
    if (channel == NoticeChannel::Email ? !isMailAddress(trimmed) : !isWebhookAddress(trimmed))
        return NoticeError{NoticeErrorCode::InvalidAddress,
                           channel == NoticeChannel::Email
                               ? NoticeTr::tr("This is not an e-mail address notices can be sent to.")
                               : NoticeTr::tr("The address must be 1 to %1 characters.").arg(kMaxWebhookAddressLength)};
    const Visit *visit = state.visit(visitId);
    if (!visit || !visit->isOpen())
        return NoticeError{NoticeErrorCode::Closed, NoticeTr::tr("This ticket is finished; there is nothing left to notify.")};
    const QByteArray plain = trimmed.toUtf8();
    const QString digest = m_box.digest(noticeChannelName(channel).toLatin1() + ':' + plain.toLower());
    auto subscribed = m_store->subscribe(visitId, channel, m_box.seal(plain), digest, statusUrl, now, kMaxPerVisit);
    if (!subscribed)
        return NoticeError{NoticeErrorCode::StorageFailure, subscribed.error().message};
    if (!*subscribed)
        return NoticeError{NoticeErrorCode::TooMany, NoticeTr::tr("A ticket can have at most %1 addresses for notices.").arg(kMaxPerVisit)};
    const NoticeStore::Subscribed &result = **subscribed;
    if (result.added) {
        m_subscriptions.emplace(visitId, result.subscription);
        qCInfo(lcNotify).noquote() << "visit" << visitId << "subscribed by" << noticeChannelName(channel);
        evaluate(state, result.subscription);
    }
    return result.added;
}

void NoticeBook::observe(const QueueState &state)
{
    for (auto it = m_subscriptions.begin(); it != m_subscriptions.end();) {
        const VisitId visitId = it->first;
        const Visit *visit = state.visit(visitId);
        if (visit && visit->isOpen()) {
            evaluate(state, it->second);
            ++it;
            continue;
        }
        if (auto forgotten = m_store->forgetVisit(visitId); !forgotten) {
            qCWarning(lcNotify).noquote() << "could not delete the subscriptions of visit" << visitId << forgotten.error().message;
            ++it;
            continue;
        }
        const auto range = m_subscriptions.equal_range(visitId);
        for (auto gone = range.first; gone != range.second; ++gone)
            std::erase_if(m_triggered, [&](const Trigger &t) { return std::get<0>(t) == gone->second.id; });
        it = m_subscriptions.erase(range.first, range.second);
        qCInfo(lcNotify).noquote() << "visit" << visitId << "closed; its subscriptions were deleted";
    }
}

void NoticeBook::evaluate(const QueueState &state, const Subscription &subscription)
{
    const Visit *visit = state.visit(subscription.visit);
    const Step *step = visit ? visit->currentStep() : nullptr;
    if (!step)
        return;
    if (step->state == StepState::Called) {
        trigger(subscription, *visit, *step, NoticeKind::Called, 0);
        m_triggered.insert({subscription.id, step->id, NoticeKind::Near});
    } else if (step->state == StepState::Waiting) {
        const int ahead = peopleAhead(state, step->service, step);
        if (ahead <= m_office.server.notify.ahead)
            trigger(subscription, *visit, *step, NoticeKind::Near, ahead);
    }
}

void NoticeBook::trigger(const Subscription &subscription, const Visit &visit, const Step &step, NoticeKind kind, int ahead)
{
    if (!m_triggered.insert({subscription.id, step.id, kind}).second)
        return;
    qCInfo(lcNotify).noquote() << "visit" << visit.id << noticeKindName(kind) << "notice due on" << noticeChannelName(subscription.channel);
    Q_EMIT noticeDue(NoticeRequest{subscription.id, step.id, kind, payload(subscription, visit, step, kind, ahead)});
}

QJsonObject NoticeBook::payload(const Subscription &subscription, const Visit &visit, const Step &step, NoticeKind kind, int ahead) const
{
    const QString &language = visit.language;
    const auto t = [&](const char *source) { return m_catalogs.translate(language, kContext, source); };
    const QString office = m_office.name.text(language);
    QJsonObject object{
        {u"office"_s, m_office.id},  {u"officeName"_s, office}, {u"kind"_s, noticeKindName(kind)},
        {u"number"_s, visit.number}, {u"language"_s, language}, {u"statusUrl"_s, subscription.statusUrl},
    };
    QString text;
    if (kind == NoticeKind::Near) {
        object.insert(u"ahead"_s, ahead);
        object.insert(u"subject"_s, t(kNearSubject).arg(visit.number));
        text = t(kNearText).arg(visit.number).arg(ahead);
    } else {
        const CounterConfig *counter = m_office.counter(step.counter);
        const QString counterName = counter ? counter->name.text(language) : QString::number(step.counter);
        object.insert(u"counter"_s, step.counter);
        object.insert(u"counterName"_s, counterName);
        object.insert(u"subject"_s, t(kCalledSubject).arg(visit.number));
        text = t(kCalledText).arg(visit.number, counterName);
    }
    object.insert(u"text"_s, text);
    object.insert(u"body"_s,
                  QString(text + u"\n\n"_s + t(kStatusLine).arg(subscription.statusUrl) + u"\n\n-- \n"_s + t(kFooter).arg(office)));
    return object;
}

} // namespace Madoguchi
