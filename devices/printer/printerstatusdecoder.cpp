// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printerstatusdecoder.h"

#include "printercommands.h"

namespace Madoguchi {
namespace {

uchar at(const QByteArray &bytes, int index)
{
    return uchar(bytes.at(index));
}

} // namespace

QByteArray escPosStatusRequest(int n)
{
    return commandBytes({0x10, 0x04, n});
}

bool isEscPosStatusByte(uchar byte)
{
    return (byte & 0x93) == 0x12;
}

std::optional<PrinterStatus> decodeEscPosStatus(uchar printer, uchar offlineCause, uchar paper)
{
    if (!isEscPosStatusByte(printer) || !isEscPosStatusByte(offlineCause) || !isEscPosStatusByte(paper))
        return std::nullopt;
    PrinterStatus status;
    status.known = true;
    status.online = !(printer & 0x08);
    status.coverOpen = offlineCause & 0x04;
    status.paperOut = (offlineCause & 0x20) || (paper & 0x60) == 0x60;
    status.paperNearEnd = (paper & 0x0C) == 0x0C;
    status.error = offlineCause & 0x40;
    return status;
}

QByteArray starStatusRequest()
{
    return commandBytes({0x1B, 0x06, 0x01});
}

std::optional<int> starAsbLength(uchar header, uchar second)
{
    if ((header & 0x91) != 0x01)
        return std::nullopt;
    return ((header >> 2 & 0x08) | (header >> 1 & 0x07)) + (second >> 6 & 0x02);
}

std::optional<PrinterStatus> decodeStarAsb(const QByteArray &reply)
{
    if (reply.size() < 2)
        return std::nullopt;
    const std::optional<int> length = starAsbLength(at(reply, 0), at(reply, 1));
    if (!length || *length < 6 || reply.size() != *length)
        return std::nullopt;
    PrinterStatus status;
    status.known = true;
    status.online = !(at(reply, 2) & 0x08);
    status.coverOpen = at(reply, 2) & 0x20;
    status.error = (at(reply, 3) & 0x2C) || (at(reply, 4) & 0x0A);
    status.paperNearEnd = at(reply, 5) & 0x04;
    status.paperOut = at(reply, 5) & 0x08;
    return status;
}

} // namespace Madoguchi
