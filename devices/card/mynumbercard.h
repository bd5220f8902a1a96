// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardchannel.h"
#include "ports/cardreader.h"

namespace Madoguchi {

/// The card-info input-support application (券面事項入力補助AP) of a My Number card over one
/// channel: the APDU sequence of devices.md §1.2. The card is recognised by selecting the
/// application, never by its ATR. Nothing read here is logged.
class MyNumberCardSession
{
public:
    explicit MyNumberCardSession(CardChannel &channel);

    /// SELECT the application; NotMyNumberCard when the card does not have it.
    [[nodiscard]] CardResult<Done> selectApplication();
    /// Remaining tries of the 4-digit PIN, asked with an empty VERIFY that uses none.
    [[nodiscard]] CardResult<int> pinTriesLeft();
    /// VERIFY the PIN: WrongPin (with tries left) or Locked when it fails.
    [[nodiscard]] CardResult<Done> verifyPin(const SecurePin &pin);
    /// Reads EF 0002 whole (in chunks; the EF may be longer than one READ BINARY) and parses it.
    [[nodiscard]] CardResult<BasicFourItems> readBasicFour();
    /// Reads EF 0001 (個人番号) — only when the office's configuration allows it; NotAllowed otherwise,
    /// and then no command touches the EF.
    [[nodiscard]] CardResult<QString> readIndividualNumber(bool allowedByConfiguration);

    /// Tries of a new card's PIN.
    static constexpr int kMaxTries = 3;
    /// Bytes asked for per READ BINARY.
    static constexpr int kReadChunk = 0xFF;

private:
    [[nodiscard]] CardResult<CardResponse> send(const QByteArray &command);
    [[nodiscard]] CardResult<Done> selectFile(quint16 id);
    [[nodiscard]] CardResult<QByteArray> readBinary(int offset, int length);
    [[nodiscard]] CardResult<QByteArray> readWholeFile(quint16 id);

    CardChannel &m_channel;
};

/// The error for a PIN that is not four digits.
[[nodiscard]] CardError badPinError();
/// The error for a card whose PIN has no tries left.
[[nodiscard]] CardError lockedError();
/// The error for a read that stopped before spending the last try.
[[nodiscard]] CardError lastTryError();

} // namespace Madoguchi
