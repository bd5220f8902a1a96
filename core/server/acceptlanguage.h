// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Madoguchi {

/// The offered language that best answers an Accept-Language header, taking its entries in order:
/// an exact tag first ("ja-x-easy"), else the same primary language ("pt" → "pt-BR"); the first
/// offered language when nothing matches.
[[nodiscard]] QString bestLanguage(const QString &acceptLanguage, const QStringList &offered);

} // namespace Madoguchi
