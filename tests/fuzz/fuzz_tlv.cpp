// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the BER-TLV parser that reads what a card answers. Any bytes must parse or be
// refused, never crash, and whatever parses must encode and parse back to the same element.
#include "card/bertlv.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(data, qsizetype(size));
    if (const auto elementSize = Madoguchi::tlvElementSize(bytes)) {
        if (*elementSize < 2) // at least a tag byte and a length byte
            std::abort();
    }
    const auto list = Madoguchi::parseTlvList(bytes);
    if (!list)
        return 0;
    for (const Madoguchi::Tlv &element : *list) {
        // A parsed element re-encodes to something the parser reads back as the same element.
        const QByteArray again = Madoguchi::encodeTlv(element.tag, element.value);
        const auto reparsed = Madoguchi::parseTlvList(again);
        if (!reparsed || reparsed->size() != 1 || reparsed->front().tag != element.tag || reparsed->front().value != element.value)
            std::abort();
        (void)Madoguchi::findTlv(*list, element.tag);
    }
    return 0;
}
