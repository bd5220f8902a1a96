#include "ticketdocument.h"

namespace Madoguchi {

int dotsPerLine(PaperWidth width)
{
    return width == PaperWidth::Mm58 ? 384 : 576;
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
