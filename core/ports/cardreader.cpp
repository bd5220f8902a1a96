// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardreader.h"

#include "common/translation.h"

namespace Madoguchi {

QString wrongPinMessage(int triesLeft)
{
    if (triesLeft == 1)
        return DevicesTr::tr("The PIN is wrong. Only one try is left: if the next PIN is wrong too, the card is locked "
                             "and must be reset at the municipal office.");
    return DevicesTr::tr("The PIN is wrong. %n tries left.", nullptr, triesLeft);
}

} // namespace Madoguchi
