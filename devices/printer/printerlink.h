// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/printerstatus.h"

#include <QByteArray>
#include <QString>

namespace Madoguchi {

/// A two-way byte pipe to a printer: USB, TCP 9100, serial or a device file. Used from one thread
/// at a time; the link opens lazily and reopens after the printer was unplugged or restarted.
class PrinterLink
{
public:
    virtual ~PrinterLink() = default;

    /// Connects, or does nothing when connected.
    [[nodiscard]] virtual PrinterResult<Done> open() = 0;
    /// Sends all of the bytes.
    [[nodiscard]] virtual PrinterResult<Done> write(const QByteArray &bytes) = 0;
    /// Reads exactly count bytes, waiting at most timeoutMs in all.
    [[nodiscard]] virtual PrinterResult<QByteArray> read(int count, int timeoutMs) = 0;
    /// Drops bytes that arrived unasked (automatic status, late replies).
    virtual void discardInput() = 0;
    /// False when the printer cannot answer over this link (a plain file, a one-way port).
    [[nodiscard]] virtual bool answers() const = 0;
    /// Disconnects; the next open() connects again.
    virtual void close() = 0;
};

} // namespace Madoguchi
