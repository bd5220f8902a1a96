// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "escpospainter.h"

#include "common/translation.h"
#include "printer/cp932text.h"
#include "printer/ticketrasterizer.h"
#include "qrcode/qrimage.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace Madoguchi {
namespace {

constexpr int kCellDots = 12;
constexpr int kCellHeight = 24;
constexpr int kDefaultLineDots = 30;

struct Glyph {
    QString text;
    int cells = 1;
    int widthScale = 1;
    int heightScale = 1;
    bool bold = false;
};

bool isSjisLead(uchar byte)
{
    return (byte >= 0x81 && byte <= 0x9F) || (byte >= 0xE0 && byte <= 0xFC);
}

/// One pass over a stream; the state a printer keeps between commands.
class Interpreter
{
public:
    Interpreter(const QByteArray &stream, int width)
        : m_data(stream)
        , m_width(width)
    {
        reset();
    }

    EscPosRendering run()
    {
        while (m_pos < m_data.size() && m_result.problem.isEmpty() && m_height <= EscPosPainter::kMaxHeight)
            step();
        if (m_height > EscPosPainter::kMaxHeight)
            fail(DevicesTr::tr("The receipt is longer than %1 dots.").arg(EscPosPainter::kMaxHeight));
        else if (m_result.problem.isEmpty())
            flushLine(false);
        m_result.image = compose();
        return std::move(m_result);
    }

private:
    void reset()
    {
        m_align = TicketAlign::Left;
        m_widthScale = m_heightScale = 1;
        m_bold = false;
        m_lineDots = kDefaultLineDots;
        m_qrModule = 3;
    }

    bool need(qsizetype count)
    {
        if (m_pos + count <= m_data.size())
            return true;
        fail(DevicesTr::tr("The stream ends inside a command."));
        return false;
    }

    uchar byte(qsizetype offset) const { return uchar(m_data.at(m_pos + offset)); }

    void fail(const QString &problem)
    {
        if (!m_result.problem.isEmpty())
            return;
        m_result.problem = problem;
        m_result.problemOffset = m_pos;
    }

    void unknown() { fail(DevicesTr::tr("Unknown command %1.").arg(QString::fromLatin1(m_data.mid(m_pos, 3).toHex(' ')))); }

    void step()
    {
        const uchar c = byte(0);
        switch (c) {
        case 0x0A:
            flushLine(true);
            ++m_pos;
            return;
        case 0x0D: ++m_pos; return;
        case 0x10: dle(); return;
        case 0x1B: esc(); return;
        case 0x1C: fs(); return;
        case 0x1D: gs(); return;
        default: break;
        }
        if (c < 0x20 || c == 0x7F) {
            unknown();
            return;
        }
        text();
    }

    void text()
    {
        const uchar c = byte(0);
        if (isSjisLead(c)) {
            if (!need(2))
                return;
            addGlyph(fromCp932(m_data.mid(m_pos, 2)), 2);
            m_pos += 2;
            return;
        }
        addGlyph(fromCp932(m_data.mid(m_pos, 1)), 1);
        ++m_pos;
    }

    void addGlyph(const QString &text, int cells)
    {
        const int width = cells * kCellDots * m_widthScale;
        if (m_lineWidth + width > m_width)
            flushLine(false);
        m_line.append({text, cells, m_widthScale, m_heightScale, m_bold});
        m_lineWidth += width;
    }

    void dle()
    {
        if (!need(3))
            return;
        if (byte(1) != 0x04 && byte(1) != 0x05 && byte(1) != 0x14) {
            unknown();
            return;
        }
        m_pos += 3; // status requests and real-time recovery print nothing
    }

