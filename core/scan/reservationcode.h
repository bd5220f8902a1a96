// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace Madoguchi {

// A reservation's check-in code: eight characters of Crockford's base 32 (no I, L, O or U), the last a
// Luhn mod 32 check character, shown as two groups of four ("7K3M-Q2P7"). Typed codes forgive case,
// spaces, hyphens, and the look-alikes I/L (read as 1) and O (read as 0).

/// The code in its canonical form ("7K3M-Q2P7"), or nothing when the text is not eight base-32
/// characters. Does not check the check character.
[[nodiscard]] std::optional<QString> normalizedReservationCode(QStringView text);

/// True when the canonical code's last character is the check character of the other seven.
[[nodiscard]] bool reservationCodeCheckDigitValid(QStringView canonicalCode);

/// The check character for seven base-32 characters (canonical, without separator).
[[nodiscard]] QChar reservationCheckCharacter(QStringView sevenCharacters);

/// A canonical code from seven symbol values (each 0–31, e.g. random), with its check character.
[[nodiscard]] QString reservationCodeFromValues(const std::array<quint8, 7> &values);

} // namespace Madoguchi
