// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/preapplication.h"
#include "scan/reservationcode.h"
#include "scan/scanpayload.h"

#include "qtstringmaker.h"

#include <catch2/catch.hpp>

using namespace Madoguchi;

namespace {

ScanPayload accepted(const QByteArray &raw)
{
    const auto result = parseScanPayload(raw);
    INFO(raw.toStdString() << " -> " << (result ? "" : result.error().message.toStdString()));
    REQUIRE(result.ok());
    return result.value();
}

ScanErrorCode refused(const QByteArray &raw)
{
    const auto result = parseScanPayload(raw);
    INFO(raw.toStdString());
    REQUIRE_FALSE(result.ok());
    CHECK_FALSE(result.error().message.isEmpty());
    return result.error().code;
}

PreApplication sampleApplication()
{
    return {1,
            {QStringLiteral("moving-in"), QStringLiteral("national-health-insurance")},
            {QStringLiteral("番号　花子"), QStringLiteral("東京都千代田区永田町一丁目７番１号"), QStringLiteral("19850402"),
             QStringLiteral("2")}};
}

QByteArray preApplicationCode(const QByteArray &json, int version = 1)
{
    return "MADOGUCHI:PA:" + QByteArray::number(version) + ':'
        + json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

TEST_CASE("Reservation codes carry a Luhn mod 32 check character", "[scan]")
{
    // Vectors computed independently (Python, Luhn mod N over Crockford's alphabet).
    CHECK(reservationCheckCharacter(u"7K3MQ2P") == u'7');
    CHECK(reservationCheckCharacter(u"0000000") == u'0');
    CHECK(reservationCheckCharacter(u"ZZZZZZZ") == u'7');
    CHECK(reservationCheckCharacter(u"MDG2026") == u'S');
    CHECK(reservationCodeCheckDigitValid(u"7K3M-Q2P7"));
    CHECK_FALSE(reservationCodeCheckDigitValid(u"7K3M-Q2P8"));
    CHECK_FALSE(reservationCodeCheckDigitValid(u"K73M-Q2P7")); // two characters swapped

    CHECK(normalizedReservationCode(u"7k3m q2p7") == QStringLiteral("7K3M-Q2P7"));
    CHECK(normalizedReservationCode(u"MDGZ-O2iS") == QStringLiteral("MDGZ-021S")); // O→0, i→1
    CHECK_FALSE(normalizedReservationCode(u"7K3M-Q2P"));
    CHECK_FALSE(normalizedReservationCode(u"7K3M-Q2PU")); // U is not in the alphabet
}

TEST_CASE("Scans of reservation codes, typed or from a booking URL", "[scan]")
{
    for (const QByteArray &raw :
         {QByteArray("7K3M-Q2P7"), QByteArray("7k3mq2p7\r\n"), QByteArray("https://city.example/madoguchi/r/7K3MQ2P7"),
          QByteArray("https://city.example/r/7K3M-Q2P7?lang=vi")}) {
        const ScanPayload payload = accepted(raw);
        CHECK(payload.kind == ScanPayload::Kind::ReservationCode);
        CHECK(payload.code == QStringLiteral("7K3M-Q2P7"));
    }
    CHECK(refused("7K3M-Q2P8") == ScanErrorCode::BadCheckDigit);
    CHECK(refused("https://city.example/r/7K3M-Q2") == ScanErrorCode::Malformed);
    CHECK(refused("https://city.example/r/7K3M-Q2P8") == ScanErrorCode::BadCheckDigit);
}

TEST_CASE("Scans of a ticket status URL name its visit", "[scan]")
{
    const ScanPayload payload = accepted("https://city.example/s/q5XrN2Jz0vYb7-Pk_3mWdQ\r");
    CHECK(payload.kind == ScanPayload::Kind::StatusToken);
    CHECK(payload.code == QStringLiteral("q5XrN2Jz0vYb7-Pk_3mWdQ"));
    CHECK(accepted("http://192.168.10.5:8080/s/AAAAAAAAAAAAAAAAAAAAAw#notify").code == QStringLiteral("AAAAAAAAAAAAAAAAAAAAAw"));

    CHECK(refused("https://city.example/s/q5XrN2Jz0vYb7-Pk_3mWdR") == ScanErrorCode::Malformed); // 129th bit set
    CHECK(refused("https://city.example/s/q5XrN2Jz0vYb7") == ScanErrorCode::Malformed);
    CHECK(refused("https://city.example/s/q5XrN2Jz0vYb7+Pk_3mWdQ") == ScanErrorCode::Malformed);
    CHECK(refused("https://city.example/about") == ScanErrorCode::Unknown);
    CHECK(refused("ftp://city.example/s/q5XrN2Jz0vYb7-Pk_3mWdQ") == ScanErrorCode::Unknown);
}

TEST_CASE("EAN-13 and EAN-8 bar codes are checked", "[scan]")
{
    CHECK(accepted("4901234567894").kind == ScanPayload::Kind::Ean13);
    CHECK(accepted("4901234567894").code == QStringLiteral("4901234567894"));
    CHECK(accepted("96385074\n").kind == ScanPayload::Kind::Ean8);
    CHECK(refused("4901234567890") == ScanErrorCode::BadCheckDigit);
    CHECK(refused("96385075") == ScanErrorCode::BadCheckDigit);
    CHECK(refused("490123456789") == ScanErrorCode::Unknown); // 12 digits: not EAN
}

TEST_CASE("Pre-application codes round-trip and are versioned", "[scan]")
{
    const PreApplication application = sampleApplication();
    const QByteArray code = encodePreApplication(application);
    CHECK(code.startsWith("MADOGUCHI:PA:1:"));
    for (char c : code)
        CHECK(uchar(c) < 0x80); // ASCII only: survives a keyboard-wedge scanner

    const ScanPayload payload = accepted(code + "\r\n");
    CHECK(payload.kind == ScanPayload::Kind::PreApplication);
    REQUIRE(payload.preApplication);
    CHECK(*payload.preApplication == application);

    SECTION("only the name is required; unknown members are ignored")
    {
        const ScanPayload minimal = accepted(preApplicationCode(R"({"name":"NGUYEN THI LAN","note":"later versions may add members"})"));
        CHECK(minimal.preApplication->person.name == QStringLiteral("NGUYEN THI LAN"));
        CHECK(minimal.preApplication->procedures.isEmpty());
        CHECK(minimal.preApplication->person.birthDate.isEmpty());
    }
    SECTION("a newer version is refused as such")
    {
        const auto result = parseScanPayload(preApplicationCode(R"({"name":"x"})", 2));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ScanErrorCode::UnsupportedVersion);
        CHECK(result.error().message.contains(u'2'));
    }
    SECTION("damaged contents are refused")
    {
        for (const QByteArray &json :
             {QByteArray(R"({"address":"no name"})"), QByteArray(R"({"name":"a","birthDate":"1985-02-30"})"),
              QByteArray(R"({"name":"a","sex":"3"})"), QByteArray(R"({"name":"a","procedures":"moving-in"})"),
              QByteArray(R"({"name":"a","procedures":["Moving In"]})"), QByteArray(R"(["name"])"), QByteArray(R"({"name":)")}) {
            INFO(json.toStdString());
            CHECK(refused(preApplicationCode(json)) == ScanErrorCode::Malformed);
        }
        CHECK(refused("MADOGUCHI:PA:1:@@@@") == ScanErrorCode::Malformed);
        CHECK(refused("MADOGUCHI:PA::e30") == ScanErrorCode::Malformed);
        CHECK(refused("MADOGUCHI:PA:x:e30") == ScanErrorCode::Malformed);
        CHECK(refused(preApplicationCode(R"({"name":")" + QByteArray(101, 'a') + R"("})")) == ScanErrorCode::Malformed);
    }
}

TEST_CASE("Empty, oversized, binary and unknown scans are refused with a reason", "[scan]")
{
    CHECK(refused("") == ScanErrorCode::Empty);
    CHECK(refused("\r\n") == ScanErrorCode::Empty);
    CHECK(refused(QByteArray(kMaxScanBytes + 1, 'A')) == ScanErrorCode::TooLong);
    CHECK(refused("\xff\xfe\x00\x01") == ScanErrorCode::NotText);
    CHECK(refused("\x82\xa0\x82\xa2") == ScanErrorCode::NotText); // Shift_JIS, not UTF-8
    CHECK(refused(QByteArray("7K3M\x00Q2P7", 9)) == ScanErrorCode::NotText);
    CHECK(refused("hello world") == ScanErrorCode::Unknown);
    CHECK(refused("こんにちは") == ScanErrorCode::Unknown);
}
