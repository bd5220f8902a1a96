// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usblink.h"

#include "common/translation.h"
#include "logging/devicelogging.h"

#include <QDeadlineTimer>

#include <libusb-1.0/libusb.h>

using namespace Qt::StringLiterals;

namespace Madoguchi {
namespace {

constexpr int kPrinterClass = 7;

QString usbError(int code)
{
    return QString::fromUtf8(libusb_strerror(code));
}

} // namespace

UsbLink::UsbLink(quint16 vendorId, quint16 productId, std::optional<int> interfaceNumber, int timeoutMs)
    : m_vendorId(vendorId)
    , m_productId(productId)
    , m_interfaceNumber(interfaceNumber)
    , m_timeoutMs(timeoutMs)
{
}

UsbLink::~UsbLink()
{
    close();
    if (m_context)
        libusb_exit(m_context);
}

QString UsbLink::name() const
{
    return u"%1:%2"_s.arg(m_vendorId, 4, 16, QChar(u'0')).arg(m_productId, 4, 16, QChar(u'0'));
}

PrinterResult<Done> UsbLink::open()
{
    if (m_handle)
        return Done{};
    if (!m_context && libusb_init(&m_context) != 0) {
        m_context = nullptr;
        return PrinterError{PrinterErrorCode::Unreachable, DevicesTr::tr("USB is not available on this machine.")};
    }
    libusb_device **devices = nullptr;
    const ssize_t count = libusb_get_device_list(m_context, &devices);
    int openError = LIBUSB_ERROR_NO_DEVICE;
    for (ssize_t index = 0; index < count && !m_handle; ++index) {
        libusb_device_descriptor descriptor{};
        if (libusb_get_device_descriptor(devices[index], &descriptor) != 0 || descriptor.idVendor != m_vendorId
            || descriptor.idProduct != m_productId)
            continue;
        openError = libusb_open(devices[index], &m_handle);
        if (openError != 0)
            m_handle = nullptr;
    }
    if (devices) // allocated even when empty
        libusb_free_device_list(devices, 1);
    if (!m_handle) {
        if (openError == LIBUSB_ERROR_ACCESS)
            return PrinterError{
                PrinterErrorCode::Unreachable,
                DevicesTr::tr("No permission to use the USB printer %1: install the udev rules (see docs/installing-devices.md).")
                    .arg(name())};
        return PrinterError{PrinterErrorCode::Unreachable, DevicesTr::tr("No USB printer %1 is connected.").arg(name())};
    }
    auto claimed = claim();
    if (!claimed)
        close();
    return claimed;
}

PrinterResult<Done> UsbLink::claim()
{
    libusb_config_descriptor *config = nullptr;
    if (libusb_get_active_config_descriptor(libusb_get_device(m_handle), &config) != 0)
        return PrinterError{PrinterErrorCode::Unreachable, DevicesTr::tr("The USB printer %1 did not describe itself.").arg(name())};
    for (int i = 0; i < config->bNumInterfaces && m_claimed < 0; ++i) {
        const libusb_interface_descriptor &setting = config->interface[i].altsetting[0];
        const bool wanted = m_interfaceNumber ? setting.bInterfaceNumber == *m_interfaceNumber : setting.bInterfaceClass == kPrinterClass;
        if (!wanted)
            continue;
        for (int e = 0; e < setting.bNumEndpoints; ++e) {
            const libusb_endpoint_descriptor &endpoint = setting.endpoint[e];
            if ((endpoint.bmAttributes & LIBUSB_TRANSFER_TYPE_MASK) != LIBUSB_TRANSFER_TYPE_BULK)
                continue;
            if (endpoint.bEndpointAddress & LIBUSB_ENDPOINT_IN) {
                m_inEndpoint = endpoint.bEndpointAddress;
                m_inPacketSize = std::max<int>(endpoint.wMaxPacketSize, 1);
            } else {
                m_outEndpoint = endpoint.bEndpointAddress;
            }
        }
        m_claimed = setting.bInterfaceNumber;
    }
    libusb_free_config_descriptor(config);
    if (m_claimed < 0 || m_outEndpoint == 0) {
        m_claimed = -1;
        return PrinterError{
            PrinterErrorCode::Unreachable,
            DevicesTr::tr("The USB device %1 has no printer interface; give its interface number (usb://%1?interface=0).").arg(name())};
    }
    libusb_set_auto_detach_kernel_driver(m_handle, 1);
    if (const int error = libusb_claim_interface(m_handle, m_claimed); error != 0) {
        m_claimed = -1;
        return PrinterError{PrinterErrorCode::Unreachable,
                            DevicesTr::tr("The USB printer %1 is in use by another program (%2).").arg(name(), usbError(error))};
    }
    qCInfo(lcPrinter) << "USB printer" << name() << "interface" << m_claimed << "out" << m_outEndpoint << "in" << m_inEndpoint;
    return Done{};
}

PrinterResult<Done> UsbLink::write(const QByteArray &bytes)
{
    if (!m_handle)
        return PrinterError{PrinterErrorCode::WriteFailed, DevicesTr::tr("The printer connection is closed.")};
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        int transferred = 0;
        const int chunk = int(std::min<qsizetype>(bytes.size() - sent, 16384));
        auto *data = reinterpret_cast<unsigned char *>(const_cast<char *>(bytes.constData() + sent));
        const int error = libusb_bulk_transfer(m_handle, m_outEndpoint, data, chunk, &transferred, m_timeoutMs);
        sent += transferred;
        if (error != 0 && transferred == 0) {
            close(); // unplugged or stalled: the next open() finds the printer again
            return PrinterError{PrinterErrorCode::WriteFailed,
                                DevicesTr::tr("The USB printer %1 stopped taking data (%2).").arg(name(), usbError(error))};
        }
    }
    return Done{};
}

PrinterResult<QByteArray> UsbLink::read(int count, int timeoutMs)
{
    QByteArray data;
    const QDeadlineTimer deadline(timeoutMs);
    while (m_handle && m_inEndpoint && data.size() < count && !deadline.hasExpired()) {
        QByteArray packet(m_inPacketSize, '\0');
        int transferred = 0;
        const int error = libusb_bulk_transfer(m_handle, m_inEndpoint, reinterpret_cast<unsigned char *>(packet.data()), int(packet.size()),
                                               &transferred, int(std::max<qint64>(deadline.remainingTime(), 1)));
        data += packet.left(transferred);
        if (error == LIBUSB_ERROR_NO_DEVICE) {
            close();
            break;
        }
    }
    if (data.size() < count)
        return PrinterError{PrinterErrorCode::NoAnswer, DevicesTr::tr("The printer did not answer the status request.")};
    return data.left(count);
}

void UsbLink::discardInput()
{
    if (!m_handle || !m_inEndpoint)
        return;
    QByteArray packet(m_inPacketSize, '\0');
    int transferred = 0;
    while (
        libusb_bulk_transfer(m_handle, m_inEndpoint, reinterpret_cast<unsigned char *>(packet.data()), int(packet.size()), &transferred, 1)
            == 0
        && transferred > 0) { }
}

void UsbLink::close()
{
    if (m_handle) {
        if (m_claimed >= 0)
            libusb_release_interface(m_handle, m_claimed);
        libusb_close(m_handle);
    }
    m_handle = nullptr;
    m_claimed = -1;
    m_outEndpoint = m_inEndpoint = 0;
}

} // namespace Madoguchi
