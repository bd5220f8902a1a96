// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mynumbercardreader.h"

#include "mynumbercard.h"

namespace Madoguchi {

MyNumberCardReader::MyNumberCardReader(CardConnector connect)
    : m_connect(std::move(connect))
{
}

CardResult<int> MyNumberCardReader::pinTriesLeft()
{
    auto channel = m_connect();
    if (!channel)
        return channel.error();
    MyNumberCardSession session(**channel);
    if (auto selected = session.selectApplication(); !selected)
        return selected.error();
    return session.pinTriesLeft();
}

CardResult<BasicFourItems> MyNumberCardReader::readBasicFour(SecurePin pin, LastPinTry lastTry)
{
    auto readout = read(std::move(pin), lastTry, false);
    if (!readout)
        return readout.error();
    return readout->items;
}

CardResult<CardReadout> MyNumberCardReader::readWithIndividualNumber(SecurePin pin, LastPinTry lastTry)
{
    return read(std::move(pin), lastTry, true);
}

CardResult<CardReadout> MyNumberCardReader::read(SecurePin pin, LastPinTry lastTry, bool individualNumber)
{
    const SecurePin held = std::move(pin); // wiped when this returns, whatever happens
    if (!held.isFourDigits())
        return badPinError(); // before touching the card: no try is used
    auto channel = m_connect();
    if (!channel)
        return channel.error();
    MyNumberCardSession session(**channel);
    if (auto selected = session.selectApplication(); !selected)
        return selected.error();
    // Asked again on this channel, not trusted from an earlier question: the card may have been
    // changed for another since.
    const auto tries = session.pinTriesLeft();
    if (!tries)
        return tries.error();
    if (*tries == 0)
        return lockedError();
    if (*tries == 1 && lastTry == LastPinTry::Refuse)
        return lastTryError();
    if (auto verified = session.verifyPin(held); !verified)
        return verified.error();
    auto items = session.readBasicFour();
    if (!items)
        return items.error();
    CardReadout readout{*items, {}};
    if (individualNumber) {
        auto number = session.readIndividualNumber(true);
        if (!number)
            return number.error();
        readout.individualNumber = number->toLatin1();
    }
    return readout;
}

} // namespace Madoguchi
