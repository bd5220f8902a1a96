// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pcsccardchannel.h"

#include <PCSC/pcsclite.h>

namespace Madoguchi {

PcscCardChannel::~PcscCardChannel()
{
    if (m_inTransaction)
        SCardEndTransaction(m_card, SCARD_LEAVE_CARD);
    if (m_connected)
        SCardDisconnect(m_card, SCARD_RESET_CARD); // leaves no verified PIN state behind for the next program
}

CardResult<std::unique_ptr<CardChannel>> PcscCardChannel::connect(const QString &reader)
{
    std::unique_ptr<PcscCardChannel> channel(new PcscCardChannel);
    if (auto established = channel->m_context.establish(); !established)
        return established.error();
    const auto name = channel->m_context.findReader(reader);
    if (!name)
        return name.error();
    const LONG result = SCardConnect(channel->m_context.handle(), name->toUtf8().constData(), SCARD_SHARE_SHARED,
                                     SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &channel->m_card, &channel->m_protocol);
    if (result != SCARD_S_SUCCESS)
        return pcscError(result, false);
    channel->m_connected = true;
    // Held for the channel's life, which is one request: between our SELECT, VERIFY and READ BINARY
    // no other program's command may select another file or application. Another program's
    // transaction is waited for; a card lifted off meanwhile fails here.
    if (const LONG begun = SCardBeginTransaction(channel->m_card); begun != SCARD_S_SUCCESS)
        return pcscError(begun, true);
    channel->m_inTransaction = true;
    return std::unique_ptr<CardChannel>(std::move(channel));
}

CardResult<CardResponse> PcscCardChannel::transmit(const QByteArray &command)
{
    const SCARD_IO_REQUEST *pci = m_protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
    QByteArray response(258, '\0');
    DWORD length = DWORD(response.size());
    const LONG result = SCardTransmit(m_card, pci, reinterpret_cast<const BYTE *>(command.constData()), DWORD(command.size()), nullptr,
                                      reinterpret_cast<BYTE *>(response.data()), &length);
    if (result != SCARD_S_SUCCESS)
        return pcscError(result, true);
    response.truncate(qsizetype(length));
    if (response.size() < 2) // a reader that lost the card mid-command may answer "success" with nothing (vpcd does)
        return pcscError(SCARD_W_REMOVED_CARD, true);
    return splitResponse(response);
}

} // namespace Madoguchi
