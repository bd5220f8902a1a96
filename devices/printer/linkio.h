// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/printerstatus.h"

#include <QByteArray>

class QIODevice;

namespace Madoguchi {

// Blocking I/O on a Qt device (socket, serial port) without an event loop, shared by the links.

/// Writes all bytes, waiting for each chunk to leave within timeoutMs.
[[nodiscard]] PrinterResult<Done> writeAll(QIODevice &device, const QByteArray &bytes, int timeoutMs);
/// Reads exactly count bytes within timeoutMs in all.
[[nodiscard]] PrinterResult<QByteArray> readExactly(QIODevice &device, int count, int timeoutMs);
/// Drops what has arrived so far.
void discardAvailable(QIODevice &device);

} // namespace Madoguchi
