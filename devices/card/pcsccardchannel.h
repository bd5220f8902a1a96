// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardchannel.h"
#include "pcsccontext.h"

#include <memory>

namespace Madoguchi {

/// A PC/SC connection to the card on one reader (shared mode, T=0 or T=1), holding the card in a
/// PC/SC transaction from connecting until it is destroyed.
class PcscCardChannel final : public CardChannel
{
public:
    ~PcscCardChannel() override;

    /// Connects to the card on the reader (exact name or prefix).
    [[nodiscard]] static CardResult<std::unique_ptr<CardChannel>> connect(const QString &reader);

    [[nodiscard]] CardResult<CardResponse> transmit(const QByteArray &command) override;

private:
    PcscCardChannel() = default;

    PcscContext m_context;
    SCARDHANDLE m_card = 0;
    DWORD m_protocol = 0;
    bool m_connected = false;
    bool m_inTransaction = false;
};

} // namespace Madoguchi
