// The card code against a real pcscd with Debian's vsmartcard vpcd reader and the project's card
// emulator: reader and card detection, a good read, wrong PINs counting down, a locked card, another
// kind of card, a long file, and a card lifted off in the middle of a read.
#include "card/cardreaderfactory.h"
#include "pcscdprocess.h"
#include "qtstringmaker.h"

#include <catch2/catch.hpp>

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
    const auto items = reader->readBasicFour(pin("1234"));
    REQUIRE(items.ok());
    CHECK(items->name == u"番号　花子"_s);
    CHECK(items->birthDate == u"19800101"_s);

    const auto wrong = reader->readBasicFour(pin("9999"));
    CHECK(wrong.error().code == CardErrorCode::WrongPin);
    CHECK(reader->pinTriesLeft().value() == 2);
    CHECK(reader->readBasicFour(pin("9998")).error().code == CardErrorCode::WrongPin);
    CHECK(reader->pinTriesLeft().value() == 1);
    CHECK(reader->readBasicFour(pin("9997")).error().code == CardErrorCode::Locked);
    CHECK(reader->pinTriesLeft().value() == 0);
    CHECK(reader->readBasicFour(pin("1234")).error().code == CardErrorCode::Locked);

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
    const auto large = reader->readBasicFour(pin("1234"));
    REQUIRE(large.ok());
    CHECK(large->name == u"𠮷田　一郎"_s);
    pcscd.liftCard();

    pcscd.placeCard({u"--tries"_s, u"0"_s});
    CHECK(reader->pinTriesLeft().value() == 0);
    pcscd.liftCard();

    pcscd.placeCard({u"--removed-after"_s, u"5"_s});
    const auto lifted = reader->readBasicFour(pin("1234"));
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
