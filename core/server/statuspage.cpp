// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuspage.h"

#include "acceptlanguage.h"

#include "common/enumnames.h"
#include "common/languagecatalogs.h"
#include "common/textresource.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

// The page's sentences, translated in resources/i18n under the context Madoguchi::StatusPage.
constexpr const char *kContext = "Madoguchi::StatusPage";
const char *const kTitle = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "Your ticket");
const char *const kYourNumber = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "Your number");
const char *const kWaiting = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "Please wait until your number is called.");
const char *const kCalled = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "Your number is called. Please come now.");
const char *const kServing = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "You are being served.");
const char *const kParked = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "Please wait near the counters; staff will call you again.");
const char *const kDone = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "All your procedures are finished. Thank you.");
const char *const kCancelled = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "This ticket was cancelled.");
const char *const kNoShow = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "You were called but not present. Please take a new ticket.");
const char *const kGoTo = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "Go to: %1");
const char *const kAhead = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "People ahead of you: %1");
const char *const kEstimate = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "Estimated wait: %1–%2 minutes (for reference only)");
const char *const kNoEstimate = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "No wait estimate is available now.");
const char *const kProcedures = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "Your procedures");
//: Where a waiting visitor will be called: %1 is the service, %2 its counters ("Counter 5, Counter 6")
const char *const kNext = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "You will be called at: %1 (%2)");
//: Where a waiting visitor will be called, when the service has more counters than fit on a line
const char *const kNextService = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "You will be called at: %1");
// More counters than this: the service's name alone.
constexpr int kCountersNamed = 3;
const char *const kLive = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "This page updates by itself.");
const char *const kReconnecting = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "Connection lost; trying again…");
const char *const kNoScript = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "This page reloads every 30 seconds.");
const char *const kUnknownTitle = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "Ticket not found");
const char *const kUnknownText =
    QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "No ticket has this link. It may belong to an earlier day. Please ask at the reception.");
const char *const kNotifyTitle = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "Get a message when your turn is near");
const char *const kNotifyText = QT_TRANSLATE_NOOP(
    "Madoguchi::StatusPage",
    "We send one message when few people are ahead of you and one when you are called. You can leave the waiting room meanwhile.");
const char *const kEmailLabel = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "E-mail address");
const char *const kWebhookLabel = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "Mobile phone number");
const char *const kNotifyButton = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "Send me a message");
const char *const kSubscribed = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "Done. We will send you a message when your turn is near.");
const char *const kInvalid = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "We cannot send to this address. Please check it and try again.");
const char *const kTooMany = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "This ticket cannot take more addresses.");
const char *const kFailed =
    QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "Sorry, this did not work. Please try again or ask at the reception.");

/// The sentence that tells the visitor how the last request for notices went.
const char *feedbackSentence(NoticeFeedback feedback)
{
    switch (feedback) {
    case NoticeFeedback::None: break;
    case NoticeFeedback::Subscribed: return kSubscribed;
    case NoticeFeedback::Invalid: return kInvalid;
    case NoticeFeedback::TooMany: return kTooMany;
    case NoticeFeedback::Failed: return kFailed;
    }
    return nullptr;
}

constexpr EnumName<NoticeFeedback> kFeedbackNames[] = {{NoticeFeedback::Subscribed, u"ok"},
                                                       {NoticeFeedback::Invalid, u"invalid"},
                                                       {NoticeFeedback::TooMany, u"too-many"},
                                                       {NoticeFeedback::Failed, u"failed"}};

QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QStringList inlineHashes(const QString &page, const QString &tag)
{
    QStringList hashes;
    const QString open = u"<"_s + tag + u">"_s;
    const QString close = u"</"_s + tag + u">"_s;
    for (qsizetype start = page.indexOf(open); start >= 0; start = page.indexOf(open, start)) {
        start += open.size();
        const qsizetype end = page.indexOf(close, start);
        if (end < 0)
            break;
        const QByteArray digest = QCryptographicHash::hash(page.sliced(start, end - start).toUtf8(), QCryptographicHash::Sha256);
        hashes.append(u"'sha256-%1'"_s.arg(QString::fromLatin1(digest.toBase64())));
        start = end;
    }
    return hashes;
}

