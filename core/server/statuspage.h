// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/officeconfig.h"
#include "notify/notice.h"

#include <QJsonObject>
#include <QString>

namespace Madoguchi {

class LanguageCatalogs;

/// What the page says about the visitor's last request for notices.
enum class NoticeFeedback : quint8 { None, Subscribed, Invalid, TooMany, Failed };
/// The name of a feedback in the page's query string (?notice=…), and back.
[[nodiscard]] QString noticeFeedbackName(NoticeFeedback feedback);
[[nodiscard]] NoticeFeedback noticeFeedbackFromName(QStringView name);

/// The CSP sources ('sha256-…') of the inline blocks <tag>…</tag> (without attributes) of a page.
[[nodiscard]] QStringList inlineHashes(const QString &page, const QString &tag);

/// The visitor's status page (/s/{token}): mobile-first HTML with inline style and script and
/// nothing external, in the visitor's language. It updates itself over a WebSocket, falls back to
/// polling, and refreshes itself when JavaScript is off. While the visitor waits, it offers the
/// office's notice channels as plain forms, which work without JavaScript too.
class StatusPage
{
public:
    StatusPage(const OfficeConfig &office, const LanguageCatalogs &catalogs, QList<NoticeChannel> channels);

    /// The page for a visit's public status (ApiViews::publicStatus).
    [[nodiscard]] QString render(const QJsonObject &status, const QString &token, NoticeFeedback feedback) const;
    /// The page for a link that matches no ticket, in the best language of an Accept-Language header.
    [[nodiscard]] QString renderUnknown(const QString &acceptLanguage) const;
    /// The Content-Security-Policy of both pages: nothing external, their fixed inline style and
    /// script allowed by hash (no 'unsafe-inline'), never framed.
    [[nodiscard]] const QByteArray &contentSecurityPolicy() const { return m_policy; }

private:
    [[nodiscard]] QString tr(const QString &language, const char *source) const;
    [[nodiscard]] QJsonObject phrases(const QString &language) const;
    [[nodiscard]] QString noticeForms(const QString &language, const QString &token) const;
    /// Where a waiting visitor will be called ("next" of the public status), in words.
    [[nodiscard]] QString nextText(const QString &language, const QJsonObject &next) const;
    [[nodiscard]] QString fill(QString page, const std::map<QString, QString> &values) const;

    const OfficeConfig &m_office;
    const LanguageCatalogs &m_catalogs;
    QList<NoticeChannel> m_channels;
    QString m_statusTemplate;
    QString m_unknownTemplate;
    QByteArray m_policy;
};

} // namespace Madoguchi
