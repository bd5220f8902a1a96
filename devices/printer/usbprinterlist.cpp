// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usbprinterlist.h"

#include <libusb-1.0/libusb.h>

using namespace Qt::StringLiterals;

namespace Madoguchi {
namespace {

constexpr int kPrinterClass = 7;
constexpr quint16 kEpson = 0x04b8;
constexpr quint16 kStar = 0x0519;

QString describe(libusb_device *device, const libusb_device_descriptor &descriptor)
{
    libusb_device_handle *handle = nullptr;
    if (libusb_open(device, &handle) != 0)
        return {};
    const auto text = [&](uint8_t index) {
        unsigned char buffer[128] = {};
        const int length = index ? libusb_get_string_descriptor_ascii(handle, index, buffer, sizeof buffer) : 0;
        return length > 0 ? QString::fromLatin1(reinterpret_cast<const char *>(buffer), length) : QString();
    };
    const QString name = QString(text(descriptor.iManufacturer) + u' ' + text(descriptor.iProduct)).trimmed();
    libusb_close(handle);
    return name;
}

} // namespace

QList<UsbPrinterInfo> listUsbPrinters()
{
    QList<UsbPrinterInfo> printers;
    libusb_context *context = nullptr;
    if (libusb_init(&context) != 0)
        return printers;
    libusb_device **devices = nullptr;
    const ssize_t count = libusb_get_device_list(context, &devices);
    for (ssize_t i = 0; i < count; ++i) {
        libusb_device_descriptor descriptor{};
        libusb_config_descriptor *config = nullptr;
        if (libusb_get_device_descriptor(devices[i], &descriptor) != 0 || libusb_get_active_config_descriptor(devices[i], &config) != 0)
            continue;
        int printerInterface = -1;
        for (int n = 0; n < config->bNumInterfaces && printerInterface < 0; ++n) {
            if (config->interface[n].altsetting[0].bInterfaceClass == kPrinterClass)
                printerInterface = config->interface[n].altsetting[0].bInterfaceNumber;
        }
        const bool vendorMode = printerInterface < 0 && (descriptor.idVendor == kEpson || descriptor.idVendor == kStar);
        libusb_free_config_descriptor(config);
        if (printerInterface < 0 && !vendorMode)
            continue;
        QString address = u"usb://%1:%2"_s.arg(descriptor.idVendor, 4, 16, QChar(u'0')).arg(descriptor.idProduct, 4, 16, QChar(u'0'));
        if (vendorMode)
            address += u"?interface=0"_s;
        printers.append({address, describe(devices[i], descriptor)});
    }
    if (devices) // allocated even when empty
        libusb_free_device_list(devices, 1);
    libusb_exit(context);
    return printers;
}

} // namespace Madoguchi