QString noticeFeedbackName(NoticeFeedback feedback)
{
    return nameOf(kFeedbackNames, feedback);
}

NoticeFeedback noticeFeedbackFromName(QStringView name)
{
    return valueOf(kFeedbackNames, name).value_or(NoticeFeedback::None);
}

StatusPage::StatusPage(const OfficeConfig &office, const LanguageCatalogs &catalogs, QList<NoticeChannel> channels)
    : m_office(office)
    , m_catalogs(catalogs)
    , m_channels(std::move(channels))
    , m_statusTemplate(readTextResource(u":/web/status.html"_s))
    , m_unknownTemplate(readTextResource(u":/web/unknown.html"_s))
{
    const QStringList styles = inlineHashes(m_statusTemplate, u"style"_s) + inlineHashes(m_unknownTemplate, u"style"_s);
    const QStringList scripts = inlineHashes(m_statusTemplate, u"script"_s);
    m_policy = u"default-src 'none'; style-src %1; script-src %2; connect-src 'self'; img-src data:; "
               "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"_s.arg(styles.join(u' '), scripts.join(u' '))
                   .toLatin1();
}

QString StatusPage::tr(const QString &language, const char *source) const
{
    return m_catalogs.translate(language, kContext, source);
}

QString StatusPage::noticeForms(const QString &language, const QString &token) const
{
    QString forms;
    for (const NoticeChannel channel : m_channels) {
        const bool email = channel == NoticeChannel::Email;
        const QString name = noticeChannelName(channel);
        const QString label = email ? tr(language, kEmailLabel) : m_office.server.notify.webhook.label.text(language);
        forms += u"<form method=\"post\" action=\"/s/%1\"><input type=\"hidden\" name=\"channel\" value=\"%2\">"
                 "<label for=\"address-%2\">%3</label>"
                 "<input id=\"address-%2\" name=\"address\" type=\"%4\" autocomplete=\"%5\" required maxlength=\"%6\">"
                 "<button type=\"submit\">%7</button></form>"_s.arg(
                     escape(token), name, escape(label.isEmpty() ? tr(language, kWebhookLabel) : label), email ? u"email"_s : u"tel"_s,
                     email ? u"email"_s : u"tel"_s, email ? u"254"_s : u"128"_s, escape(tr(language, kNotifyButton)));
    }
    return forms;
}

QJsonObject StatusPage::phrases(const QString &language) const
{
    const auto t = [&](const char *source) { return tr(language, source); };
    return {
        {u"status"_s,
         QJsonObject{{u"waiting"_s, t(kWaiting)},
                     {u"called"_s, t(kCalled)},
                     {u"serving"_s, t(kServing)},
                     {u"parked"_s, t(kParked)},
                     {u"done"_s, t(kDone)},
                     {u"cancelled"_s, t(kCancelled)},
                     {u"no-show"_s, t(kNoShow)}}},
        {u"goTo"_s, t(kGoTo)},
        {u"next"_s, t(kNext)},
        {u"nextService"_s, t(kNextService)},
        {u"ahead"_s, t(kAhead)},
        {u"estimate"_s, t(kEstimate)},
        {u"noEstimate"_s, t(kNoEstimate)},
        {u"live"_s, t(kLive)},
        {u"reconnecting"_s, t(kReconnecting)},
    };
}

QString StatusPage::nextText(const QString &language, const QJsonObject &next) const
{
    QStringList counters;
    for (const QJsonValue &counter : next.value(u"counters"_s).toArray())
        counters.append(counter.toString());
    const QString name = next.value(u"name"_s).toString();
    return counters.isEmpty() || counters.size() > kCountersNamed ? tr(language, kNextService).arg(name)
                                                                  : tr(language, kNext).arg(name, counters.join(u", "_s));
}

QString StatusPage::fill(QString page, const std::map<QString, QString> &values) const
{
    for (const auto &[key, value] : values)
        page.replace(u"{{"_s + key + u"}}"_s, value);
    return page;
}

