// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardchannel.h"

#include "common/translation.h"

namespace Madoguchi {

CardResult<CardResponse> splitResponse(const QByteArray &raw)
{
    if (raw.size() < 2)
        return CardError{CardErrorCode::Unreadable, DevicesTr::tr("The card gave an empty answer.")};
    return CardResponse{raw.left(raw.size() - 2), quint16(uchar(raw.at(raw.size() - 2)) << 8 | uchar(raw.at(raw.size() - 1)))};
}

} // namespace Madoguchi
