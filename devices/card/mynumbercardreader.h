// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardchannel.h"
#include "ports/cardreader.h"

#include <functional>
#include <memory>

namespace Madoguchi {

/// Opens a fresh channel to the card on a reader (PC/SC connect, or the simulated card).
using CardConnector = std::function<CardResult<std::unique_ptr<CardChannel>>()>;

/// A CardReader that runs the My Number card session over a new channel for every request, so a
/// card lifted off and placed again starts cleanly from SELECT.
class MyNumberCardReader final : public CardReader
{
public:
    explicit MyNumberCardReader(CardConnector connect);

    [[nodiscard]] CardResult<int> pinTriesLeft() override;
    [[nodiscard]] CardResult<BasicFourItems> readBasicFour(SecurePin pin, LastPinTry lastTry) override;
    [[nodiscard]] CardResult<CardReadout> readWithIndividualNumber(SecurePin pin, LastPinTry lastTry) override;

private:
    [[nodiscard]] CardResult<CardReadout> read(SecurePin pin, LastPinTry lastTry, bool individualNumber);

    CardConnector m_connect;
};

} // namespace Madoguchi
