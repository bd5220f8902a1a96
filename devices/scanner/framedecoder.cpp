// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "framedecoder.h"

#include "decodehints.h"
#include "logging/devicelogging.h"

#include <QImage>
#include <QVideoFrame>

#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <array>
#include <exception>
#include <vector>

namespace Madoguchi {

ZXing::DecodeHints frameDecodeHints()
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::EAN13 | ZXing::BarcodeFormat::EAN8
                     | ZXing::BarcodeFormat::Code128);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    hints.setTryDownscale(true);
    return hints;
}

namespace {

QList<DecodedCode> read(const ZXing::ImageView &view)
{
    static const ZXing::DecodeHints hints = frameDecodeHints();
    QList<DecodedCode> codes;
    try {
        for (const ZXing::Result &result : ZXing::ReadBarcodes(view, hints)) {
            if (!result.isValid())
                continue;
            const std::string text = result.text();
            codes.append({QByteArray(text.data(), qsizetype(text.size())), QString::fromStdString(ZXing::ToString(result.format()))});
        }
    } catch (const std::exception &error) {
        qCWarning(lcScanner) << "the barcode reader failed on a frame:" << error.what();
    }
    return codes;
}

std::optional<ZXing::ImageFormat> packedRgbFormat(QVideoFrameFormat::PixelFormat format)
{
    switch (format) {
    case QVideoFrameFormat::Format_ARGB8888:
    case QVideoFrameFormat::Format_ARGB8888_Premultiplied:
    case QVideoFrameFormat::Format_XRGB8888: return ZXing::ImageFormat::XRGB;
    case QVideoFrameFormat::Format_BGRA8888:
    case QVideoFrameFormat::Format_BGRA8888_Premultiplied:
    case QVideoFrameFormat::Format_BGRX8888: return ZXing::ImageFormat::BGRX;
    case QVideoFrameFormat::Format_ABGR8888:
    case QVideoFrameFormat::Format_XBGR8888: return ZXing::ImageFormat::XBGR;
    case QVideoFrameFormat::Format_RGBA8888:
    case QVideoFrameFormat::Format_RGBX8888: return ZXing::ImageFormat::RGBX;
    default: return std::nullopt;
    }
}

// Where the luminance of a YUV frame starts and how far apart its samples are; nothing for other formats.
std::optional<std::pair<int, int>> lumaOffsetAndStride(QVideoFrameFormat::PixelFormat format)
{
    switch (format) {
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8: return std::pair{0, 1};
    case QVideoFrameFormat::Format_YUYV: return std::pair{0, 2};
    case QVideoFrameFormat::Format_UYVY: return std::pair{1, 2};
    case QVideoFrameFormat::Format_AYUV:
    case QVideoFrameFormat::Format_AYUV_Premultiplied: return std::pair{1, 4};
    default: return std::nullopt;
    }
}

constexpr int kUsefulContrast = 128; // grey levels: ZXing reads such frames as they are
constexpr int kNoContrast = 40;      // less is sensor noise on a blank wall: stretching it costs 5-10x (bench_devices)

// The 2nd and 98th percentiles of the luminance, from a sample of every fourth pixel of every fourth row.
std::pair<int, int> luminanceRange(const uchar *data, int width, int height, int rowStride, int pixelStride)
{
    std::array<int, 256> histogram{};
    int samples = 0;
    for (int y = 0; y < height; y += 4) {
        const uchar *row = data + qsizetype(y) * rowStride;
        for (int x = 0; x < width; x += 4, ++samples)
            ++histogram[row[qsizetype(x) * pixelStride]];
    }
    const int tail = samples / 50;
    int low = 0;
    for (int count = 0; low < 255 && (count += histogram[low]) <= tail;)
        ++low;
    int high = 255;
    for (int count = 0; high > 0 && (count += histogram[high]) <= tail;)
        --high;
    return {low, high};
}

std::vector<uchar> stretchContrast(const uchar *data, int width, int height, int rowStride, int pixelStride, int low, int high)
{
    std::array<uchar, 256> lookUp{};
    for (int level = 0; level < 256; ++level)
        lookUp[level] = uchar(std::clamp((level - low) * 255 / (high - low), 0, 255));
    std::vector<uchar> stretched(std::size_t(width) * std::size_t(height));
    for (int y = 0; y < height; ++y) {
        const uchar *row = data + qsizetype(y) * rowStride;
        uchar *target = stretched.data() + qsizetype(y) * width;
        for (int x = 0; x < width; ++x)
            target[x] = lookUp[row[qsizetype(x) * pixelStride]];
    }
    return stretched;
}

} // namespace

QList<DecodedCode> FrameDecoder::decode(const QImage &image) const
{
    if (image.isNull())
        return {};
    const QImage grey = image.format() == QImage::Format_Grayscale8 ? image : image.convertToFormat(QImage::Format_Grayscale8);
    return decodeLuminance(grey.constBits(), grey.width(), grey.height(), int(grey.bytesPerLine()));
}

QList<DecodedCode> FrameDecoder::decode(const QVideoFrame &frame) const
{
    const QVideoFrameFormat::PixelFormat format = frame.pixelFormat();
    const auto luma = lumaOffsetAndStride(format);
    const auto rgb = packedRgbFormat(format);
    if (!luma && !rgb)
        return decode(frame.toImage());

    QVideoFrame mapped(frame);
    if (!mapped.map(QVideoFrame::ReadOnly))
        return {};
    QList<DecodedCode> codes;
    if (luma) {
        codes = decodeLuminance(mapped.bits(0) + luma->first, mapped.width(), mapped.height(), mapped.bytesPerLine(0), luma->second);
    } else {
        codes = read(ZXing::ImageView(mapped.bits(0), mapped.width(), mapped.height(), *rgb, mapped.bytesPerLine(0)));
    }
    mapped.unmap();
    return codes;
}

QList<DecodedCode> FrameDecoder::decodeLuminance(const uchar *data, int width, int height, int rowStride, int pixelStride) const
{
    QList<DecodedCode> codes = read(ZXing::ImageView(data, width, height, ZXing::ImageFormat::Lum, rowStride, pixelStride));
    if (!codes.isEmpty())
        return codes;
    // ZXing's binarizer gives up below about 80 grey levels of contrast (a dim lobby, a phone screen
    // at an angle). Stretch such a frame to the full range and look once more.
    const auto [low, high] = luminanceRange(data, width, height, rowStride, pixelStride);
    if (high - low >= kUsefulContrast || high - low < kNoContrast)
        return codes;
    const std::vector<uchar> stretched = stretchContrast(data, width, height, rowStride, pixelStride, low, high);
    return read(ZXing::ImageView(stretched.data(), width, height, ZXing::ImageFormat::Lum));
}

} // namespace Madoguchi