QString StatusPage::render(const QJsonObject &status, const QString &token, NoticeFeedback feedback) const
{
    const QString language = status.value(u"language"_s).toString();
    const auto t = [&](const char *source) { return tr(language, source); };
    const QJsonObject phrase = phrases(language);
    const QString state = status.value(u"status"_s).toString();
    const bool active = state == u"waiting"_s || state == u"parked"_s;
    const bool atCounter = state == u"called"_s || state == u"serving"_s;
    const QJsonObject estimate = status.value(u"estimate"_s).toObject();
    const QJsonObject next = status.value(u"next"_s).toObject();
    const QString hidden = u" hidden"_s;
    const char *const feedbackText = feedbackSentence(feedback);

    QString steps;
    for (const QJsonValue &value : status.value(u"steps"_s).toArray()) {
        const QJsonObject step = value.toObject();
        steps += (step.value(u"state"_s).toString() == u"done"_s ? u"<li class=\"done\">"_s : u"<li>"_s)
            + escape(step.value(u"name"_s).toString()) + u"</li>"_s;
    }
    // The page's data for its script, in a block that is not run (the script itself is fixed, so
    // that the Content-Security-Policy can name it by its hash).
    QString pageJson =
        QString::fromUtf8(QJsonDocument(QJsonObject{{u"token"_s, token}, {u"phrases"_s, phrase}, {u"countersNamed"_s, kCountersNamed}})
                              .toJson(QJsonDocument::Compact));
    pageJson.replace(u"</"_s, u"<\\/"_s);

    return fill(m_statusTemplate,
                {
                    {u"lang"_s, escape(language)},
                    {u"title"_s, escape(t(kTitle))},
                    {u"office"_s, escape(status.value(u"office"_s).toString())},
                    {u"yourNumber"_s, escape(t(kYourNumber))},
                    {u"number"_s, escape(status.value(u"number"_s).toString())},
                    {u"calledClass"_s, state == u"called"_s ? u" called"_s : QString()},
                    {u"statusText"_s, escape(phrase.value(u"status"_s).toObject().value(state).toString())},
                    {u"counterHidden"_s, atCounter ? QString() : hidden},
                    {u"counterText"_s, atCounter ? escape(t(kGoTo).arg(status.value(u"counterName"_s).toString())) : QString()},
                    {u"nextHidden"_s, active && !next.isEmpty() ? QString() : hidden},
                    {u"nextText"_s, escape(t(kNext).arg(next.value(u"name"_s).toString(), next.value(u"counters"_s).toString()))},
                    {u"aheadHidden"_s, active ? QString() : hidden},
                    {u"aheadText"_s, escape(t(kAhead).arg(status.value(u"ahead"_s).toInt()))},
                    {u"estimateHidden"_s, active ? QString() : hidden},
                    {u"estimateText"_s,
                     escape(estimate.value(u"known"_s).toBool()
                                ? t(kEstimate).arg(estimate.value(u"low"_s).toInt()).arg(estimate.value(u"high"_s).toInt())
                                : t(kNoEstimate))},
                    {u"proceduresLabel"_s, escape(t(kProcedures))},
                    {u"steps"_s, steps},
                    {u"liveText"_s, escape(t(kLive))},
                    {u"noscriptText"_s, escape(t(kNoScript))},
                    {u"notifyHidden"_s, active && !m_channels.isEmpty() ? QString() : hidden},
                    {u"notifyTitle"_s, escape(t(kNotifyTitle))},
                    {u"notifyText"_s, escape(t(kNotifyText))},
                    {u"feedbackHidden"_s, feedbackText ? QString() : hidden},
                    {u"feedbackClass"_s, feedback == NoticeFeedback::Subscribed ? QString() : u" problem"_s},
                    {u"feedbackText"_s, feedbackText ? escape(t(feedbackText)) : QString()},
                    {u"notifyForms"_s, noticeForms(language, token)},
                    {u"page"_s, pageJson},
                });
}

QString StatusPage::renderUnknown(const QString &acceptLanguage) const
{
    const QString language = bestLanguage(acceptLanguage, m_office.languages);
    return fill(m_unknownTemplate,
                {{u"lang"_s, escape(language)},
                 {u"title"_s, escape(tr(language, kUnknownTitle))},
                 {u"text"_s, escape(tr(language, kUnknownText))}});
}

} // namespace Madoguchi
