// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Madoguchi {

/// The text in CP932 (Windows-31J), which is what Japanese thermal printers call Shift_JIS;
/// nothing when any character has no code there (Vietnamese, Korean, rare name characters).
/// A few characters CP932 lacks are printed as their CP932 twins (〜 as ～, – as -).
[[nodiscard]] std::optional<QByteArray> toCp932(const QString &text);

/// CP932 bytes back to text (used by the ESC/POS renderer).
[[nodiscard]] QString fromCp932(const QByteArray &bytes);

/// The text broken into lines of at most maxCells printer cells, where a half-width character takes one
/// cell and a full-width character two (exactly its CP932 byte count). Breaks at spaces where it can,
/// anywhere in CJK text, and never starts a line with closing punctuation. Only for encodable text.
[[nodiscard]] QStringList wrapToCells(const QString &text, int maxCells);

} // namespace Madoguchi
