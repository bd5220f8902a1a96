// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ZXing/DecodeHints.h>

namespace Madoguchi {

/// What FrameDecoder asks ZXing to look for and how hard: QR codes and the bar codes a city hall meets
/// (EAN/JAN-13, EAN-8, Code 128), turned, small or large. Shared with the benchmark's bare baseline,
/// which must do the same work. Include only where ZXing is linked (it is private to the devices library).
[[nodiscard]] ZXing::DecodeHints frameDecodeHints();

} // namespace Madoguchi
