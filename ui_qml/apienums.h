// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apivocabulary.h"

#include <QtQml/qqmlregistration.h>

/// API v1's names as enums in QML (`Api.CallNext`, `Api.CounterBusy`): the same values the client
/// sends and the server answers with, defined once in core/api/apivocabulary.h.
namespace Madoguchi::ApiForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(Madoguchi::Api)
QML_NAMED_ELEMENT(Api)
} // namespace Madoguchi::ApiForeign
