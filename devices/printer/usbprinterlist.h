// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Madoguchi {

/// A USB device that looks like a receipt printer.
struct UsbPrinterInfo {
    QString address;     ///< usb://VVVV:PPPP (with ?interface=N for a vendor-class printer)
    QString description; ///< maker and product as the device names them, when it can be opened
};

/// USB devices with a printer-class interface, and Epson/Star devices in vendor-defined mode.
[[nodiscard]] QList<UsbPrinterInfo> listUsbPrinters();

} // namespace Madoguchi
