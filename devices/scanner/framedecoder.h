// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QImage;
class QVideoFrame;

namespace Madoguchi {

/// One code found in a picture.
struct DecodedCode {
    QByteArray text; ///< the content as UTF-8 (ZXing's reading of the code's character set)
    QString format;  ///< "QRCode", "EAN-13", "EAN-8", "Code128" …
    bool operator==(const DecodedCode &) const = default;
};

/// Finds QR codes and the bar codes a city hall meets (EAN/JAN-13, EAN-8, Code 128) in a picture, however
/// many, however turned. Reads YUV camera frames straight from their luminance plane and packed
/// RGB frames in place; converts anything else to grey first. A frame with too little contrast for
/// ZXing is stretched to the full grey range and read once more. ZXing's exceptions stay in here.
/// Stateless and thread-safe: one instance may serve a worker thread.
class FrameDecoder
{
public:
    /// The codes in an image (any QImage format).
    [[nodiscard]] QList<DecodedCode> decode(const QImage &image) const;

    /// The codes in a camera frame (any QVideoFrameFormat; maps and unmaps it).
    [[nodiscard]] QList<DecodedCode> decode(const QVideoFrame &frame) const;

    /// The codes in an 8-bit luminance buffer; pixelStride > 1 picks Y out of packed YUV.
    [[nodiscard]] QList<DecodedCode> decodeLuminance(const uchar *data, int width, int height, int rowStride, int pixelStride = 1) const;
};

} // namespace Madoguchi
