// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/preapplication.h"
#include "scan/reservationcode.h"
#include "scan/scanpayload.h"

#include "qtstringmaker.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace Madoguchi;
using namespace Qt::StringLiterals;

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
    const QJsonObject profile{{u"familyName"_s, u"番号"_s},
                              {u"givenName"_s, u"花子"_s},
                              {u"address"_s, u"東京都千代田区永田町一丁目7番1号"_s},
                              {u"birthDate"_s, u"1985-04-02"_s},
                              {u"sex"_s, u"2"_s},
                              {u"members"_s, QJsonArray{QJsonObject{{u"givenName"_s, u"𠮷之助"_s}, {u"birthDate"_s, u"2019-05-01"_s}}}}};
    return {2, {QStringLiteral("moving-in"), QStringLiteral("national-health-insurance")}, profile};
}

/// A version-1 code (no check) or the signed part of a later one, around a JSON text.
QByteArray preApplicationCode(const QByteArray &json, int version = 1)
{
    return "MADOGUCHI:PA:" + QByteArray::number(version) + ':'
        + json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// A version-2 code around a JSON text, with its check.
QByteArray signedCode(const QByteArray &json, int version = 2)
{
    const QByteArray body = preApplicationCode(json, version);
    return body + '.' + QByteArray::number(crc32(body), 16).rightJustified(8, '0').toUpper();
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

TEST_CASE("Pre-application codes round-trip, carry a check and are versioned", "[scan]")
{
    CHECK(crc32("123456789") == 0xCBF43926u); // the standard check value of CRC-32
    const PreApplication application = sampleApplication();
    const QByteArray code = encodePreApplication(application);
    CHECK(code.startsWith("MADOGUCHI:PA:2:"));
    for (char c : code)
        CHECK(uchar(c) < 0x80); // ASCII only: survives a keyboard-wedge scanner
    CHECK(code.size() < 800);   // a QR code of version 15 or so: easy for a kiosk camera

    const ScanPayload payload = accepted(code + "\r\n");
    CHECK(payload.kind == ScanPayload::Kind::PreApplication);
    REQUIRE(payload.preApplication);
    CHECK(*payload.preApplication == application);
    const Profile profile = payload.preApplication->toProfile(QDateTime(QDate(2026, 12, 3), QTime(0, 0), Qt::UTC));
    CHECK(profile.value({u"givenName"_s, 1}) == u"𠮷之助"_s);
    CHECK(profile.candidates({u"address"_s, 0}).constFirst().source == ValueSource::PreApplication);

    SECTION("a code misread or cut off fails its check")
    {
        QByteArray misread = code;
        misread[40] = misread[40] == 'A' ? 'B' : 'A';
        CHECK(refused(misread) == ScanErrorCode::BadCheckDigit);
        CHECK(refused(code.left(code.size() - 1)) == ScanErrorCode::Malformed);
        CHECK(refused(code.left(code.size() / 2)) == ScanErrorCode::Malformed);
        CHECK(refused(code.left(code.lastIndexOf('.'))) == ScanErrorCode::Malformed);
    }
    SECTION("a newer version is refused as such")
    {
        const auto result = parseScanPayload(signedCode(R"({"profile":{}})", 3));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ScanErrorCode::UnsupportedVersion);
        CHECK(result.error().message.contains(u'3'));
    }
    SECTION("a value that does not fit its field is refused, naming the field and not the value")
    {
        for (const QByteArray &json :
             {QByteArray(R"({"profile":{"birthDate":"1985-02-30"}})"), QByteArray(R"({"profile":{"shoeSize":"27"}})"),
              QByteArray(R"({"profile":{"members":[{"postalCode":"1000001"}]}})"), QByteArray(R"({"profile":{"sex":"3"}})"),
              QByteArray(R"({"procedures":["Moving In"]})"), QByteArray(R"({"profile":"番号 花子"})"), QByteArray(R"(["profile"])")}) {
            INFO(json.toStdString());
            const auto result = parseScanPayload(signedCode(json));
            REQUIRE_FALSE(result.ok());
            CHECK(result.error().code == ScanErrorCode::Malformed);
            CHECK_FALSE(result.error().message.contains(u"1985-02-30"_s));
        }
        CHECK(parseScanPayload(signedCode(R"({"profile":{"birthDate":"1985-02-30"}})")).error().message.contains(u"birthDate"_s));
    }
    SECTION("version 1 codes are still read: the name split at its first space")
    {
        const ScanPayload old = accepted(preApplicationCode(
            R"({"procedures":["moving-in"],"name":"番号　花子","address":"東京都千代田区","birthDate":"1985-04-02","sex":"2","note":"ignored"})"));
        REQUIRE(old.preApplication);
        CHECK(old.preApplication->version == 1);
        CHECK(old.preApplication->profile.value(u"familyName"_s) == u"番号"_s);
        CHECK(old.preApplication->profile.value(u"givenName"_s) == u"花子"_s);
        CHECK(old.preApplication->profile.value(u"birthDate"_s) == u"1985-04-02"_s);
        // Written again, it is a version-2 code with the same contents.
        CHECK(*accepted(encodePreApplication(*old.preApplication)).preApplication == *old.preApplication);
        for (const QByteArray &json :
             {QByteArray(R"({"address":"no name"})"), QByteArray(R"({"name":"a","birthDate":"1985-02-30"})"),
              QByteArray(R"({"name":"a","sex":"3"})"), QByteArray(R"({"name":"a","procedures":"moving-in"})"), QByteArray(R"({"name":)")}) {
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
