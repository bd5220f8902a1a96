// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace Madoguchi {

/// A barcode/QR scanner: a serial (CDC-ACM) scanner, an evdev keyboard-wedge scanner, the
/// application-wide keyboard-wedge filter, a camera, or the simulated one. It delivers raw payloads;
/// parseScanPayload() (core/scan) understands them. Lives in the thread that created it.
class CodeScanner : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// Starts listening. A scanner that is missing or goes away is retried until stop(); each
    /// failure is told once through problem().
    virtual void start() = 0;

    /// Stops listening and releases the device.
    virtual void stop() = 0;

    /// True while the device is open and delivering.
    [[nodiscard]] virtual bool isConnected() const = 0;

    /// What and where the scanner is, for diagnostics ("serial scanner /dev/ttyACM0").
    [[nodiscard]] virtual QString description() const = 0;

Q_SIGNALS:
    /// One code was read: its bytes without the scanner's line ending.
    void scanned(const QByteArray &raw);

    /// The device appeared or went away.
    void connectedChanged(bool connected);

    /// Something a person should know (the device is missing, was unplugged, is held by another
    /// program), translated.
    void problem(const QString &message);
};

} // namespace Madoguchi
