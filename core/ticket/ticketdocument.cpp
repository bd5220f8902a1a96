// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketdocument.h"

namespace Madoguchi {

int dotsPerLine(PaperWidth width)
{
    return width == PaperWidth::Mm58 ? 384 : 576;
}

int alignedLeft(TicketAlign align, int available, int width)
{
    switch (align) {
    case TicketAlign::Center: return (available - width) / 2;
    case TicketAlign::Right: return available - width;
    case TicketAlign::Left: break;
    }
    return 0;
}

std::optional<PaperWidth> paperWidthFromMillimetres(int millimetres)
{
    switch (millimetres) {
    case 58: return PaperWidth::Mm58;
    case 80: return PaperWidth::Mm80;
    default: return std::nullopt;
    }
}

} // namespace Madoguchi
