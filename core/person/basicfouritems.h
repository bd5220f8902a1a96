// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Madoguchi {

/// 基本4情報: a person's name, address, birth date and sex, as the card-info input-support
/// application of a My Number card holds them (and a pre-application or a clerk gives them).
/// Personal data: never logged, held in memory only as long as the visit needs it.
struct BasicFourItems {
    QString name;
    QString address;
    QString birthDate; ///< as the card stores it (ASCII, YYYYMMDD on the cards seen so far)
    QString sex;       ///< ISO 5218 code: "1" male, "2" female, "9" not applicable
    bool operator==(const BasicFourItems &) const = default;
};

} // namespace Madoguchi
