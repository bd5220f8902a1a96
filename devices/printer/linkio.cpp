// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkio.h"

#include "common/translation.h"

#include <QDeadlineTimer>
#include <QIODevice>

namespace Madoguchi {

PrinterResult<Done> writeAll(QIODevice &device, const QByteArray &bytes, int timeoutMs)
{
    if (device.write(bytes) != bytes.size())
        return PrinterError{PrinterErrorCode::WriteFailed,
                            DevicesTr::tr("The job could not be sent to the printer (%1).").arg(device.errorString())};
    const QDeadlineTimer deadline(timeoutMs);
    while (device.bytesToWrite() > 0) {
        if (!device.waitForBytesWritten(int(deadline.remainingTime())) || deadline.hasExpired()) {
            if (device.bytesToWrite() == 0)
                break;
            return PrinterError{PrinterErrorCode::WriteFailed,
                                DevicesTr::tr("The printer stopped taking data (%1).").arg(device.errorString())};
        }
    }
    return Done{};
}

PrinterResult<QByteArray> readExactly(QIODevice &device, int count, int timeoutMs)
{
    QByteArray data;
    const QDeadlineTimer deadline(timeoutMs);
    while (data.size() < count) {
        if (device.bytesAvailable() == 0 && (!device.waitForReadyRead(int(deadline.remainingTime())) || deadline.hasExpired())
            && device.bytesAvailable() == 0)
            return PrinterError{PrinterErrorCode::NoAnswer, DevicesTr::tr("The printer did not answer the status request.")};
        data += device.read(count - data.size());
    }
    return data;
}

void discardAvailable(QIODevice &device)
{
    device.waitForReadyRead(0);
    device.readAll();
}

} // namespace Madoguchi
