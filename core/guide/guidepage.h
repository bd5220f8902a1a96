// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/officeconfig.h"
#include "guidecatalogue.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Madoguchi {

class LanguageCatalogs;

/// The life-event guide as the resident's web guide shows it (docs/guide.md): the events, their
/// questions and rules (conditions as trees, GuideCondition::toJson()), the procedures with their
/// documents, fees, online alternatives and the office's counters, in every language of the page.
/// The page's script plans as planGuide() does; `office` names the services and their counters.
[[nodiscard]] QJsonObject guidePageData(const GuideCatalogue &guide, const OfficeConfig &office, const LanguageCatalogs &catalogs,
                                        const QStringList &languages);

/// The same catalogue as plain HTML in `language`, for reading without JavaScript: each life event
/// with every procedure it can call for, when (the answers in words), where, what to bring and what
/// it costs.
[[nodiscard]] QString guideReadingHtml(const GuideCatalogue &guide, const OfficeConfig &office, const LanguageCatalogs &catalogs,
                                       const QString &language);

/// The guide's sentences, by the key the page's script looks them up with, in `language`.
[[nodiscard]] QJsonObject guidePageTexts(const LanguageCatalogs &catalogs, const QString &language);

} // namespace Madoguchi
