// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/cardreader.h"

#include <QByteArray>

namespace Madoguchi {

/// A card's answer to a command: the data and the status word (SW1 SW2).
struct CardResponse {
    QByteArray data;
    quint16 status = 0;
    [[nodiscard]] bool ok() const { return status == 0x9000; }
};

/// A connection to one card: sends a command APDU, returns the response APDU. PC/SC, the
/// in-process fake card and the vpcd emulator all sit behind this.
class CardChannel
{
public:
    virtual ~CardChannel() = default;
    /// Sends a command; transport failures (card lifted off, reader gone) are errors, status words are not.
    [[nodiscard]] virtual CardResult<CardResponse> transmit(const QByteArray &command) = 0;
};

/// Splits a raw response APDU into data and status word; a response under two bytes is unreadable.
[[nodiscard]] CardResult<CardResponse> splitResponse(const QByteArray &raw);

} // namespace Madoguchi
