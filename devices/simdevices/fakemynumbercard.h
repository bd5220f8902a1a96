// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "card/cardchannel.h"

#include <QList>

namespace Madoguchi {

/// Who a fake card belongs to and how it behaves.
struct FakeCardProfile {
    BasicFourItems holder;
    QByteArray pin = "1234";
    int triesLeft = 3;
    QByteArray individualNumber = "123456789018";
    bool myNumberCard = true; ///< false: any other card (a transit IC card, a bank card)
    int extraBytes = 0;       ///< filler in DF21 to make EF 0002 long (long-form lengths, several reads)
    int removedAfter = -1;    ///< lifted off the reader after this many commands (-1: never)
};

/// A My Number card's card-info input-support application in memory, after jpki/myna's dummy
/// reader: SELECT by AID and by EF, VERIFY with a retry counter and a status query that uses no try,
/// READ BINARY by offset and Le, the security status, BER-TLV files. It backs the unit tests, the
/// simulated reader of the demo, and the vpcd card emulator that the PC/SC integration test plugs
/// into a real pcscd. Not thread-safe.
class FakeMyNumberCard final : public CardChannel
{
public:
    explicit FakeMyNumberCard(FakeCardProfile profile);

    [[nodiscard]] CardResult<CardResponse> transmit(const QByteArray &command) override;
    /// The raw response APDU (data + SW1 SW2); empty once the card has been lifted off.
    [[nodiscard]] QByteArray respond(const QByteArray &command);

    /// The card's answer to reset (a contact My Number card's, as seen in the wild).
    [[nodiscard]] static QByteArray answerToReset();
    [[nodiscard]] int triesLeft() const { return m_profile.triesLeft; }
    [[nodiscard]] bool removed() const { return m_removed; }
    /// The commands received, with VERIFY data blanked out.
    [[nodiscard]] const QList<QByteArray> &commandLog() const { return m_log; }
    /// Resets the session state (as a card power cycle does): nothing selected, nothing verified.
    void reset();

private:
    [[nodiscard]] QByteArray select(const QByteArray &command);
    [[nodiscard]] QByteArray verify(const QByteArray &command);
    [[nodiscard]] QByteArray readBinary(const QByteArray &command) const;
    [[nodiscard]] QByteArray file(quint16 id) const;

    FakeCardProfile m_profile;
    QList<QByteArray> m_log;
    bool m_applicationSelected = false;
    quint16 m_file = 0;
    bool m_verified = false;
    bool m_removed = false;
};

/// A fresh connection to a fake card that stays on its reader: the session state is reset (as a
/// reconnect does) while the PIN counter survives, as on a real card.
class FakeCardConnection final : public CardChannel
{
public:
    explicit FakeCardConnection(FakeMyNumberCard &card);
    [[nodiscard]] CardResult<CardResponse> transmit(const QByteArray &command) override;

private:
    FakeMyNumberCard &m_card;
};

/// Sample card holders of the simulated reader (fictional people, PIN 1234): a Japanese name, a
/// foreign resident's alphabet name, and a name with a character outside JIS X 0208.
[[nodiscard]] QList<FakeCardProfile> sampleCardHolders();

} // namespace Madoguchi
