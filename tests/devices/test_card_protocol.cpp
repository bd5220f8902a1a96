// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The My Number card's card-info input-support application against the in-process fake card:
// BER-TLV, PIN tries, locking, other cards, long files, a card lifted off mid-read, and the rule that
// the individual number is never touched unless the office allows it.
#include "card/bertlv.h"
#include "card/cardreaderfactory.h"
#include "card/mynumbercard.h"
#include "card/mynumbercardreader.h"
#include "qtstringmaker.h"
#include "simdevices/fakemynumbercard.h"

#include <catch2/catch.hpp>

using namespace Madoguchi;
using namespace Qt::StringLiterals;

namespace {

SecurePin pin(const char *digits)
{
    QByteArray buffer(digits);
    return SecurePin(buffer);
}

FakeCardProfile hanako()
{
    return sampleCardHolders().first();
}

/// A reader over one fake card that stays on the reader between requests.
struct FakeReader {
    explicit FakeReader(FakeCardProfile profile)
        : card(std::move(profile))
        , reader([this]() -> CardResult<std::unique_ptr<CardChannel>> {
            return std::unique_ptr<CardChannel>(std::make_unique<FakeCardConnection>(card));
        })
    {
    }
    FakeMyNumberCard card;
    MyNumberCardReader reader;
};

bool logContains(const FakeMyNumberCard &card, const QByteArray &command)
{
    return card.commandLog().contains(command);
}

/// VERIFY commands that carried a PIN (the card logs their header and length only).
qsizetype verifyCount(const FakeMyNumberCard &card)
{
    const QByteArray verify = QByteArray::fromHex("00200080");
    const QList<QByteArray> &log = card.commandLog();
    return std::count_if(log.cbegin(), log.cend(), [&](const QByteArray &c) { return c.size() == 5 && c.startsWith(verify); });
}

} // namespace

TEST_CASE("BER-TLV with one- and two-byte tags and long-form lengths", "[card][tlv]")
{
    const QByteArray file = QByteArray::fromHex("FF2082012C") + QByteArray::fromHex("DF2282012700") + QByteArray(0x126, 'a');
    CHECK(tlvElementSize(file.left(5)) == 5 + 0x12C);
    const auto outer = parseTlvList(file);
    REQUIRE(outer);
    REQUIRE(outer->size() == 1);
    CHECK(outer->first().tag == 0xFF20);
    CHECK(outer->first().constructed);
    const auto inner = parseTlvList(outer->first().value);
    REQUIRE(inner);
    CHECK(inner->first().tag == 0xDF22);
    CHECK(inner->first().value.size() == 0x127);

    CHECK(parseTlvList(QByteArray::fromHex("D00C313233")) == std::nullopt);       // runs past the end
    CHECK(parseTlvList(QByteArray::fromHex("DF2280")) == std::nullopt);           // indefinite length
    CHECK(parseTlvList(QByteArray::fromHex("DF21840000000100")) == std::nullopt); // 4-byte length
    CHECK(parseTlvList(QByteArray::fromHex("1FFFFFFF0100")) == std::nullopt);     // tag too long
    CHECK(tlvElementSize(QByteArray::fromHex("FF2082")) == std::nullopt);         // header incomplete
    const auto padded = parseTlvList(QByteArray::fromHex("D0013100D00132FFFFFF"));
    REQUIRE(padded);
    CHECK(padded->size() == 2);
    CHECK(encodeTlv(0xDF23, QByteArray(200, 'x')).left(4) == QByteArray::fromHex("DF2381C8"));
    CHECK(encodeTlv(0xD0, "12") == QByteArray::fromHex("D0023132"));
}

