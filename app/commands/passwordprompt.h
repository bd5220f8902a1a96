// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>

namespace Madoguchi::Cli {

enum class PromptErrorCode { NoInput, Mismatch };

/// A new password: asked twice without echo when standard input is a terminal, otherwise the first
/// line of standard input. The caller wipes it after use.
[[nodiscard]] Result<QByteArray, PromptErrorCode> readNewPassword();

/// A secret typed once (a card PIN): asked without echo after the prompt when standard input is a
/// terminal, otherwise the first line of standard input. The caller wipes it after use.
[[nodiscard]] Result<QByteArray, PromptErrorCode> readSecret(const QString &prompt);

} // namespace Madoguchi::Cli
