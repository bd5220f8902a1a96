// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "securepin.h"

#include "common/result.h"
#include "person/basicfouritems.h"

#include <QString>

namespace Madoguchi {

/// Why reading a card failed, as a kiosk must tell it apart.
enum class CardErrorCode {
    NoReader,        ///< no such reader, or PC/SC (pcscd) is not running
    ReaderGone,      ///< the reader was unplugged
    NoCard,          ///< no card on the reader
    NotMyNumberCard, ///< a card without the card-info input-support application
    CardRemoved,     ///< the card was lifted off during the read: place it again
    BadPin,          ///< the PIN is not four digits (no try was used)
    WrongPin,        ///< a try was used; tries left in the message
    LastTryLeft,     ///< one try left and the read was not told it may spend it (no try was used)
    Locked,          ///< no tries left: the holder must reset the PIN at the municipal office
    NotAllowed,      ///< the individual number is not read unless the office enables it
    Unreadable,      ///< the card answered something unexpected
};
using CardError = Error<CardErrorCode>;
template<typename T>
using CardResult = Result<T, CardErrorCode>;

/// Whether a read may spend the card's last PIN try: a wrong PIN then locks the card, and only the
/// municipal office can reset it. A kiosk asks the visitor first, the CLI asks its user.
enum class LastPinTry { Refuse, Accept };

/// What one read gave: the basic four items and, when it was asked for, the individual number.
struct CardReadout {
    BasicFourItems items;
    QByteArray individualNumber; ///< 12 ASCII digits, or empty; the caller wipes it once printed
};

/// A My Number card reader. Calls block on the card for up to a second or two (contactless VERIFY
/// is slow), so front ends call them from a worker thread.
class CardReader
{
public:
    virtual ~CardReader() = default;

    /// The remaining PIN tries of the card on the reader, read without using one (3 when new).
    [[nodiscard]] virtual CardResult<int> pinTriesLeft() = 0;

    /// Verifies the 4-digit PIN and reads the basic four items, holding the card for the whole read
    /// (no other program's command comes between). The tries left are checked first, within the
    /// same hold: none left is Locked, one left is LastTryLeft unless lastTry accepts it; neither
    /// uses a try. Uses one try when the PIN is wrong; never retries on its own. The PIN is wiped
    /// when this returns.
    [[nodiscard]] virtual CardResult<BasicFourItems> readBasicFour(SecurePin pin, LastPinTry lastTry) = 0;
    /// As readBasicFour(), and in the same hold the individual number (個人番号, EF 0001): only for a
    /// form the office reads it for (FormDefinition::readIndividualNumber); never for a profile.
    [[nodiscard]] virtual CardResult<CardReadout> readWithIndividualNumber(SecurePin pin, LastPinTry lastTry) = 0;
};

/// The message for a wrong PIN with the tries left, in the process's language.
[[nodiscard]] QString wrongPinMessage(int triesLeft);

} // namespace Madoguchi
