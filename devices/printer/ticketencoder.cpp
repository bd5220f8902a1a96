// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketencoder.h"

#include "common/translation.h"
#include "cp932text.h"
#include "qrcode/qrimage.h"
#include "ticketrasterizer.h"

using namespace Qt::StringLiterals;

namespace Madoguchi {
namespace {

constexpr int kHalfWidthDots = 12; // font A: 12 × 24 dots per half-width cell
constexpr int kMaxQrBytes = 2048;  // far above a status URL; printers' QR buffers are not much larger

} // namespace

TicketEncoder::TicketEncoder(PrinterModel model)
    : m_model(model)
    , m_commands(printerCommands(model.language))
{
}

QByteArray TicketEncoder::encodeText(const TicketBlock &block, const TicketDocument &document) const
{
    const int scale = std::clamp(block.scale, 1, 8);
    const int cells = dotsPerLine(document.width) / (kHalfWidthDots * scale);
    QByteArray lines;
    for (const QString &line : wrapToCells(block.text, cells)) {
        const std::optional<QByteArray> encoded = toCp932(line);
        if (!encoded) {
            // One unencodable character sends the whole paragraph as a bitmap,
            // so a Vietnamese or Korean line keeps its own font and wrapping.
            const TicketRasterizer rasterizer(document.language, document.width);
            return m_commands.align(TicketAlign::Left) + m_commands.raster(rasterizer.renderBlock(block));
        }
        lines += *encoded + '\n';
    }
    return m_commands.align(block.align) + m_commands.style(scale, block.bold) + lines + m_commands.style(1, false);
}

PrinterResult<QByteArray> TicketEncoder::encode(const TicketDocument &document) const
{
    for (const TicketBlock &block : document.blocks) {
        if (block.kind == TicketBlock::Kind::Qr && (block.qrData.size() > kMaxQrBytes || qrImage(block.qrData, 1).isNull()))
            return PrinterError{PrinterErrorCode::Unprintable, DevicesTr::tr("The ticket's QR code holds too much data to print.")};
    }
    QByteArray job = m_commands.begin();
    const TicketRasterizer rasterizer(document.language, document.width);
    if (m_model.rasterOnly)
        return QByteArray(job + m_commands.align(TicketAlign::Left) + m_commands.raster(rasterizer.renderDocument(document))
                          + m_commands.end());

    const int ruleCells = dotsPerLine(document.width) / (2 * kHalfWidthDots);
    for (const TicketBlock &block : document.blocks) {
        switch (block.kind) {
        case TicketBlock::Kind::Text: job += encodeText(block, document); break;
        case TicketBlock::Kind::Qr:
            job += m_model.nativeQr ? m_commands.align(block.align) + m_commands.qr(block.qrData, block.scale)
                                    : m_commands.align(TicketAlign::Left) + m_commands.raster(rasterizer.renderBlock(block));
            break;
        case TicketBlock::Kind::Rule: job += m_commands.align(TicketAlign::Left) + *toCp932(QString(ruleCells, u'─')) + '\n'; break;
        case TicketBlock::Kind::Feed: job += m_commands.feed(block.lines); break;
        }
    }
    return QByteArray(job + m_commands.end());
}

} // namespace Madoguchi
