// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mynumbercard.h"

#include "bertlv.h"
#include "common/translation.h"
#include "logging/devicelogging.h"

namespace Madoguchi {
namespace {

const QByteArray kSelectApplication("\x00\xA4\x04\x0C\x0A\xD3\x92\x10\x00\x31\x00\x01\x01\x04\x08", 15);
const QByteArray kPinStatus("\x00\x20\x00\x80", 4);
constexpr quint16 kPinFile = 0x0011;
constexpr quint16 kIndividualNumberFile = 0x0001;
constexpr quint16 kBasicFourFile = 0x0002;
constexpr int kHeaderRead = 7; // enough for FF 20 82 xx xx plus the first inner tag

CardError unexpected(quint16 status)
{
    qCInfo(lcCard) << "unexpected status word" << Qt::hex << status;
    return {CardErrorCode::Unreadable,
            DevicesTr::tr("The card gave an unexpected answer (%1). Place it on the reader again.").arg(status, 4, 16, QChar(u'0'))};
}

CardError malformed()
{
    return {CardErrorCode::Unreadable, DevicesTr::tr("The card's data could not be read. Place it on the reader again.")};
}

std::optional<int> triesFrom(quint16 status)
{
    if ((status & 0xFFF0) == 0x63C0)
        return status & 0x0F;
    if (status == 0x6984 || status == 0x6983)
        return 0;
    return std::nullopt;
}

} // namespace

CardError lockedError()
{
    return {CardErrorCode::Locked, DevicesTr::tr("The card's PIN is locked. The holder must reset it at the municipal office.")};
}

CardError lastTryError()
{
    return {CardErrorCode::LastTryLeft,
            DevicesTr::tr("Only one PIN try is left: a wrong PIN locks the card. Check the PIN before entering it.")};
}

CardError badPinError()
{
    return {CardErrorCode::BadPin, DevicesTr::tr("The PIN has four digits. Please enter it again.")};
}

MyNumberCardSession::MyNumberCardSession(CardChannel &channel)
    : m_channel(channel)
{
}

CardResult<CardResponse> MyNumberCardSession::send(const QByteArray &command)
{
    return m_channel.transmit(command);
}

CardResult<Done> MyNumberCardSession::selectApplication()
{
    const auto response = send(kSelectApplication);
    if (!response)
        return response.error();
    if (response->status == 0x6A82 || response->status == 0x6A86 || response->status == 0x6D00 || response->status == 0x6E00)
        return CardError{CardErrorCode::NotMyNumberCard, DevicesTr::tr("This card is not a My Number card.")};
    if (!response->ok())
        return unexpected(response->status);
    return Done{};
}

CardResult<Done> MyNumberCardSession::selectFile(quint16 id)
{
    const QByteArray command = QByteArray("\x00\xA4\x02\x0C\x02", 5) + char(id >> 8) + char(id & 0xFF);
    const auto response = send(command);
    if (!response)
        return response.error();
    if (!response->ok())
        return unexpected(response->status);
    return Done{};
}

CardResult<int> MyNumberCardSession::pinTriesLeft()
{
    if (auto selected = selectFile(kPinFile); !selected)
        return selected.error();
    const auto response = send(kPinStatus);
    if (!response)
        return response.error();
    if (response->ok())
        return kMaxTries; // already verified in this session: the counter is full
    if (const std::optional<int> tries = triesFrom(response->status))
        return *tries;
    return unexpected(response->status);
}

CardResult<Done> MyNumberCardSession::verifyPin(const SecurePin &pin)
{
    if (!pin.isFourDigits())
        return badPinError();
    if (auto selected = selectFile(kPinFile); !selected)
        return selected.error();
    QByteArray command = pin.verifyCommand();
    const auto response = send(command);
    SecurePin::wipe(command);
    if (!response)
        return response.error();
    if (response->ok())
        return Done{};
    const std::optional<int> tries = triesFrom(response->status);
    if (!tries)
        return unexpected(response->status);
    if (*tries == 0)
        return lockedError();
    return CardError{CardErrorCode::WrongPin, wrongPinMessage(*tries)};
}

CardResult<QByteArray> MyNumberCardSession::readBinary(int offset, int length)
{
    const QByteArray command = QByteArray("\x00\xB0", 2) + char(offset >> 8 & 0x7F) + char(offset & 0xFF) + char(length & 0xFF);
    const auto response = send(command);
    if (!response)
        return response.error();
    if (response->status == 0x6982)
        return CardError{CardErrorCode::Unreadable, DevicesTr::tr("The card refused to be read before the PIN was verified.")};
    if (!response->ok() && response->status != 0x6282)
        return unexpected(response->status);
    return response->data;
}

CardResult<QByteArray> MyNumberCardSession::readWholeFile(quint16 id)
{
    if (auto selected = selectFile(id); !selected)
        return selected.error();
    auto head = readBinary(0, kHeaderRead);
    if (!head)
        return head.error();
    const std::optional<qsizetype> total = tlvElementSize(*head);
    if (!total || *total > 0x7FFF)
        return malformed();
    QByteArray file = head->left(*total);
    while (file.size() < *total) {
        const int chunk = int(std::min<qsizetype>(kReadChunk, *total - file.size()));
        auto part = readBinary(int(file.size()), chunk);
        if (!part)
            return part.error();
        if (part->isEmpty())
            return malformed();
        file += part->left(chunk);
    }
    return file;
}

CardResult<BasicFourItems> MyNumberCardSession::readBasicFour()
{
    auto file = readWholeFile(kBasicFourFile);
    if (!file)
        return file.error();
    const auto outer = parseTlvList(*file);
    const Tlv *container = outer ? findTlv(*outer, 0xFF20) : nullptr;
    const auto inner = container ? parseTlvList(container->value) : std::nullopt;
    if (!inner)
        return malformed();
    const auto text = [&](quint32 tag, bool utf8) {
        const Tlv *item = findTlv(*inner, tag);
        return !item ? QString() : utf8 ? QString::fromUtf8(item->value) : QString::fromLatin1(item->value);
    };
    BasicFourItems items{text(0xDF22, true), text(0xDF23, true), text(0xDF24, false), text(0xDF25, false)};
    if (items.name.isEmpty() || items.birthDate.isEmpty())
        return malformed();
    return items;
}

CardResult<QString> MyNumberCardSession::readIndividualNumber(bool allowedByConfiguration)
{
    if (!allowedByConfiguration)
        return CardError{CardErrorCode::NotAllowed, DevicesTr::tr("Reading the individual number is not enabled for this office.")};
    auto file = readWholeFile(kIndividualNumberFile);
    if (!file)
        return file.error();
    const auto elements = parseTlvList(*file);
    const Tlv *number = elements ? findTlv(*elements, 0xD0) : nullptr;
    if (!number || number->value.size() != 12)
        return malformed();
    return QString::fromLatin1(number->value);
}

} // namespace Madoguchi
