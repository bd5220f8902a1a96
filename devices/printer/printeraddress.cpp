// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printeraddress.h"

#include "common/translation.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Madoguchi {
namespace {

struct ModelName {
    const char16_t *name;
    PrinterModel model;
};

const ModelName kModels[] = {
    {u"epson", {PrinterLanguage::EscPos, false, true}},         {u"epson-old", {PrinterLanguage::EscPos, false, false}},
    {u"epson-raster", {PrinterLanguage::EscPos, true, false}},  {u"star", {PrinterLanguage::StarLine, false, true}},
    {u"star-raster", {PrinterLanguage::StarLine, true, false}},
};

PrinterError bad(const QString &uri, const QString &why)
{
    return {PrinterErrorCode::BadAddress, DevicesTr::tr("The printer address %1 is not usable: %2").arg(uri, why)};
}

std::optional<PrinterStatus> simStatus(const QString &name)
{
    PrinterStatus status;
    status.known = true;
    if (name.isEmpty() || name == u"ok"_s)
        return status;
    if (name == u"paper-near-end"_s)
        status.paperNearEnd = true;
    else if (name == u"paper-out"_s)
        status.paperOut = true;
    else if (name == u"cover-open"_s)
        status.coverOpen = true;
    else if (name == u"offline"_s)
        status.online = false;
    else if (name == u"error"_s)
        status.error = true;
    else
        return std::nullopt;
    return status;
}

std::optional<quint16> hex16(const QString &text)
{
    bool ok = false;
    const uint value = text.toUInt(&ok, 16);
    if (!ok || text.size() != 4 || value > 0xFFFF)
        return std::nullopt;
    return quint16(value);
}

} // namespace

PrinterResult<PrinterAddress> parsePrinterAddress(const QString &uri)
{
    // usb://VVVV:PPPP is not a valid URL (a hexadecimal "port"), so the scheme and query are read as text.
    const QString scheme = uri.section(u"://"_s, 0, 0);
    const QUrl url(uri, QUrl::StrictMode);
    if (scheme != u"usb"_s && !url.isValid())
        return bad(uri, DevicesTr::tr("not a URI."));
    const QUrlQuery query(uri.section(u'?', 1));
    PrinterAddress address;

    const QString model = query.queryItemValue(u"model"_s);
    if (!model.isEmpty()) {
        const auto found = std::find_if(std::begin(kModels), std::end(kModels), [&](const ModelName &m) { return model == m.name; });
        if (found == std::end(kModels))
            return bad(uri, DevicesTr::tr("unknown model \"%1\" (epson, epson-old, epson-raster, star, star-raster).").arg(model));
        address.model = found->model;
    }
    const QString width = query.queryItemValue(u"width"_s);
    if (!width.isEmpty()) {
        const std::optional<PaperWidth> paper = paperWidthFromMillimetres(width.toInt());
        if (!paper)
            return bad(uri, DevicesTr::tr("the paper width must be 58 or 80."));
        address.width = *paper;
    }
    address.askStatus = query.queryItemValue(u"status"_s) != u"none"_s;

    if (scheme == u"tcp"_s) {
        address.scheme = PrinterAddress::Scheme::Tcp;
        address.host = url.host();
        address.port = quint16(url.port(9100));
        if (address.host.isEmpty())
            return bad(uri, DevicesTr::tr("no host name."));
    } else if (scheme == u"usb"_s) {
        address.scheme = PrinterAddress::Scheme::Usb;
        const QStringList ids = uri.mid(6).section(u'?', 0, 0).section(u'/', 0, 0).split(u':');
        const auto vendor = ids.size() == 2 ? hex16(ids[0]) : std::nullopt;
        const auto product = ids.size() == 2 ? hex16(ids[1]) : std::nullopt;
        if (!vendor || !product)
            return bad(uri, DevicesTr::tr("write the USB vendor and product as usb://VVVV:PPPP in hexadecimal."));
        address.vendorId = *vendor;
        address.productId = *product;
        if (query.hasQueryItem(u"interface"_s))
            address.interfaceNumber = query.queryItemValue(u"interface"_s).toInt();
    } else if (scheme == u"serial"_s) {
        address.scheme = PrinterAddress::Scheme::Serial;
        address.path = url.path();
        if (query.hasQueryItem(u"baud"_s))
            address.baud = query.queryItemValue(u"baud"_s).toInt();
        if (address.path.isEmpty() || address.baud <= 0)
            return bad(uri, DevicesTr::tr("write serial:///dev/ttyUSB0?baud=19200."));
    } else if (scheme == u"file"_s) {
        address.scheme = PrinterAddress::Scheme::File;
        address.path = url.path();
        if (address.path.isEmpty())
            return bad(uri, DevicesTr::tr("no file name."));
    } else if (scheme == u"sim"_s) {
        address.scheme = PrinterAddress::Scheme::Sim;
        address.path = url.path();
        const std::optional<PrinterStatus> status = simStatus(query.queryItemValue(u"status"_s));
        if (!status)
            return bad(uri, DevicesTr::tr("unknown simulated status (ok, paper-near-end, paper-out, cover-open, offline, error)."));
        address.simStatus = *status;
    } else {
        return bad(uri, DevicesTr::tr("unknown scheme (usb, tcp, serial, file, sim)."));
    }
    return address;
}

} // namespace Madoguchi