TEST_CASE("A good PIN reads the basic four items", "[card]")
{
    FakeReader fake(hanako());
    CHECK(fake.reader.pinTriesLeft().value() == 3);
    const auto items = fake.reader.readBasicFour(pin("1234"), LastPinTry::Refuse);
    REQUIRE(items.ok());
    CHECK(items->name == u"番号　花子"_s);
    CHECK(items->address == u"東京都みどり区緑町一丁目２番３号"_s);
    CHECK(items->birthDate == u"19800101"_s);
    CHECK(items->sex == u"2"_s);
    // The application is selected by its AID; the PIN never appears in what the card logged for us.
    CHECK(fake.card.commandLog().first() == QByteArray::fromHex("00A4040C0AD3921000310001010408"));
    for (const QByteArray &command : fake.card.commandLog())
        CHECK_FALSE(command.contains("1234"));
    CHECK_FALSE(logContains(fake.card, QByteArray::fromHex("00A4020C020001"))); // EF 0001 never selected
}

TEST_CASE("Wrong PINs count down to a lock and the reader never retries on its own", "[card]")
{
    FakeReader fake(hanako());
    auto first = fake.reader.readBasicFour(pin("0000"), LastPinTry::Refuse);
    REQUIRE_FALSE(first.ok());
    CHECK(first.error().code == CardErrorCode::WrongPin);
    CHECK(first.error().message.contains(u"2 tries left"_s));
    CHECK(fake.reader.pinTriesLeft().value() == 2);

    auto second = fake.reader.readBasicFour(pin("1111"), LastPinTry::Refuse);
    CHECK(second.error().code == CardErrorCode::WrongPin);
    CHECK(second.error().message.contains(u"one try is left"_s));
    CHECK(fake.reader.pinTriesLeft().value() == 1);

    SECTION("the last try is not spent unless the read is told it may be")
    {
        const qsizetype verifiesBefore = verifyCount(fake.card);
        const auto stopped = fake.reader.readBasicFour(pin("2222"), LastPinTry::Refuse);
        CHECK(stopped.error().code == CardErrorCode::LastTryLeft);
        CHECK(stopped.error().message.contains(u"Only one PIN try is left"_s));
        CHECK(fake.card.triesLeft() == 1);
        CHECK(verifyCount(fake.card) == verifiesBefore); // no PIN reached the card
    }
    SECTION("the right PIN on the last try resets the counter")
    {
        REQUIRE(fake.reader.readBasicFour(pin("1234"), LastPinTry::Accept).ok());
        CHECK(fake.reader.pinTriesLeft().value() == 3);
    }
    SECTION("a third wrong PIN locks the card")
    {
        auto third = fake.reader.readBasicFour(pin("2222"), LastPinTry::Accept);
        CHECK(third.error().code == CardErrorCode::Locked);
        CHECK(fake.reader.pinTriesLeft().value() == 0);
        const qsizetype verifiesBefore = verifyCount(fake.card);
        auto after = fake.reader.readBasicFour(pin("1234"), LastPinTry::Accept);
        CHECK(after.error().code == CardErrorCode::Locked);
        CHECK(fake.card.triesLeft() == 0);
        CHECK(verifyCount(fake.card) == verifiesBefore); // a locked card is not sent the PIN
    }
    SECTION("a PIN that is not four digits uses no try")
    {
        for (const char *bad : {"123", "12345", "12a4", ""}) {
            auto refused = fake.reader.readBasicFour(pin(bad), LastPinTry::Refuse);
            CHECK(refused.error().code == CardErrorCode::BadPin);
        }
        CHECK(fake.card.triesLeft() == 1);
    }
}

