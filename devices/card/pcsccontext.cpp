// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pcsccontext.h"

#include "common/translation.h"

#include <PCSC/pcsclite.h>

namespace Madoguchi {

PcscContext::~PcscContext()
{
    if (m_established)
        SCardReleaseContext(m_context);
}

CardResult<Done> PcscContext::establish()
{
    const LONG result = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &m_context);
    if (result != SCARD_S_SUCCESS)
        return pcscError(result, false);
    m_established = true;
    return Done{};
}

CardResult<QStringList> PcscContext::readers() const
{
    DWORD size = 0;
    LONG result = SCardListReaders(m_context, nullptr, nullptr, &size);
    if (result == SCARD_E_NO_READERS_AVAILABLE)
        return QStringList{};
    if (result != SCARD_S_SUCCESS)
        return pcscError(result, false);
    QByteArray names(qsizetype(size), '\0');
    result = SCardListReaders(m_context, nullptr, names.data(), &size);
    if (result == SCARD_E_NO_READERS_AVAILABLE)
        return QStringList{};
    if (result != SCARD_S_SUCCESS)
        return pcscError(result, false);
    QStringList list;
    for (const QByteArray &name : names.split('\0')) {
        if (!name.isEmpty())
            list.append(QString::fromUtf8(name));
    }
    return list;
}

CardResult<QString> PcscContext::findReader(const QString &name) const
{
    const auto all = readers();
    if (!all)
        return all.error();
    for (const QString &reader : *all) {
        if (reader == name || reader.startsWith(name))
            return reader;
    }
    return CardError{CardErrorCode::NoReader,
                     all->isEmpty() ? DevicesTr::tr("No card reader is connected.")
                                    : DevicesTr::tr("No card reader is called \"%1\" (connected: %2).").arg(name, all->join(u", "))};
}

CardError pcscError(LONG code, bool duringTransfer)
{
    switch (code) {
    case SCARD_E_NO_SERVICE:
    case SCARD_E_SERVICE_STOPPED: return {CardErrorCode::NoReader, DevicesTr::tr("The smart card service (pcscd) is not running.")};
    case SCARD_E_NO_READERS_AVAILABLE:
    case SCARD_E_UNKNOWN_READER: return {CardErrorCode::NoReader, DevicesTr::tr("No card reader is connected.")};
    case SCARD_E_READER_UNAVAILABLE: return {CardErrorCode::ReaderGone, DevicesTr::tr("The card reader was disconnected.")};
    case SCARD_E_NO_SMARTCARD:
    case SCARD_W_REMOVED_CARD:
    case SCARD_W_RESET_CARD:
        if (duringTransfer)
            return {CardErrorCode::CardRemoved,
                    DevicesTr::tr("The card was moved away from the reader while it was read. Place it again and keep it still.")};
        return {CardErrorCode::NoCard, DevicesTr::tr("No card is on the reader.")};
    case SCARD_W_UNRESPONSIVE_CARD:
    case SCARD_W_UNPOWERED_CARD:
    case SCARD_W_UNSUPPORTED_CARD: return {CardErrorCode::Unreadable, DevicesTr::tr("The card does not respond. Place it again.")};
    default:
        return {CardErrorCode::Unreadable,
                DevicesTr::tr("The card reader failed (%1).").arg(QString::fromUtf8(pcsc_stringify_error(code)))};
    }
}

} // namespace Madoguchi
