// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "starlinecommands.h"

#include "ticketrasterizer.h"

namespace Madoguchi {
QByteArray StarLineCommands::begin() const
{
    // ESC @, ESC $ 1 (Kanji mode), ESC R 8 (Japan)
    return commandBytes({0x1B, 0x40, 0x1B, 0x24, 0x31, 0x1B, 0x52, 0x38});
}

QByteArray StarLineCommands::align(TicketAlign align) const
{
    const int n = align == TicketAlign::Center ? 1 : align == TicketAlign::Right ? 2 : 0;
    return commandBytes({0x1B, 0x1D, 0x61, n});
}

QByteArray StarLineCommands::style(int scale, bool bold) const
{
    const int factor = std::clamp(scale, 1, 6) - 1; // ESC i n1 n2: height and width expansion 0–5
    return commandBytes({0x1B, 0x69, factor, factor, 0x1B, bold ? 0x45 : 0x46});
}

QByteArray StarLineCommands::feed(int lines) const
{
    return commandBytes({0x1B, 0x61, std::clamp(lines, 1, 127)});
}

QByteArray StarLineCommands::qr(const QByteArray &data, int moduleDots) const
{
    const int length = int(data.size());
    return commandBytes({0x1B, 0x1D, 0x79, 0x53, 0x30, 0x02})                        // model 2
        + commandBytes({0x1B, 0x1D, 0x79, 0x53, 0x31, 0x01})                         // error correction M
        + commandBytes({0x1B, 0x1D, 0x79, 0x53, 0x32, std::clamp(moduleDots, 1, 8)}) // cell size
        + commandBytes({0x1B, 0x1D, 0x79, 0x44, 0x31, 0x00, length & 0xFF, length >> 8}) + data
        + commandBytes({0x1B, 0x1D, 0x79, 0x50, 0x0A}); // print, then a line feed
}

QByteArray StarLineCommands::raster(const QImage &image) const
{
    const int rowBytes = rasterRowBytes(image);
    const QByteArray packed = packRaster(image);
    QByteArray result = commandBytes({0x1B, 0x30}); // 3 mm line feed = 24 dots, one band
    for (int top = 0; top < image.height(); top += kBandRows) {
        result += commandBytes({0x1B, 0x6B, rowBytes & 0xFF, rowBytes >> 8});
        const int rows = std::min(kBandRows, image.height() - top);
        QByteArray band = packed.mid(qsizetype(top) * rowBytes, qsizetype(rows) * rowBytes);
        band.append(qsizetype(kBandRows - rows) * rowBytes, '\0');
        result += band + commandBytes({0x0A});
    }
    return result + commandBytes({0x1B, 0x7A, 0x01}); // back to the 4 mm line feed
}

QByteArray StarLineCommands::end() const
{
    // ESC d 3: feed to the cutter and cut partially; ESC GS ETX 1 0 0: end of job
    return commandBytes({0x1B, 0x64, 0x33, 0x1B, 0x1D, 0x03, 0x01, 0x00, 0x00});
}

} // namespace Madoguchi
