// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Steps through a front end's card reading (CardReading), for the kiosk's and the console's tests.
#pragma once

#include "card/cardreading.h"

#include <QSignalSpy>

namespace Madoguchi::Test {

/// Waits until a card reading reaches this step (its card calls answer from its worker thread).
inline bool reachStep(CardReading &reading, CardReading::Step step)
{
    QSignalSpy changed(&reading, &CardReading::stepChanged);
    while (reading.step() != step) {
        if (!changed.wait(10000))
            return false;
    }
    return true;
}

/// Presses these PIN pad keys.
inline void typePin(CardReading &reading, const char *digits)
{
    for (const char *digit = digits; *digit; ++digit)
        reading.pressDigit(*digit - '0');
}

} // namespace Madoguchi::Test
