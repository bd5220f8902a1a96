// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codeimages.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QVideoFrame>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

namespace Madoguchi::Test {

QImage eanImage(const QByteArray &digits, int moduleDots, int height)
{
    const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::EAN13).setMargin(9).encode(digits.toStdString(), 0, 1);
    QImage image(matrix.width() * moduleDots, height, QImage::Format_Grayscale8);
    image.fill(255);
    for (int x = 0; x < matrix.width(); ++x) {
        if (!matrix.get(x, 0))
            continue;
        for (int y = 0; y < height; ++y)
            std::fill_n(image.scanLine(y) + x * moduleDots, moduleDots, uchar(0));
    }
    return image;
}

QImage scene(QSize size, const QList<std::pair<QImage, QPoint>> &pictures)
{
    QImage canvas(size, QImage::Format_Grayscale8);
    canvas.fill(255);
    QPainter painter(&canvas);
    for (const auto &[picture, place] : pictures)
        painter.drawImage(place, picture);
    return canvas;
}

QImage rotated(const QImage &picture, qreal degrees)
{
    QImage canvas(picture.size(), QImage::Format_Grayscale8);
    canvas.fill(255);
    QPainter painter(&canvas);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(picture.width() / 2.0, picture.height() / 2.0);
    painter.rotate(degrees);
    painter.translate(-picture.width() / 2.0, -picture.height() / 2.0);
    painter.drawImage(0, 0, picture);
    return canvas;
}

QImage blurred(const QImage &picture, int factor)
{
    return picture.scaled(picture.size() / factor, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .scaled(picture.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .convertToFormat(QImage::Format_Grayscale8);
}

QImage noisy(const QImage &picture, int amplitude)
{
    QImage result = picture.convertToFormat(QImage::Format_Grayscale8);
    QRandomGenerator random(20261121);
    for (int y = 0; y < result.height(); ++y) {
        uchar *row = result.scanLine(y);
        for (int x = 0; x < result.width(); ++x)
            row[x] = uchar(std::clamp(row[x] + random.bounded(-amplitude, amplitude + 1), 0, 255));
    }
    return result;
}

QImage lowContrast(const QImage &picture, int dark, int light)
{
    QImage result = picture.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < result.height(); ++y) {
        uchar *row = result.scanLine(y);
        for (int x = 0; x < result.width(); ++x)
            row[x] = uchar(dark + row[x] * (light - dark) / 255);
    }
    return result;
}

QVideoFrame videoFrame(const QImage &grey, QVideoFrameFormat::PixelFormat format)
{
    QVideoFrame frame(QVideoFrameFormat(grey.size(), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int plane = 0; plane < frame.planeCount(); ++plane)
        std::fill_n(frame.bits(plane), frame.mappedBytes(plane), uchar(128)); // neutral chroma
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *source = grey.constScanLine(y);
        uchar *target = frame.bits(0) + y * frame.bytesPerLine(0);
        for (int x = 0; x < grey.width(); ++x) {
            const uchar luma = source[x];
            switch (format) {
            case QVideoFrameFormat::Format_YUYV: target[2 * x] = luma; break;
            case QVideoFrameFormat::Format_UYVY: target[2 * x + 1] = luma; break;
            case QVideoFrameFormat::Format_AYUV: target[4 * x + 1] = luma; break;
            case QVideoFrameFormat::Format_NV12:
            case QVideoFrameFormat::Format_NV21:
            case QVideoFrameFormat::Format_YUV420P:
            case QVideoFrameFormat::Format_YV12: target[x] = luma; break;
            default: std::fill_n(target + 4 * x, 4, luma); break; // 32-bit RGB: grey in every channel
            }
        }
    }
    frame.unmap();
    return frame;
}

} // namespace Madoguchi::Test
