#include "statuspage.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTranslator>

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
const char *const kLive = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "This page updates by itself.");
const char *const kReconnecting = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "Connection lost; trying again…");
const char *const kNoScript = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "This page reloads every 30 seconds.");
const char *const kUnknownTitle = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "Ticket not found");
const char *const kUnknownText = QT_TRANSLATE_NOOP("Madoguchi::StatusPage", "No ticket has this link. It may belong to an earlier day. Please ask at the reception.");

QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString qmName(const QString &language)
{
    return u"madoguchi_"_s + QString(language).replace(u'-', u'_');
}

} // namespace

StatusPage::StatusPage(const OfficeConfig &office)
    : m_office(office)
    , m_statusTemplate(readResource(u":/web/status.html"_s))
    , m_unknownTemplate(readResource(u":/web/unknown.html"_s))
{
    for (const QString &language : office.languages) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(qmName(language), u":/i18n"_s))
            m_translators.emplace(language, std::move(translator));
    }
}

StatusPage::~StatusPage() = default;

QString StatusPage::tr(const QString &language, const char *source) const
{
    const auto translator = m_translators.find(language);
    const QString translated = translator == m_translators.end() ? QString() : translator->second->translate(kContext, source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QJsonObject StatusPage::phrases(const QString &language) const
{
    const auto t = [&](const char *source) { return tr(language, source); };
    return {
        {u"status"_s, QJsonObject{{u"waiting"_s, t(kWaiting)}, {u"called"_s, t(kCalled)}, {u"serving"_s, t(kServing)},
                                  {u"parked"_s, t(kParked)},   {u"done"_s, t(kDone)},     {u"cancelled"_s, t(kCancelled)},
                                  {u"no-show"_s, t(kNoShow)}}},
        {u"goTo"_s, t(kGoTo)},           {u"ahead"_s, t(kAhead)},       {u"estimate"_s, t(kEstimate)},
        {u"noEstimate"_s, t(kNoEstimate)}, {u"live"_s, t(kLive)},       {u"reconnecting"_s, t(kReconnecting)},
    };
}

QString StatusPage::fill(QString page, const std::map<QString, QString> &values) const
{
    for (const auto &[key, value] : values)
        page.replace(u"{{"_s + key + u"}}"_s, value);
    return page;
}

QString StatusPage::render(const QJsonObject &status, const QString &token) const
{
    const QString language = status.value(u"language"_s).toString();
    const auto t = [&](const char *source) { return tr(language, source); };
    const QJsonObject phrase = phrases(language);
    const QString state = status.value(u"status"_s).toString();
    const bool active = state == u"waiting"_s || state == u"parked"_s;
    const bool atCounter = state == u"called"_s || state == u"serving"_s;
    const QJsonObject estimate = status.value(u"estimate"_s).toObject();
    const QString hidden = u" hidden"_s;

    QString steps;
    for (const QJsonValue &value : status.value(u"steps"_s).toArray()) {
        const QJsonObject step = value.toObject();
        steps += (step.value(u"state"_s).toString() == u"done"_s ? u"<li class=\"done\">"_s : u"<li>"_s)
               + escape(step.value(u"name"_s).toString()) + u"</li>"_s;
    }
    QString phrasesJson = QString::fromUtf8(QJsonDocument(phrase).toJson(QJsonDocument::Compact));
    phrasesJson.replace(u"</"_s, u"<\\/"_s);

    return fill(m_statusTemplate, {
        {u"lang"_s, escape(language)},
        {u"title"_s, escape(t(kTitle))},
        {u"office"_s, escape(status.value(u"office"_s).toString())},
        {u"yourNumber"_s, escape(t(kYourNumber))},
        {u"number"_s, escape(status.value(u"number"_s).toString())},
        {u"calledClass"_s, state == u"called"_s ? u" called"_s : QString()},
        {u"statusText"_s, escape(phrase.value(u"status"_s).toObject().value(state).toString())},
        {u"counterHidden"_s, atCounter ? QString() : hidden},
        {u"counterText"_s, atCounter ? escape(t(kGoTo).arg(status.value(u"counterName"_s).toString())) : QString()},
        {u"aheadHidden"_s, active ? QString() : hidden},
        {u"aheadText"_s, escape(t(kAhead).arg(status.value(u"ahead"_s).toInt()))},
        {u"estimateHidden"_s, active ? QString() : hidden},
        {u"estimateText"_s, escape(estimate.value(u"known"_s).toBool()
                                       ? t(kEstimate).arg(estimate.value(u"low"_s).toInt()).arg(estimate.value(u"high"_s).toInt())
                                       : t(kNoEstimate))},
        {u"proceduresLabel"_s, escape(t(kProcedures))},
        {u"steps"_s, steps},
        {u"liveText"_s, escape(t(kLive))},
        {u"noscriptText"_s, escape(t(kNoScript))},
        {u"token"_s, escape(token)},
        {u"phrases"_s, phrasesJson},
    });
}

QString StatusPage::renderUnknown(const QString &acceptLanguage) const
{
    QString language = m_office.languages.first();
    for (const QString &part : acceptLanguage.split(u',', Qt::SkipEmptyParts)) {
        const QString tag = part.section(u';', 0, 0).trimmed();
        const auto offered = std::find_if(m_office.languages.cbegin(), m_office.languages.cend(), [&](const QString &l) {
            return l.compare(tag, Qt::CaseInsensitive) == 0 || l.section(u'-', 0, 0).compare(tag.section(u'-', 0, 0), Qt::CaseInsensitive) == 0;
        });
        if (offered != m_office.languages.cend()) {
            language = *offered;
            break;
        }
    }
    return fill(m_unknownTemplate, {{u"lang"_s, escape(language)},
                                                         {u"title"_s, escape(tr(language, kUnknownTitle))},
                                                         {u"text"_s, escape(tr(language, kUnknownText))}});
}

} // namespace Madoguchi
