// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/officeconfig.h"
#include "forms/formdefinition.h"
#include "guide/guidecatalogue.h"

#include <QByteArray>
#include <QStringList>

namespace Madoguchi {

class LanguageCatalogs;

/// The pre-application page and resident's web guide (docs/forms.md, docs/guide.md): one
/// self-contained HTML file — no server, no network, nothing external — where a resident chooses a
/// life event and answers its questions (or picks procedures), sees what to do, in which order,
/// where, with what and for how much, fills the visitor's shared fields once in any of the languages,
/// and gets the pre-application QR code (MADOGUCHI:PA:2, the kiosk's own format) naming the guide's
/// procedures, on the phone. Without JavaScript the guide reads as lists (guideReadingHtml()). Its
/// texts come from the same catalogues as the kiosk's: the guide, the field catalogue's labels and
/// choices, and the page's own sentences. The fields are those of the catalogue that a form prints
/// for the visitor (person 0), in catalogue order; `office` names the counters.
[[nodiscard]] QByteArray preApplicationPage(const LanguageCatalogs &catalogs, const QStringList &languages,
                                            const QList<FormDefinition> &forms, const GuideCatalogue &guide, const OfficeConfig &office);

} // namespace Madoguchi
