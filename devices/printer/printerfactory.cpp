// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printerfactory.h"

#include "filelink.h"
#include "seriallink.h"
#include "simdevices/simprinter.h"
#include "tcplink.h"
#include "thermalprinter.h"
#include "usblink.h"

namespace Madoguchi {
namespace {

constexpr int kIoTimeoutMs = 5000;

std::unique_ptr<PrinterLink> makeLink(const PrinterAddress &address)
{
    switch (address.scheme) {
    case PrinterAddress::Scheme::Tcp: return std::make_unique<TcpLink>(address.host, address.port, kIoTimeoutMs);
    case PrinterAddress::Scheme::Serial: return std::make_unique<SerialLink>(address.path, address.baud, kIoTimeoutMs);
    case PrinterAddress::Scheme::File: return std::make_unique<FileLink>(address.path, address.askStatus);
    case PrinterAddress::Scheme::Usb:
        return std::make_unique<UsbLink>(address.vendorId, address.productId, address.interfaceNumber, kIoTimeoutMs);
    case PrinterAddress::Scheme::Sim: break;
    }
    return nullptr;
}

} // namespace

std::unique_ptr<ReceiptPrinter> makePrinter(const PrinterAddress &address)
{
    if (address.scheme == PrinterAddress::Scheme::Sim) {
        auto printer = std::make_unique<SimPrinter>(address.width, address.path);
        printer->setStatus(address.simStatus);
        return printer;
    }
    return std::make_unique<ThermalPrinter>(makeLink(address), address.model, address.width);
}

PrinterResult<std::unique_ptr<ReceiptPrinter>> makePrinter(const QString &uri)
{
    auto address = parsePrinterAddress(uri);
    if (!address)
        return address.error();
    return makePrinter(*address);
}

} // namespace Madoguchi
