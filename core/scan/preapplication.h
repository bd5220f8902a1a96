// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "person/basicfouritems.h"
#include "scanerror.h"

#include <QByteArray>
#include <QStringList>

namespace Madoguchi {

/// A pre-application (事前申請): what a visitor filled in on a smartphone before coming, brought as
/// a QR code. Carries personal data: never log it.
///
/// The code is "MADOGUCHI:PA:<version>:" followed by base64url (no padding) of a UTF-8 JSON object.
/// Version 1 holds "procedures" (identifiers such as "moving-in"), "name" (required), "address",
/// "birthDate" ("YYYY-MM-DD") and "sex" (ISO 5218: "0", "1", "2" or "9"). Unknown members are
/// ignored so that a version can grow without breaking older kiosks.
struct PreApplication {
    int version = 1;
    QStringList procedures;
    BasicFourItems person; ///< birthDate as the card stores it (YYYYMMDD), so both sources agree
    bool operator==(const PreApplication &) const = default;
};

/// The prefix every pre-application code starts with.
inline constexpr QLatin1StringView kPreApplicationPrefix{"MADOGUCHI:PA:"};

/// The newest version this build reads and writes.
inline constexpr int kPreApplicationVersion = 1;

/// The QR text of a pre-application (version 1).
[[nodiscard]] QByteArray encodePreApplication(const PreApplication &application);

/// The pre-application in a code that starts with kPreApplicationPrefix, or why it cannot be read.
[[nodiscard]] ScanResult<PreApplication> decodePreApplication(QStringView text);

} // namespace Madoguchi
