// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "escposcommands.h"

#include "ticketrasterizer.h"

namespace Madoguchi {
namespace {

/// GS ( k pL pH cn fn parameters: one QR code function (cn 49).
QByteArray qrFunction(int function, const QByteArray &parameters)
{
    const int length = int(parameters.size()) + 2;
    return commandBytes({0x1D, 0x28, 0x6B, length & 0xFF, length >> 8, 0x31, function}) + parameters;
}

} // namespace

QByteArray EscPosCommands::begin() const
{
    // ESC @, ESC t 1 (katakana), FS C 1 (Shift_JIS), ESC R 8 (Japan)
    return commandBytes({0x1B, 0x40, 0x1B, 0x74, 0x01, 0x1C, 0x43, 0x01, 0x1B, 0x52, 0x08});
}

QByteArray EscPosCommands::align(TicketAlign align) const
{
    const int n = align == TicketAlign::Center ? 1 : align == TicketAlign::Right ? 2 : 0;
    return commandBytes({0x1B, 0x61, n});
}

QByteArray EscPosCommands::style(int scale, bool bold) const
{
    const int factor = std::clamp(scale, 1, 8) - 1;
    return commandBytes({0x1D, 0x21, (factor << 4) | factor, 0x1B, 0x45, bold ? 1 : 0});
}

QByteArray EscPosCommands::feed(int lines) const
{
    return commandBytes({0x1B, 0x64, std::clamp(lines, 0, 255)});
}

QByteArray EscPosCommands::qr(const QByteArray &data, int moduleDots) const
{
    return qrFunction(0x41, commandBytes({0x32, 0x00}))                   // fn 165: model 2
        + qrFunction(0x43, commandBytes({std::clamp(moduleDots, 1, 16)})) // fn 167: module size
        + qrFunction(0x45, commandBytes({0x31}))                          // fn 169: error correction M
        + qrFunction(0x50, commandBytes({0x30}) + data)                   // fn 180: store the data
        + qrFunction(0x51, commandBytes({0x30}));                         // fn 181: print
}

QByteArray EscPosCommands::raster(const QImage &image) const
{
    const int rowBytes = rasterRowBytes(image);
    const QByteArray packed = packRaster(image);
    QByteArray result;
    for (int top = 0; top < image.height(); top += kBandRows) {
        const int rows = std::min(kBandRows, image.height() - top);
        result += commandBytes({0x1D, 0x76, 0x30, 0x00, rowBytes & 0xFF, rowBytes >> 8, rows & 0xFF, rows >> 8});
        result += packed.mid(qsizetype(top) * rowBytes, qsizetype(rows) * rowBytes);
    }
    return result;
}

QByteArray EscPosCommands::end() const
{
    // GS V 66 0: feed to the cutter and cut partially (leaves a hinge so the ticket does not fall)
    return commandBytes({0x1D, 0x56, 0x42, 0x00});
}

} // namespace Madoguchi
