// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketrasterizer.h"

#include "qrcode/qrimage.h"

#include <QFontMetrics>
#include <QPainter>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace Madoguchi {
namespace {

constexpr int kBaseTextDots = 24; // the printer's full-width character height
constexpr int kRuleDots = 2;
constexpr int kFeedDots = 30;

QImage blank(int width, int height)
{
    QImage image(width, std::max(height, 1), QImage::Format_Grayscale8);
    image.fill(255);
    return image;
}

Qt::Alignment alignmentOf(TicketAlign align)
{
    switch (align) {
    case TicketAlign::Center: return Qt::AlignHCenter;
    case TicketAlign::Right: return Qt::AlignRight;
    case TicketAlign::Left: break;
    }
    return Qt::AlignLeft;
}

} // namespace

TicketRasterizer::TicketRasterizer(const QString &language, PaperWidth width)
    : m_language(language)
    , m_width(dotsPerLine(width))
{
}

QFont TicketRasterizer::font(const QString &language, int pixelSize, bool bold)
{
    QString primary = u"Noto Sans CJK JP"_s;
    if (language.startsWith(u"ko"_s))
        primary = u"Noto Sans CJK KR"_s;
    else if (language.startsWith(u"zh"_s))
        primary = u"Noto Sans CJK SC"_s;
    else if (language.startsWith(u"ne"_s))
        primary = u"Noto Sans Devanagari"_s;
    QFont font;
    font.setFamilies({primary, u"Noto Sans CJK JP"_s, u"Noto Sans Devanagari"_s});
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferFullHinting);
    font.setStyleStrategy(QFont::NoAntialias);
    return font;
}

QImage TicketRasterizer::renderText(const TicketBlock &block) const
{
    const QFont textFont = font(m_language, kBaseTextDots * std::clamp(block.scale, 1, 8), block.bold);
    QTextLayout layout(block.text, textFont);
    QTextOption option(alignmentOf(block.align));
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    const QFontMetrics metrics(textFont);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(m_width);
        line.setPosition(QPointF(0, height));
        height += metrics.lineSpacing();
    }
    layout.endLayout();
    QImage image = blank(m_width, int(std::ceil(height)));
    QPainter painter(&image);
    painter.setPen(Qt::black);
    layout.draw(&painter, QPointF(0, 0));
    return image;
}

QImage TicketRasterizer::renderBlock(const TicketBlock &block) const
{
    switch (block.kind) {
    case TicketBlock::Kind::Text: return renderText(block);
    case TicketBlock::Kind::Qr: {
        const QImage code = qrImage(block.qrData, block.scale);
        QImage image = blank(m_width, code.height());
        QPainter painter(&image);
        painter.drawImage(alignedLeft(block.align, m_width, code.width()), 0, code);
        return image;
    }
    case TicketBlock::Kind::Rule: {
        QImage image = blank(m_width, kRuleDots * 5);
        QPainter painter(&image);
        painter.fillRect(0, kRuleDots * 2, m_width, kRuleDots, Qt::black);
        return image;
    }
    case TicketBlock::Kind::Feed: return blank(m_width, kFeedDots * std::max(block.lines, 1));
    }
    return {};
}

QImage TicketRasterizer::renderDocument(const TicketDocument &document) const
{
    QList<QImage> parts;
    int height = 0;
    for (const TicketBlock &block : document.blocks) {
        parts.append(renderBlock(block));
        height += parts.constLast().height();
    }
    QImage image = blank(m_width, height);
    QPainter painter(&image);
    int y = 0;
    for (const QImage &part : std::as_const(parts)) {
        painter.drawImage(0, y, part);
        y += part.height();
    }
    return image;
}

int rasterRowBytes(const QImage &image)
{
    return (image.width() + 7) / 8;
}

QByteArray packRaster(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const int rowBytes = rasterRowBytes(grey);
    QByteArray packed(qsizetype(rowBytes) * grey.height(), '\0');
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *row = grey.constScanLine(y);
        char *out = packed.data() + qsizetype(y) * rowBytes;
        for (int x = 0; x < grey.width(); ++x) {
            if (row[x] < 128)
                out[x / 8] = char(uchar(out[x / 8]) | (0x80 >> (x % 8)));
        }
    }
    return packed;
}

} // namespace Madoguchi
