// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The card code against a real pcscd with Debian's vsmartcard vpcd reader and the project's card
// emulator: reader and card detection, a good read, wrong PINs counting down, a locked card, another
// kind of card, a long file, a card lifted off in the middle of a read, and another program kept out
// while a read holds the card.
#include "card/cardreaderfactory.h"
#include "card/pcsccontext.h"
#include "pcscdprocess.h"
#include "qtstringmaker.h"

#include <catch2/catch.hpp>

#include <future>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

SecurePin pin(const char *digits)
{
    QByteArray buffer(digits);
    return SecurePin(buffer);
}

std::unique_ptr<CardReader> testReader()
{
    auto reader = makeCardReader(QString::fromLatin1(PcscdProcess::kReader));
    REQUIRE(reader.ok());
    return std::move(reader).value();
}

} // namespace

TEST_CASE("PC/SC: a card placed on the reader is read with its PIN, and wrong PINs count down to a lock", "[card][pcsc]")
{
    PcscdProcess pcscd;
    auto reader = testReader();
    CHECK(reader->pinTriesLeft().error().code == CardErrorCode::NoCard);

    pcscd.placeCard();
    CHECK(reader->pinTriesLeft().value() == 3);
    const auto items = reader->readBasicFour(pin("1234"), LastPinTry::Refuse);
    REQUIRE(items.ok());
    CHECK(items->name == u"番号　花子"_s);
    CHECK(items->birthDate == u"19800101"_s);

    const auto wrong = reader->readBasicFour(pin("9999"), LastPinTry::Refuse);
    CHECK(wrong.error().code == CardErrorCode::WrongPin);
    CHECK(reader->pinTriesLeft().value() == 2);
    CHECK(reader->readBasicFour(pin("9998"), LastPinTry::Refuse).error().code == CardErrorCode::WrongPin);
    CHECK(reader->pinTriesLeft().value() == 1);
    CHECK(reader->readBasicFour(pin("9997"), LastPinTry::Refuse).error().code == CardErrorCode::LastTryLeft);
    CHECK(reader->pinTriesLeft().value() == 1);
    CHECK(reader->readBasicFour(pin("9997"), LastPinTry::Accept).error().code == CardErrorCode::Locked);
    CHECK(reader->pinTriesLeft().value() == 0);
    CHECK(reader->readBasicFour(pin("1234"), LastPinTry::Accept).error().code == CardErrorCode::Locked);

    pcscd.liftCard();
    CHECK(reader->pinTriesLeft().error().code == CardErrorCode::NoCard);
}

TEST_CASE("PC/SC: other cards, long files and a card lifted off mid-read", "[card][pcsc]")
{
    PcscdProcess pcscd;
    auto reader = testReader();

    pcscd.placeCard({u"--not-my-number"_s});
    CHECK(reader->pinTriesLeft().error().code == CardErrorCode::NotMyNumberCard);
    pcscd.liftCard();

    pcscd.placeCard({u"--holder"_s, u"3"_s, u"--extra-bytes"_s, u"700"_s});
    const auto large = reader->readBasicFour(pin("1234"), LastPinTry::Refuse);
    REQUIRE(large.ok());
    CHECK(large->name == u"𠮷田　一郎"_s);
    pcscd.liftCard();

    pcscd.placeCard({u"--tries"_s, u"0"_s});
    CHECK(reader->pinTriesLeft().value() == 0);
    pcscd.liftCard();

    pcscd.placeCard({u"--removed-after"_s, u"5"_s});
    const auto lifted = reader->readBasicFour(pin("1234"), LastPinTry::Refuse);
    REQUIRE_FALSE(lifted.ok());
    INFO(lifted.error().message.toStdString());
    CHECK(lifted.error().code == CardErrorCode::CardRemoved);
    pcscd.waitForCardToLeave();
}

TEST_CASE("PC/SC: an unknown reader name is reported with the readers there are", "[card][pcsc]")
{
    PcscdProcess pcscd;
    auto reader = makeCardReader(u"SONY FeliCa RC-S300"_s);
    REQUIRE(reader.ok());
    const auto missing = (*reader)->pinTriesLeft();
    CHECK(missing.error().code == CardErrorCode::NoReader);
    CHECK(missing.error().message.contains(QString::fromLatin1(PcscdProcess::kReader)));
}

TEST_CASE("PC/SC: a read holds the card, so no other program's command comes between its steps", "[card][pcsc]")
{
    PcscdProcess pcscd;
    auto reader = testReader();
    pcscd.placeCard({u"--hold-at-verify"_s});

    // Another program on the same reader, connected before the read begins.
    PcscContext other;
    REQUIRE(other.establish());
    const auto name = other.findReader(QString::fromLatin1(PcscdProcess::kReader));
    REQUIRE(name);
    SCARDHANDLE card = 0;
    DWORD protocol = 0;
    REQUIRE(SCardConnect(other.handle(), name->toUtf8().constData(), SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &card,
                         &protocol)
            == SCARD_S_SUCCESS);

    auto read = std::async(std::launch::async, [&] { return reader->readBasicFour(pin("1234"), LastPinTry::Refuse); });
    pcscd.waitForCardToSay("holding at VERIFY"); // the read is between VERIFY and READ BINARY

    // Its SELECT would change the file the read is about to read; the card is held, so it is refused.
    const auto select = [&] {
        const QByteArray command = QByteArray::fromHex("00A4040C0AD3921000310001010408");
        BYTE response[258];
        DWORD length = sizeof response;
        const SCARD_IO_REQUEST *pci = protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
        return SCardTransmit(card, pci, reinterpret_cast<const BYTE *>(command.constData()), DWORD(command.size()), nullptr, response,
                             &length);
    };
    auto intrusion = std::async(std::launch::async, select);
    // Without the hold the command would wait for the card behind the read's VERIFY (and then come
    // between it and READ BINARY): bounded here. With it, pcsc-lite refuses at once (the test runs
    // with PCSCLITE_NO_BLOCKING; by default a client waits until the hold ends).
    const bool answered = intrusion.wait_for(std::chrono::seconds(10)) == std::future_status::ready;
    pcscd.releaseCard();
    REQUIRE(answered);
    CHECK(intrusion.get() == LONG(SCARD_E_SHARING_VIOLATION));

    const auto items = read.get();
    REQUIRE(items.ok());
    CHECK(items->name == u"番号　花子"_s);
    // Once the read is done the other program has the card again: reset, so that no program
    // inherits the PIN the read verified.
    CHECK(select() == LONG(SCARD_W_RESET_CARD));
    REQUIRE(SCardReconnect(card, SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, SCARD_LEAVE_CARD, &protocol)
            == SCARD_S_SUCCESS);
    CHECK(select() == LONG(SCARD_S_SUCCESS));
    SCardDisconnect(card, SCARD_LEAVE_CARD);
}