    void esc()
    {
        if (!need(2))
            return;
        const uchar command = byte(1);
        if (command == 0x40) { // ESC @
            flushLine(false);
            reset();
            m_pos += 2;
            return;
        }
        if (command == 0x32) { // ESC 2: default line spacing
            m_lineDots = kDefaultLineDots;
            m_pos += 2;
            return;
        }
        if (!need(3))
            return;
        const uchar n = byte(2);
        switch (command) {
        case 0x61: m_align = (n % 48) == 1 ? TicketAlign::Center : (n % 48) == 2 ? TicketAlign::Right : TicketAlign::Left; break;
        case 0x45: m_bold = n & 1; break;
        case 0x64:
            flushLine(false);
            addSpace(m_lineDots * n);
            break;
        case 0x4A:
            flushLine(false);
            addSpace(n);
            break;
        case 0x33: m_lineDots = n; break;
        case 0x21:
            m_bold = n & 0x08;
            m_heightScale = (n & 0x10) ? 2 : 1;
            m_widthScale = (n & 0x20) ? 2 : 1;
            break;
        case 0x74:
        case 0x52:
        case 0x2D:
        case 0x4D:
        case 0x20: break; // code table, country, underline, font, spacing
        default: unknown(); return;
        }
        m_pos += 3;
    }

    void fs()
    {
        if (!need(2))
            return;
        const uchar command = byte(1);
        if (command == 0x26 || command == 0x2E) { // FS & / FS .: Kanji mode on/off
            m_pos += 2;
            return;
        }
        if (!need(3))
            return;
        if (command != 0x43 && command != 0x21 && command != 0x2D && command != 0x57) {
            unknown();
            return;
        }
        m_pos += 3;
    }

    void gs()
    {
        if (!need(2))
            return;
        switch (byte(1)) {
        case 0x21: // GS ! n
            if (!need(3))
                return;
            m_widthScale = (byte(2) >> 4 & 0x07) + 1;
            m_heightScale = (byte(2) & 0x07) + 1;
            m_pos += 3;
            return;
        case 0x28: twoDimensionalCode(); return;
        case 0x76: rasterBitmap(); return;
        case 0x56: cut(); return;
        case 0x61:
        case 0x72:
        case 0x49:
        case 0x48:
        case 0x68:
        case 0x77: // ASB, status, info, barcode settings
            if (need(3))
                m_pos += 3;
            return;
        default: unknown(); return;
        }
    }

    void twoDimensionalCode()
    {
        if (!need(5))
            return;
        if (byte(2) != 0x6B) {
            unknown();
            return;
        }
        const int length = byte(3) | byte(4) << 8;
        if (!need(5 + length))
            return;
        const QByteArray body = m_data.mid(m_pos + 5, length);
        m_pos += 5 + length;
        if (body.size() < 2 || uchar(body.at(0)) != 0x31)
            return; // other symbologies (PDF417, MaxiCode …): not printed by Madoguchi, skipped
        const uchar function = uchar(body.at(1));
        if (function == 0x43 && body.size() >= 3)
            m_qrModule = std::clamp(int(uchar(body.at(2))), 1, 16);
        else if (function == 0x50 && body.size() >= 3)
            m_qrData = body.mid(3);
        else if (function == 0x51)
            printQr();
    }

    void printQr()
    {
        flushLine(false);
        const QImage code = qrImage(m_qrData, m_qrModule);
        if (code.isNull()) {
            fail(DevicesTr::tr("The QR code data is empty or too long."));
            return;
        }
        m_result.qrCodes.append(m_qrData);
        addStrip(code, m_align);
    }

    void rasterBitmap()
    {
        if (!need(8))
            return;
        if (byte(2) != 0x30) {
            unknown();
            return;
        }
        const int rowBytes = byte(4) | byte(5) << 8;
        const int rows = byte(6) | byte(7) << 8;
        if (!need(8 + qsizetype(rowBytes) * rows))
            return;
        if (m_height + rows > EscPosPainter::kMaxHeight) {
            m_height += rows;
            return;
        }
        flushLine(false);
        QImage strip(std::min(rowBytes * 8, m_width), std::max(rows, 1), QImage::Format_Grayscale8);
        strip.fill(255);
        const char *bits = m_data.constData() + m_pos + 8;
        for (int y = 0; y < rows; ++y) {
            uchar *out = strip.scanLine(y);
            for (int x = 0; x < strip.width(); ++x) {
                if (uchar(bits[qsizetype(y) * rowBytes + x / 8]) & (0x80 >> (x % 8)))
                    out[x] = 0;
            }
        }
        m_pos += 8 + qsizetype(rowBytes) * rows;
        ++m_result.bitmaps;
        addStrip(strip, m_align);
    }

