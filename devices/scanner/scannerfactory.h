// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "ports/codescanner.h"

#include <QList>
#include <QString>

#include <memory>

namespace Madoguchi {

enum class ScannerErrorCode {
    BadAddress, ///< the URI names no scanner this build knows
    NoCamera,   ///< camera:// but no such camera
};
using ScannerError = Error<ScannerErrorCode>;
template<typename T>
using ScannerResult = Result<T, ScannerErrorCode>;

/// A scanner from its URI (see docs/devices.md):
///   serial:///dev/serial/by-id/usb-…-if00?baud=9600
///   evdev:///dev/input/by-id/usb-…-event-kbd?layout=us|jp&grab=1|0
///   wedge://?gap=40&min=4            keystrokes to this application (GUI programs only)
///   camera://  or  camera://?device=<id or name>
///   sim://  or  sim://?code=<payload>&code=…   (the samples, or the given payloads, once started)
[[nodiscard]] ScannerResult<std::unique_ptr<CodeScanner>> makeScanner(const QString &uri);

/// A camera that camera://?device= can name.
struct CameraInfo {
    QString id;
    QString description;
    bool isDefault = false;
};

/// The cameras Qt Multimedia sees.
[[nodiscard]] QList<CameraInfo> listCameras();

} // namespace Madoguchi
