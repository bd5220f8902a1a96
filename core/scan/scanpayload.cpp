// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanpayload.h"

#include "common/translation.h"
#include "reservationcode.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

namespace Madoguchi {

namespace {

ScanError badCheckDigit()
{
    return {ScanErrorCode::BadCheckDigit,
            DevicesTr::tr("The code was not read correctly (its check digit does not match). Please scan or type it again.")};
}

std::optional<QString> decodeText(const QByteArray &raw)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(raw);
    if (utf8.hasError())
        return std::nullopt;
    while (!text.isEmpty() && (text.back() == u'\r' || text.back() == u'\n'))
        text.chop(1);
    for (QChar c : std::as_const(text)) {
        if (c.category() == QChar::Other_Control)
            return std::nullopt;
    }
    return text.trimmed();
}

// GS1 check digit: weights 3 and 1 alternating from the digit left of the check digit.
bool gtinCheckDigitValid(const QString &digits)
{
    int sum = 0;
    for (qsizetype i = digits.size() - 2, weight = 3; i >= 0; --i, weight = 4 - weight)
        sum += digits[i].digitValue() * int(weight);
    return (10 - sum % 10) % 10 == digits.back().digitValue();
}

std::optional<ScanResult<ScanPayload>> asEan(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^(\\d{8}|\\d{13})$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    if (!gtinCheckDigitValid(text))
        return badCheckDigit();
    return ScanPayload{text.size() == 13 ? ScanPayload::Kind::Ean13 : ScanPayload::Kind::Ean8, text, std::nullopt};
}

ScanResult<ScanPayload> asReservation(QStringView codeText)
{
    const auto code = normalizedReservationCode(codeText);
    if (!code)
        return ScanError{ScanErrorCode::Malformed,
                         DevicesTr::tr("This reservation code is incomplete: it has eight letters and digits, such as 7K3M-Q2P7.")};
    if (!reservationCodeCheckDigitValid(*code))
        return badCheckDigit();
    return ScanPayload{ScanPayload::Kind::ReservationCode, *code, std::nullopt};
}

// A public token is 16 random bytes in base64url without padding: 22 characters, the last holding
// only two bits (A, Q, g or w).
bool validStatusToken(const QString &token)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{21}[AQgw]$"));
    return pattern.match(token).hasMatch();
}

std::optional<ScanResult<ScanPayload>> asUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
        return std::nullopt;
    const QStringList segments = url.path().split(u'/', Qt::SkipEmptyParts);
    if (segments.size() < 2)
        return std::nullopt;
    const QString &kind = segments[segments.size() - 2];
    const QString &value = segments.back();
    if (kind == u"s") {
        if (!validStatusToken(value))
            return ScanError{ScanErrorCode::Malformed, DevicesTr::tr("This ticket code is damaged. Please ask a clerk.")};
        return ScanPayload{ScanPayload::Kind::StatusToken, value, std::nullopt};
    }
    if (kind == u"r")
        return asReservation(value);
    return std::nullopt;
}

} // namespace

QString scanPayloadKindName(ScanPayload::Kind kind)
{
    switch (kind) {
    case ScanPayload::Kind::ReservationCode: return QStringLiteral("reservation");
    case ScanPayload::Kind::StatusToken: return QStringLiteral("status");
    case ScanPayload::Kind::PreApplication: return QStringLiteral("pre-application");
    case ScanPayload::Kind::Ean13: return QStringLiteral("ean-13");
    case ScanPayload::Kind::Ean8: return QStringLiteral("ean-8");
    }
    return {};
}

ScanResult<ScanPayload> parseScanPayload(const QByteArray &raw)
{
    if (raw.size() > kMaxScanBytes)
        return ScanError{ScanErrorCode::TooLong,
                         DevicesTr::tr("The code is too long (%1 bytes; the codes used here have at most %2). Please ask a clerk.")
                             .arg(raw.size())
                             .arg(kMaxScanBytes)};
    const auto text = decodeText(raw);
    if (!text)
        return ScanError{ScanErrorCode::NotText, DevicesTr::tr("This code does not hold text this office can read. Please ask a clerk.")};
    if (text->isEmpty())
        return ScanError{ScanErrorCode::Empty, DevicesTr::tr("Nothing was read. Please scan the code again.")};

    if (text->startsWith(kPreApplicationPrefix)) {
        auto application = decodePreApplication(*text);
        if (!application)
            return application.error();
        return ScanPayload{ScanPayload::Kind::PreApplication, {}, std::move(application).value()};
    }
    if (auto ean = asEan(*text))
        return std::move(*ean);
    if (auto url = asUrl(*text))
        return std::move(*url);
    if (text->size() <= 12 && normalizedReservationCode(*text))
        return asReservation(*text);
    return ScanError{ScanErrorCode::Unknown,
                     DevicesTr::tr("This code is not a reservation, a ticket or a pre-application of this office. Please ask a clerk.")};
}

} // namespace Madoguchi
