// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/formdefinition.h"

#include <QByteArray>
#include <QStringList>

namespace Madoguchi {

class LanguageCatalogs;

/// The pre-application page (docs/forms.md): one self-contained HTML file — no server, no network,
/// nothing external — where a resident chooses procedures (the forms, by their ids), fills the
/// visitor's shared fields once in any of the languages, and gets the pre-application QR code
/// (MADOGUCHI:PA:2, the kiosk's own format) on the phone. Its texts come from the same catalogues as
/// the kiosk's: the field catalogue's labels and choices, the forms' titles, and the page's own
/// sentences (context Madoguchi::PreApplicationPage). The fields are those of the catalogue that a
/// form prints for the visitor (person 0), in catalogue order.
[[nodiscard]] QByteArray preApplicationPage(const LanguageCatalogs &catalogs, const QStringList &languages,
                                            const QList<FormDefinition> &forms);

} // namespace Madoguchi
