// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printerlink.h"

#include <optional>

struct libusb_context;
struct libusb_device_handle;

namespace Madoguchi {

/// A USB printer through libusb (usb://04b8:0e28, or usb://04b8:0202?interface=0 for Epson's
/// vendor-defined class): the printer-class interface unless one is configured, endpoints read
/// from the descriptors, the kernel's usblp driver detached while the link holds the interface.
/// An unplugged printer is found again on the next open().
class UsbLink final : public PrinterLink
{
public:
    UsbLink(quint16 vendorId, quint16 productId, std::optional<int> interfaceNumber, int timeoutMs);
    ~UsbLink() override;

    [[nodiscard]] PrinterResult<Done> open() override;
    [[nodiscard]] PrinterResult<Done> write(const QByteArray &bytes) override;
    [[nodiscard]] PrinterResult<QByteArray> read(int count, int timeoutMs) override;
    void discardInput() override;
    [[nodiscard]] bool answers() const override { return m_inEndpoint != 0; }
    void close() override;

private:
    [[nodiscard]] PrinterResult<Done> claim();
    [[nodiscard]] QString name() const;

    quint16 m_vendorId;
    quint16 m_productId;
    std::optional<int> m_interfaceNumber;
    int m_timeoutMs;
    libusb_context *m_context = nullptr;
    libusb_device_handle *m_handle = nullptr;
    int m_claimed = -1;
    unsigned char m_outEndpoint = 0;
    unsigned char m_inEndpoint = 0;
    int m_inPacketSize = 64;
};

} // namespace Madoguchi
