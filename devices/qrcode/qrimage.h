// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>

namespace Madoguchi {

/// A QR code (model 2, error correction M) of the bytes, one dot per module × moduleDots, black on
/// white with a four-module quiet zone; a null image when the data does not fit a QR code.
[[nodiscard]] QImage qrImage(const QByteArray &data, int moduleDots);

} // namespace Madoguchi
