#pragma once

#include "config/officeconfig.h"

#include <QJsonObject>
#include <QString>

#include <map>
#include <memory>

class QTranslator;

namespace Madoguchi {

/// The visitor's status page (/s/{token}): mobile-first HTML with inline style and script and
/// nothing external, in the visitor's language. It updates itself over a WebSocket, falls back to
/// polling, and refreshes itself when JavaScript is off.
class StatusPage
{
public:
    explicit StatusPage(const OfficeConfig &office);
    ~StatusPage();

    /// The page for a visit's public status (ApiViews::publicStatus).
    [[nodiscard]] QString render(const QJsonObject &status, const QString &token) const;
    /// The page for a link that matches no ticket, in the best language of an Accept-Language header.
    [[nodiscard]] QString renderUnknown(const QString &acceptLanguage) const;

private:
    [[nodiscard]] QString tr(const QString &language, const char *source) const;
    [[nodiscard]] QJsonObject phrases(const QString &language) const;
    [[nodiscard]] QString fill(QString page, const std::map<QString, QString> &values) const;

    const OfficeConfig &m_office;
    QString m_statusTemplate;
    QString m_unknownTemplate;
    std::map<QString, std::unique_ptr<QTranslator>> m_translators;
};

} // namespace Madoguchi
