// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scannerfactory.h"

#include "camerascanner.h"
#include "common/translation.h"
#include "evdevscanner.h"
#include "keyboardwedgefilter.h"
#include "serialscanner.h"
#include "simdevices/simscanner.h"

#include <QCameraDevice>
#include <QMediaDevices>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

ScannerError bad(const QString &uri, const QString &why)
{
    return {ScannerErrorCode::BadAddress, DevicesTr::tr("The scanner address %1 is not usable: %2").arg(uri, why)};
}

std::optional<int> numberOption(const QUrlQuery &query, const QString &name, int fallback, int low, int high)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const int value = query.queryItemValue(name).toInt(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
}

ScannerResult<std::unique_ptr<CodeScanner>> makeCameraScanner(const QString &uri, const QUrlQuery &query)
{
    const QString wanted = query.queryItemValue(u"device"_s);
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    for (const QCameraDevice &camera : cameras) {
        const bool match =
            wanted.isEmpty() ? camera.isDefault() : (QString::fromUtf8(camera.id()) == wanted || camera.description() == wanted);
        if (match)
            return std::unique_ptr<CodeScanner>(std::make_unique<CameraScanner>(camera));
    }
    return ScannerError{ScannerErrorCode::NoCamera,
                        wanted.isEmpty() ? DevicesTr::tr("No camera is connected (%1).").arg(uri)
                                         : DevicesTr::tr("No camera called %1 is connected.").arg(wanted)};
}

} // namespace

ScannerResult<std::unique_ptr<CodeScanner>> makeScanner(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return bad(uri, DevicesTr::tr("not a URI."));
    const QUrlQuery query(url);
    const QString scheme = url.scheme();

    if (scheme == u"serial"_s) {
        const auto baud = numberOption(query, u"baud"_s, 9600, 1200, 921600);
        if (url.path().isEmpty() || !baud)
            return bad(uri, DevicesTr::tr("give the port and a baud rate, e.g. serial:///dev/ttyACM0?baud=9600."));
        return std::unique_ptr<CodeScanner>(std::make_unique<SerialScanner>(url.path(), *baud));
    }
    if (scheme == u"evdev"_s) {
        const QString layout = query.queryItemValue(u"layout"_s);
        const auto grab = numberOption(query, u"grab"_s, 1, 0, 1);
        if (url.path().isEmpty() || !grab || !(layout.isEmpty() || layout == u"us"_s || layout == u"jp"_s))
            return bad(uri, DevicesTr::tr("give the event device, layout=us or jp and grab=1 or 0."));
        return std::unique_ptr<CodeScanner>(
            std::make_unique<EvdevScanner>(url.path(), layout == u"jp"_s ? KeyLayout::Jp : KeyLayout::Us, *grab == 1));
    }
    if (scheme == u"wedge"_s) {
        const auto gap = numberOption(query, u"gap"_s, 40, 5, 500);
        const auto minLength = numberOption(query, u"min"_s, 4, 1, 100);
        if (!gap || !minLength)
            return bad(uri, DevicesTr::tr("gap is 5 to 500 milliseconds, min 1 to 100 characters."));
        return std::unique_ptr<CodeScanner>(std::make_unique<KeyboardWedgeFilter>(std::chrono::milliseconds(*gap), *minLength));
    }
    if (scheme == u"camera"_s)
        return makeCameraScanner(uri, query);
    if (scheme == u"sim"_s) {
        QList<QByteArray> payloads;
        for (const QString &code : query.allQueryItemValues(u"code"_s, QUrl::FullyDecoded))
            payloads.append(code.toUtf8());
        return std::unique_ptr<CodeScanner>(std::make_unique<SimScanner>(payloads.isEmpty() ? sampleScanPayloads() : payloads, true));
    }
    return bad(uri, DevicesTr::tr("unknown kind \"%1\" (serial, evdev, wedge, camera, sim).").arg(scheme));
}

QList<CameraInfo> listCameras()
{
    QList<CameraInfo> cameras;
    for (const QCameraDevice &camera : QMediaDevices::videoInputs())
        cameras.append({QString::fromUtf8(camera.id()), camera.description(), camera.isDefault()});
    return cameras;
}

} // namespace Madoguchi