TEST_CASE("Other cards, long files, and a card lifted off mid-read", "[card]")
{
    SECTION("not a My Number card")
    {
        FakeCardProfile other = hanako();
        other.myNumberCard = false;
        FakeReader fake(other);
        CHECK(fake.reader.pinTriesLeft().error().code == CardErrorCode::NotMyNumberCard);
        CHECK(fake.reader.readBasicFour(pin("1234"), LastPinTry::Refuse).error().code == CardErrorCode::NotMyNumberCard);
    }
    SECTION("a basic-four file of over 700 bytes is read in several chunks")
    {
        FakeCardProfile large = hanako();
        large.extraBytes = 600;
        FakeReader fake(large);
        const auto items = fake.reader.readBasicFour(pin("1234"), LastPinTry::Refuse);
        REQUIRE(items.ok());
        CHECK(items->address == large.holder.address);
        const auto reads = std::count_if(fake.card.commandLog().begin(), fake.card.commandLog().end(),
                                         [](const QByteArray &c) { return c.startsWith(QByteArray("\x00\xB0", 2)); });
        CHECK(reads >= 4);
    }
    SECTION("lifted off while reading")
    {
        FakeCardProfile shaky = hanako();
        shaky.removedAfter = 5; // SELECT AP, SELECT EF, VERIFY, SELECT EF, the first READ BINARY; then gone
        FakeReader fake(shaky);
        const auto items = fake.reader.readBasicFour(pin("1234"), LastPinTry::Refuse);
        REQUIRE_FALSE(items.ok());
        CHECK(items.error().code == CardErrorCode::CardRemoved);
    }
    SECTION("a name outside JIS X 0208 and an alphabet name come through intact")
    {
        for (const FakeCardProfile &holder : sampleCardHolders()) {
            FakeReader fake(holder);
            CHECK(fake.reader.readBasicFour(pin("1234"), LastPinTry::Refuse).value() == holder.holder);
        }
    }
}

TEST_CASE("The individual number is read only when the configuration allows it", "[card]")
{
    FakeMyNumberCard card(hanako());
    MyNumberCardSession session(card);
    REQUIRE(session.selectApplication().ok());
    REQUIRE(session.verifyPin(pin("1234")).ok());
    const auto refused = session.readIndividualNumber(false);
    CHECK(refused.error().code == CardErrorCode::NotAllowed);
    CHECK_FALSE(logContains(card, QByteArray::fromHex("00A4020C020001")));
    const auto allowed = session.readIndividualNumber(true);
    CHECK(allowed.value() == u"123456789018"_s);
}

TEST_CASE("A read for a form that takes the individual number reads it in the same hold, after the PIN", "[card]")
{
    FakeReader fake(hanako());
    const auto readout = fake.reader.readWithIndividualNumber(pin("1234"), LastPinTry::Refuse);
    REQUIRE(readout.ok());
    CHECK(readout->items.name == u"番号　花子"_s);
    CHECK(readout->individualNumber == "123456789018");
    CHECK(verifyCount(fake.card) == 1);
    CHECK(logContains(fake.card, QByteArray::fromHex("00A4020C020001")));

    FakeReader wrong(hanako());
    const auto refused = wrong.reader.readWithIndividualNumber(pin("9999"), LastPinTry::Refuse);
    CHECK(refused.error().code == CardErrorCode::WrongPin);
    CHECK_FALSE(logContains(wrong.card, QByteArray::fromHex("00A4020C020001"))); // nothing without the PIN
}

TEST_CASE("The PIN is wiped from the buffers that held it", "[card][pin]")
{
    QByteArray typed("4321");
    SecurePin held(typed);
    CHECK(typed.isEmpty());
    CHECK(held.isFourDigits());
    SecurePin moved = std::move(held);
    CHECK_FALSE(held.isFourDigits());
    QByteArray command = moved.verifyCommand();
    CHECK(command
          == QByteArray("\x00\x20\x00\x80\x04"
                        "4321",
                        9));
    SecurePin::wipe(command);
    CHECK(command.isEmpty());
}

TEST_CASE("The simulated reader offers sample holders", "[card][sim]")
{
    auto reader = makeCardReader(u"sim://?holder=2&tries=1"_s);
    REQUIRE(reader.ok());
    CHECK((*reader)->pinTriesLeft().value() == 1);
    const auto items = (*reader)->readBasicFour(pin("1234"), LastPinTry::Accept);
    CHECK(items.value().name == u"NGUYEN THI LAN"_s);
    CHECK((*reader)->pinTriesLeft().value() == 3);
    CHECK(makeCardReader(u"sim://?holder=9"_s).error().code == CardErrorCode::NoReader);
}
