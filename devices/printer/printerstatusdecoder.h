// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/printerstatus.h"

#include <QByteArray>

#include <optional>

namespace Madoguchi {

// Status replies of ESC/POS and Star printers, as pure functions so they can be tested as tables.
// Bit meanings: Epson's DLE EOT; Star's automatic status (ASB) as receiptio reads it. ESC/POS
// printers are asked with DLE EOT rather than ASB, which arrives unasked and would mix with replies.

/// DLE EOT n: real-time status request (1 printer, 2 offline cause, 3 error cause, 4 roll paper).
[[nodiscard]] QByteArray escPosStatusRequest(int n);
/// True for a DLE EOT reply byte ((b & 0x93) == 0x12).
[[nodiscard]] bool isEscPosStatusByte(uchar byte);
/// The status from the replies to DLE EOT 1, 2 and 4; nothing when one is not a status byte.
[[nodiscard]] std::optional<PrinterStatus> decodeEscPosStatus(uchar printer, uchar offlineCause, uchar paper);

/// ESC ACK SOH: asks a Star printer for its automatic status.
[[nodiscard]] QByteArray starStatusRequest();
/// The length of a Star ASB from its first two bytes; nothing when the first byte is not a header.
[[nodiscard]] std::optional<int> starAsbLength(uchar header, uchar second);
/// The status from a complete Star ASB; nothing when it is not one.
[[nodiscard]] std::optional<PrinterStatus> decodeStarAsb(const QByteArray &reply);

} // namespace Madoguchi
