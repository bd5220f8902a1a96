// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guidecatalogue.h"

#include "config/configloader.h"
#include "forms/formdefinition.h"

#include <QList>

namespace Madoguchi {

/// The catalogue's own consistency: ids unique; every question, procedure and dependency named
/// exists; each event's questions read by some rule and each rule reachable by some answers; every
/// procedure in some event; no cycle among dependencies, nor among the services of one event's
/// procedures (a visit takes each service once). Each problem with file:line.
[[nodiscard]] QList<ConfigDiagnostic> checkGuide(const GuideCatalogue &catalogue);

/// The catalogue against an office: the services its procedures name are the office's, the forms
/// they use exist.
[[nodiscard]] QList<ConfigDiagnostic> checkGuideForOffice(const GuideCatalogue &catalogue, const OfficeConfig &office,
                                                          const QList<FormDefinition> &forms);

} // namespace Madoguchi
