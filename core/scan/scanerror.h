// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

namespace Madoguchi {

/// Why a scanned code was refused, as a kiosk must tell it apart.
enum class ScanErrorCode {
    Empty,              ///< nothing but the scanner's end-of-line arrived
    TooLong,            ///< more than kMaxScanBytes: not a code this system makes
    NotText,            ///< not UTF-8 text, or control characters inside
    Unknown,            ///< text, but none of the codes this office uses
    BadCheckDigit,      ///< the right shape, but the check digit does not match: misread or mistyped
    Malformed,          ///< a known kind of code whose contents are damaged or incomplete
    UnsupportedVersion, ///< a pre-application code from a newer version than this one reads
};
using ScanError = Error<ScanErrorCode>;
template<typename T>
using ScanResult = Result<T, ScanErrorCode>;

/// The most bytes a scan may carry (a version-40 QR code holds 2,953 bytes at level L).
inline constexpr qsizetype kMaxScanBytes = 3000;

} // namespace Madoguchi