    void cut()
    {
        if (!need(3))
            return;
        const uchar mode = byte(2);
        const bool withFeed = mode == 0x41 || mode == 0x42;
        if (withFeed && !need(4))
            return;
        flushLine(false);
        QImage strip(m_width, 24, QImage::Format_Grayscale8);
        strip.fill(255);
        QPainter painter(&strip);
        painter.setPen(QPen(QColor(160, 160, 160), 1, Qt::DashLine));
        painter.drawLine(0, 12, m_width, 12);
        painter.end();
        addStrip(strip, TicketAlign::Left);
        ++m_result.cuts;
        m_pos += withFeed ? 4 : 3;
    }

    void addSpace(int dots)
    {
        if (dots <= 0)
            return;
        m_height += dots;
        if (m_height > EscPosPainter::kMaxHeight)
            return;
        QImage strip(m_width, dots, QImage::Format_Grayscale8);
        strip.fill(255);
        m_strips.append(strip);
    }

    void addStrip(const QImage &image, TicketAlign align)
    {
        m_height += image.height();
        if (m_height > EscPosPainter::kMaxHeight)
            return;
        QImage strip(m_width, image.height(), QImage::Format_Grayscale8);
        strip.fill(255);
        QPainter painter(&strip);
        painter.drawImage(alignedLeft(align, m_width, image.width()), 0, image);
        painter.end();
        m_strips.append(strip);
    }

    /// Prints the pending characters; an empty line still feeds when it ends with LF.
    void flushLine(bool lineFeed)
    {
        if (m_line.isEmpty()) {
            if (lineFeed)
                addSpace(m_lineDots);
            return;
        }
        int tallest = 1;
        QString text;
        for (const Glyph &glyph : std::as_const(m_line)) {
            tallest = std::max(tallest, glyph.heightScale);
            text += glyph.text;
        }
        m_result.textLines.append(text);
        const int height = std::max(m_lineDots, kCellHeight * tallest + 6);
        QImage strip(m_width, height, QImage::Format_Grayscale8);
        strip.fill(255);
        QPainter painter(&strip);
        painter.setPen(Qt::black);
        int x = alignedLeft(m_align, m_width, m_lineWidth);
        for (const Glyph &glyph : std::as_const(m_line)) {
            const int cellWidth = glyph.cells * kCellDots * glyph.widthScale;
            const int cellHeight = kCellHeight * glyph.heightScale;
            QFont font = TicketRasterizer::font(u"ja"_s, cellHeight, glyph.bold);
            font.setFamilies({u"Noto Sans Mono CJK JP"_s}); // fixed cells, like the printer's own fonts
            font.setStretch(100 * glyph.widthScale / glyph.heightScale);
            painter.setFont(font);
            painter.drawText(QRect(x, height - cellHeight - 3, cellWidth, cellHeight), Qt::AlignCenter, glyph.text);
            x += cellWidth;
        }
        painter.end();
        m_line.clear();
        m_lineWidth = 0;
        m_height += height;
        if (m_height <= EscPosPainter::kMaxHeight)
            m_strips.append(strip);
    }

    QImage compose() const
    {
        int height = 0;
        for (const QImage &strip : m_strips)
            height += strip.height();
        QImage paper(m_width, std::max(height, 1), QImage::Format_Grayscale8);
        paper.fill(255);
        QPainter painter(&paper);
        int y = 0;
        for (const QImage &strip : m_strips) {
            painter.drawImage(0, y, strip);
            y += strip.height();
        }
        return paper;
    }

    const QByteArray &m_data;
    const int m_width;
    qsizetype m_pos = 0;
    EscPosRendering m_result;
    QList<QImage> m_strips;
    int m_height = 0;
    QList<Glyph> m_line;
    int m_lineWidth = 0;
    TicketAlign m_align = TicketAlign::Left;
    int m_widthScale = 1;
    int m_heightScale = 1;
    bool m_bold = false;
    int m_lineDots = kDefaultLineDots;
    int m_qrModule = 3;
    QByteArray m_qrData;
};

} // namespace

EscPosPainter::EscPosPainter(PaperWidth width)
    : m_width(dotsPerLine(width))
{
}

EscPosRendering EscPosPainter::render(const QByteArray &stream) const
{
    return Interpreter(stream, m_width).run();
}

} // namespace Madoguchi
