// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preapplication.h"
#include "scanerror.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Madoguchi {

/// What one scan carried, understood. Every scanner (serial, evdev, keyboard wedge, camera) hands its
/// raw bytes to parseScanPayload(); nothing else interprets them.
struct ScanPayload {
    enum class Kind {
        ReservationCode, ///< a reservation's check-in code, typed or from a booking URL ".../r/<code>"
        StatusToken,     ///< a ticket's status page URL ".../s/<token>": the visit it names
        PreApplication,  ///< a pre-application code (personal data inside)
        Ean13,           ///< an EAN-13 / JAN-13 bar code (13 digits, check digit verified)
        Ean8,            ///< an EAN-8 / JAN-8 bar code
    };
    Kind kind = Kind::ReservationCode;
    QString code;                                 ///< canonical reservation code, status token or EAN digits
    std::optional<PreApplication> preApplication; ///< only for Kind::PreApplication
};

/// The stable name of a kind ("reservation", "status", "pre-application", "ean-13", "ean-8").
[[nodiscard]] QString scanPayloadKindName(ScanPayload::Kind kind);

/// Understands one scan: the raw bytes as the scanner delivered them, with or without a trailing
/// CR/LF. Refuses empty, oversized, non-text, damaged and unknown payloads with a reason for a person.
[[nodiscard]] ScanResult<ScanPayload> parseScanPayload(const QByteArray &raw);

} // namespace Madoguchi
