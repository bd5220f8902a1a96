// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcode/qrimage.h"

#include <QLoggingCategory>

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <stdexcept>

namespace Madoguchi {
namespace {

Q_LOGGING_CATEGORY(lcQrCode, "madoguchi.devices.qrcode")

constexpr int kQuietModules = 4;
constexpr int kEccLevelM = 4; // ZXing's 0..8 scale: 4 is level M

} // namespace

QImage qrImage(const QByteArray &data, int moduleDots)
{
    if (moduleDots < 1 || data.isEmpty())
        return {};
    std::wstring latin1; // each byte one code point, so the symbol carries the bytes unchanged
    latin1.reserve(size_t(data.size()));
    for (const char byte : data)
        latin1.push_back(wchar_t(uchar(byte)));
    ZXing::BitMatrix matrix;
    try {
        matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                     .setEncoding(ZXing::CharacterSet::ISO8859_1)
                     .setEccLevel(kEccLevelM)
                     .setMargin(0)
                     .encode(latin1, 0, 0);
    } catch (const std::exception &error) {
        qCWarning(lcQrCode) << "QR code not encodable:" << error.what();
        return {};
    }
    const int modules = matrix.width() + 2 * kQuietModules;
    QImage image(modules * moduleDots, modules * moduleDots, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < matrix.height(); ++y) {
        for (int x = 0; x < matrix.width(); ++x) {
            if (!matrix.get(x, y))
                continue;
            for (int dy = 0; dy < moduleDots; ++dy) {
                uchar *row = image.scanLine((y + kQuietModules) * moduleDots + dy);
                std::fill_n(row + (x + kQuietModules) * moduleDots, moduleDots, uchar(0));
            }
        }
    }
    return image;
}

} // namespace Madoguchi
