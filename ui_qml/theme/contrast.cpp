// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contrast.h"

#include <cmath>
#include <utility>

namespace Madoguchi {

namespace {

double linear(double component)
{
    return component <= 0.04045 ? component / 12.92 : std::pow((component + 0.055) / 1.055, 2.4);
}

} // namespace

double relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double contrastRatio(const QColor &first, const QColor &second)
{
    double lighter = relativeLuminance(first);
    double darker = relativeLuminance(second);
    if (darker > lighter)
        std::swap(lighter, darker);
    return (lighter + 0.05) / (darker + 0.05);
}

} // namespace Madoguchi
