// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampletickets.h"

#include "common/languagecatalogs.h"
#include "config/configloader.h"
#include "ticket/ticketlayout.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

using namespace Qt::StringLiterals;

namespace Madoguchi::Test {
namespace {

const OfficeConfig &sampleOffice()
{
    static const OfficeConfig office = [] {
        const ConfigLoadResult result = ConfigLoader::loadFile(QStringLiteral(MADOGUCHI_RESOURCES "/offices/midori-ward.toml"));
        REQUIRE(result.config);
        return *result.config;
    }();
    return office;
}

} // namespace

TicketContent sampleTicket(const QString &language)
{
    const OfficeConfig &office = sampleOffice();
    TicketContent content;
    content.language = language;
    content.officeName = office.name.text(language);
    content.number = u"A-023"_s;
    content.services.append({office.services.at(0).name.text(language), {1, 2}, {}});
    content.issuedAt = QDateTime(QDate(2026, 11, 24), QTime(0, 12), Qt::UTC);
    content.timeZone = office.timeZone;
    content.ahead = 3;
    content.estimateLow = 10;
    content.estimateHigh = 20;
    content.estimateKnown = true;
    content.statusUrl = QUrl(u"https://madoguchi.midori.example.jp/s/q7Xz3kPw9mT2vR8sLd4Hfa"_s);
    return content;
}

TicketDocument layoutTicket(const TicketContent &content, PaperWidth width)
{
    static const LanguageCatalogs catalogs(sampleOffice().languages);
    return TicketLayout(catalogs).layout(content, width);
}

TicketDocument sampleDocument(const QString &language, PaperWidth width)
{
    return layoutTicket(sampleTicket(language), width);
}

void compareGolden(const QString &name, const QByteArray &actual)
{
    const QString path = QStringLiteral(MADOGUCHI_TEST_DATA "/") + name;
    QFile file(path);
    if (qEnvironmentVariableIntValue("MADOGUCHI_UPDATE_GOLDEN") == 1) {
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(actual);
        return;
    }
    INFO("golden file " << path.toStdString() << " (regenerate with MADOGUCHI_UPDATE_GOLDEN=1)");
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray expected = file.readAll();
    if (expected == actual)
        return;
    qsizetype first = 0;
    while (first < expected.size() && first < actual.size() && expected[first] == actual[first])
        ++first;
    FAIL("differs from byte " << first << " (expected " << expected.size() << " bytes, got " << actual.size() << "): expected "
                              << expected.mid(first, 16).toHex(' ').toStdString() << ", got "
                              << actual.mid(first, 16).toHex(' ').toStdString());
}

QString saveScreenshot(const QString &folder, const QString &name, const QImage &image)
{
    const QString dir = QStringLiteral(MADOGUCHI_SCREENSHOTS "/") + folder;
    QDir().mkpath(dir);
    const QString path = dir + u'/' + name;
    REQUIRE(image.save(path));
    return path;
}

QStringList decodeQrCodes(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum, int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    QStringList texts;
    for (const ZXing::Result &result : ZXing::ReadBarcodes(view, hints))
        texts.append(QString::fromStdString(result.text()));
    return texts;
}

} // namespace Madoguchi::Test
