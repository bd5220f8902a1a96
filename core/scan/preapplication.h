// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scanerror.h"

#include "profile/profile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace Madoguchi {

/// A pre-application (事前申請): what a visitor filled in on a smartphone before coming, brought as
/// a QR code. Carries personal data: never log it.
///
/// Version 2, written by this build and by the pre-application page: "MADOGUCHI:PA:2:", then
/// base64url (no padding) of a UTF-8 JSON object {"procedures": [ids], "profile": {a profile file,
/// docs/forms.md}}, then "." and the CRC-32 of everything before it as 8 hexadecimal digits, so
/// that a code misread or cut off is told apart from one that is not ours. ASCII only, for
/// keyboard-wedge scanners.
/// Version 1 (read only): base64url of {"procedures", "name", "address", "birthDate" ("YYYY-MM-DD"),
/// "sex" (ISO 5218)}, without a check; its name is split into family and given name at the first space.
struct PreApplication {
    int version = 2;
    QStringList procedures; ///< identifiers such as "moving-in"
    QJsonObject profile;    ///< a profile file, every value checked against its field and kept as the field keeps it

    /// The same procedures and values, whatever version carried them.
    bool operator==(const PreApplication &other) const { return procedures == other.procedures && profile == other.profile; }

    /// The values as a visit's profile, each from the pre-application, given at `at`.
    [[nodiscard]] Profile toProfile(const QDateTime &at) const;
};

/// The prefix every pre-application code starts with.
inline constexpr QLatin1StringView kPreApplicationPrefix{"MADOGUCHI:PA:"};

/// The newest version this build reads and writes.
inline constexpr int kPreApplicationVersion = 2;

/// The QR text of a pre-application (the newest version).
[[nodiscard]] QByteArray encodePreApplication(const PreApplication &application);

/// The pre-application in a code that starts with kPreApplicationPrefix, or why it cannot be read:
/// from a newer version, misread or cut off (its check fails), or damaged inside (the message names
/// the field, never its value).
[[nodiscard]] ScanResult<PreApplication> decodePreApplication(QStringView text);

/// The CRC-32 (IEEE 802.3) of bytes, as the pre-application's check uses it.
[[nodiscard]] quint32 crc32(QByteArrayView bytes);

} // namespace Madoguchi
