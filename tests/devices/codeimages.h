// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QPoint>
#include <QVideoFrameFormat>

class QVideoFrame;

namespace Madoguchi::Test {

// Pictures of codes as a camera might see them, for the decoding tests and the benchmark.

/// An EAN-13 bar code, `moduleDots` wide per module and `height` tall, with quiet zones.
[[nodiscard]] QImage eanImage(const QByteArray &digits, int moduleDots, int height);

/// A white grey-scale canvas with the pictures drawn at their places.
[[nodiscard]] QImage scene(QSize size, const QList<std::pair<QImage, QPoint>> &pictures);

/// The picture turned by `degrees` about its centre on a white canvas of the same size.
[[nodiscard]] QImage rotated(const QImage &picture, qreal degrees);

/// The picture out of focus: shrunk by `factor` and enlarged again, smoothly.
[[nodiscard]] QImage blurred(const QImage &picture, int factor);

/// The picture with uniform noise of ± `amplitude` grey levels (a fixed seed: the same every run).
[[nodiscard]] QImage noisy(const QImage &picture, int amplitude);

/// The picture with black raised to `dark` and white lowered to `light` (a dim room, a glossy phone).
[[nodiscard]] QImage lowContrast(const QImage &picture, int dark, int light);

/// The grey picture as a camera frame in the pixel format (YUV planar or packed, or 32-bit RGB).
[[nodiscard]] QVideoFrame videoFrame(const QImage &grey, QVideoFrameFormat::PixelFormat format);

} // namespace Madoguchi::Test
