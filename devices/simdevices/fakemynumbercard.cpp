// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakemynumbercard.h"

#include "card/bertlv.h"
#include "common/translation.h"

using namespace Qt::StringLiterals;

namespace Madoguchi {
namespace {

const QByteArray kAid("\xD3\x92\x10\x00\x31\x00\x01\x01\x04\x08", 10);

QByteArray sw(quint16 status)
{
    return QByteArray(1, char(status >> 8)) + char(status & 0xFF);
}

uchar byteAt(const QByteArray &bytes, qsizetype index)
{
    return index < bytes.size() ? uchar(bytes.at(index)) : 0;
}

} // namespace

FakeMyNumberCard::FakeMyNumberCard(FakeCardProfile profile)
    : m_profile(std::move(profile))
{
}

QByteArray FakeMyNumberCard::answerToReset()
{
    return QByteArray::fromHex("3BDA13FF8131FB468012392F31C173C601C03B");
}

void FakeMyNumberCard::reset()
{
    m_applicationSelected = false;
    m_file = 0;
    m_verified = false;
}

CardResult<CardResponse> FakeMyNumberCard::transmit(const QByteArray &command)
{
    const QByteArray raw = respond(command);
    if (raw.isEmpty())
        return CardError{CardErrorCode::CardRemoved, DevicesTr::tr("The card was removed.")};
    return splitResponse(raw);
}

QByteArray FakeMyNumberCard::respond(const QByteArray &command)
{
    if (m_removed || (m_profile.removedAfter >= 0 && m_log.size() >= m_profile.removedAfter)) {
        m_removed = true;
        return {};
    }
    m_log.append(byteAt(command, 1) == 0x20 ? command.left(5) : command);
    if (command.size() < 4)
        return sw(0x6700);
    if (command.at(0) != 0x00)
        return sw(0x6E00);
    switch (uchar(command.at(1))) {
    case 0xA4: return select(command);
    case 0x20: return verify(command);
    case 0xB0: return readBinary(command);
    default: return sw(0x6D00);
    }
}

QByteArray FakeMyNumberCard::select(const QByteArray &command)
{
    const uchar p1 = uchar(command.at(2));
    const QByteArray data = command.mid(5, command.size() > 4 ? uchar(command.at(4)) : 0);
    if (p1 == 0x04) {
        m_applicationSelected = m_profile.myNumberCard && data == kAid;
        m_file = 0;
        m_verified = false;
        return sw(m_applicationSelected ? 0x9000 : 0x6A82);
    }
    if (p1 != 0x02 || data.size() != 2)
        return sw(0x6A86);
    const quint16 id = quint16(uchar(data.at(0)) << 8 | uchar(data.at(1)));
    if (!m_applicationSelected || (id != 0x0011 && id != 0x0001 && id != 0x0002))
        return sw(0x6A82);
    m_file = id;
    return sw(0x9000);
}

QByteArray FakeMyNumberCard::verify(const QByteArray &command)
{
    if (m_file != 0x0011)
        return sw(0x6986);
    const bool query = command.size() == 4;
    if (query && m_verified)
        return sw(0x9000);
    if (m_profile.triesLeft == 0)
        return sw(0x6984);
    if (query)
        return sw(quint16(0x63C0 | m_profile.triesLeft));
    const QByteArray pin = command.mid(5, byteAt(command, 4));
    if (pin == m_profile.pin) {
        m_profile.triesLeft = 3;
        m_verified = true;
        return sw(0x9000);
    }
    m_verified = false;
    --m_profile.triesLeft;
    return sw(quint16(0x63C0 | m_profile.triesLeft));
}

QByteArray FakeMyNumberCard::readBinary(const QByteArray &command) const
{
    if (m_file != 0x0001 && m_file != 0x0002)
        return sw(0x6986);
    if (!m_verified)
        return sw(0x6982);
    const int offset = (uchar(command.at(2)) & 0x7F) << 8 | uchar(command.at(3));
    const int length = command.size() > 4 && command.at(4) != 0 ? uchar(command.at(4)) : 256;
    const QByteArray contents = file(m_file);
    if (offset > contents.size())
        return sw(0x6B00);
    const QByteArray data = contents.mid(offset, length);
    return data + sw(data.size() < length ? 0x6282 : 0x9000);
}

QByteArray FakeMyNumberCard::file(quint16 id) const
{
    if (id == 0x0001)
        return encodeTlv(0xD0, m_profile.individualNumber);
    const BasicFourItems &holder = m_profile.holder;
    const QByteArray inner = encodeTlv(0xDF21, QByteArray(8 + m_profile.extraBytes, '\x01')) + encodeTlv(0xDF22, holder.name.toUtf8())
        + encodeTlv(0xDF23, holder.address.toUtf8()) + encodeTlv(0xDF24, holder.birthDate.toLatin1())
        + encodeTlv(0xDF25, holder.sex.toLatin1());
    return encodeTlv(0xFF20, inner) + QByteArray(16, '\xFF');
}

FakeCardConnection::FakeCardConnection(FakeMyNumberCard &card)
    : m_card(card)
{
    m_card.reset();
}

CardResult<CardResponse> FakeCardConnection::transmit(const QByteArray &command)
{
    return m_card.transmit(command);
}

QList<FakeCardProfile> sampleCardHolders()
{
    FakeCardProfile hanako;
    hanako.holder = {u"番号　花子"_s, u"東京都みどり区緑町一丁目２番３号"_s, u"19800101"_s, u"2"_s};
    FakeCardProfile nguyen;
    nguyen.holder = {u"NGUYEN THI LAN"_s, u"東京都みどり区若葉台四丁目５番６号　若葉ハイツ２０１"_s, u"19950714"_s, u"2"_s};
    nguyen.individualNumber = "987654321098";
    FakeCardProfile yoshida;
    yoshida.holder = {u"𠮷田　一郎"_s, u"東京都みどり区本町二丁目１０番地"_s, u"19521103"_s, u"1"_s};
    yoshida.individualNumber = "112233445566";
    return {hanako, nguyen, yoshida};
}

} // namespace Madoguchi
