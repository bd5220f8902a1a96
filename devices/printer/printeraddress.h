// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/printerstatus.h"
#include "ticketencoder.h"

#include <QString>

#include <optional>

namespace Madoguchi {

/// Where a printer is and what it is, from a URI such as
///   usb://04b8:0e28            tcp://192.168.10.20:9100?model=star      serial:///dev/ttyUSB0?baud=38400
///   file:///dev/usb/lp0        sim://  or  sim:///var/tmp/tickets?status=paper-near-end
/// Options for every scheme: model=epson|epson-old|epson-raster|star|star-raster, width=80|58.
struct PrinterAddress {
    enum class Scheme { Usb, Tcp, Serial, File, Sim };
    Scheme scheme = Scheme::Sim;
    QString host;
    quint16 port = 9100;
    QString path; ///< serial port, device file, or the folder for sim:// PNGs
    qint32 baud = 19200;
    quint16 vendorId = 0;
    quint16 productId = 0;
    std::optional<int> interfaceNumber; ///< usb: a vendor-class interface to use instead of the printer class
    bool askStatus = true;              ///< file: status=none when the device cannot answer (one-way)
    PrinterModel model;
    PaperWidth width = PaperWidth::Mm80;
    PrinterStatus simStatus; ///< sim: the status it reports (status=ok|paper-near-end|paper-out|cover-open|offline|error)
};

/// The address in a URI, or why it is not one.
[[nodiscard]] PrinterResult<PrinterAddress> parsePrinterAddress(const QString &uri);

} // namespace Madoguchi
