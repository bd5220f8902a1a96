// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace Madoguchi {

/// One BER-TLV element (ISO 7816-4 / X.690 subset used by smart cards).
struct Tlv {
    quint32 tag = 0; ///< the tag bytes as a number, e.g. 0xFF20, 0xDF22, 0xD0
    bool constructed = false;
    QByteArray value;
};

/// The size of the element that starts the bytes (header plus value), from its header alone;
/// nothing while the header is incomplete or malformed (indefinite length, tags over 3 bytes,
/// lengths over 3 bytes).
[[nodiscard]] std::optional<qsizetype> tlvElementSize(QByteArrayView bytes);

/// The elements that fill the bytes exactly, one after another; nothing if any is malformed or
/// runs past the end. 0x00 padding between elements and trailing 0xFF (erased space) are skipped.
[[nodiscard]] std::optional<QList<Tlv>> parseTlvList(QByteArrayView bytes);

/// One element encoded with the shortest length form (81 xx / 82 xx xx above 127 bytes).
[[nodiscard]] QByteArray encodeTlv(quint32 tag, const QByteArray &value);

/// The first element with the tag in a list.
[[nodiscard]] const Tlv *findTlv(const QList<Tlv> &list, quint32 tag);

} // namespace Madoguchi
