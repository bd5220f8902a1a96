// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bertlv.h"

namespace Madoguchi {
namespace {

struct Header {
    quint32 tag = 0;
    bool constructed = false;
    qsizetype headerSize = 0;
    qsizetype valueSize = 0;
};

std::optional<Header> readHeader(QByteArrayView bytes)
{
    Header header;
    qsizetype pos = 0;
    if (bytes.size() < 2)
        return std::nullopt;
    const uchar first = uchar(bytes[pos++]);
    header.tag = first;
    header.constructed = first & 0x20;
    if ((first & 0x1F) == 0x1F) {
        uchar next = 0;
        do {
            if (pos >= bytes.size() || pos >= 3)
                return std::nullopt;
            next = uchar(bytes[pos++]);
            header.tag = header.tag << 8 | next;
        } while (next & 0x80);
    }
    if (pos >= bytes.size())
        return std::nullopt;
    const uchar length = uchar(bytes[pos++]);
    if (length < 0x80) {
        header.valueSize = length;
    } else {
        const int count = length & 0x7F;
        if (count == 0 || count > 3 || pos + count > bytes.size())
            return std::nullopt;
        for (int i = 0; i < count; ++i)
            header.valueSize = header.valueSize << 8 | uchar(bytes[pos++]);
    }
    header.headerSize = pos;
    return header;
}

} // namespace

std::optional<qsizetype> tlvElementSize(QByteArrayView bytes)
{
    const std::optional<Header> header = readHeader(bytes);
    if (!header)
        return std::nullopt;
    return header->headerSize + header->valueSize;
}

std::optional<QList<Tlv>> parseTlvList(QByteArrayView bytes)
{
    QList<Tlv> list;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        if (bytes[pos] == '\x00') {
            ++pos; // padding between elements
            continue;
        }
        const QByteArrayView rest = bytes.sliced(pos);
        if (std::all_of(rest.begin(), rest.end(), [](char c) { return c == '\xFF'; }))
            break; // erased space at the end of a file
        const std::optional<Header> header = readHeader(rest);
        if (!header || header->valueSize > bytes.size() - pos - header->headerSize)
            return std::nullopt;
        list.append({header->tag, header->constructed, bytes.sliced(pos + header->headerSize, header->valueSize).toByteArray()});
        pos += header->headerSize + header->valueSize;
    }
    return list;
}

QByteArray encodeTlv(quint32 tag, const QByteArray &value)
{
    QByteArray element;
    for (int shift = 24; shift >= 0; shift -= 8) {
        if ((tag >> shift) != 0 || shift == 0)
            element.append(char(tag >> shift & 0xFF));
    }
    const qsizetype size = value.size();
    if (size > 0xFF)
        element += QByteArray(1, '\x82') + char(size >> 8 & 0xFF) + char(size & 0xFF);
    else if (size > 0x7F)
        element += QByteArray(1, '\x81') + char(size);
    else
        element += char(size);
    return element + value;
}

const Tlv *findTlv(const QList<Tlv> &list, quint32 tag)
{
    const auto found = std::find_if(list.begin(), list.end(), [tag](const Tlv &tlv) { return tlv.tag == tag; });
    return found == list.end() ? nullptr : &*found;
}

} // namespace Madoguchi
