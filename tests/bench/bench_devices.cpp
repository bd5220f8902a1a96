// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: the camera pipeline and the ticket printer path.
//  - Decode time per camera frame (NV12, one QR code held at an angle, and an empty frame) at
//    640×480, 1280×720 and 1920×1080: the project's FrameDecoder, the whole CameraScanner (sink →
//    worker thread → signal), and a bare ZXing call on the same luminance plane with the same hints
//    in the same run. The ratios are the pipeline's overhead.
//  - Ticket encode (layout → ESC/POS bytes) and render (bytes → paper image) for a Japanese ticket
//    (printer text) and a Vietnamese one (raster), 80 mm.
//   bench_devices [--frames N] [--tickets N]
#include "benchstats.h"
#include "codeimages.h"

#include "common/languagecatalogs.h"
#include "printer/ticketencoder.h"
#include "qrcode/qrimage.h"
#include "scanner/camerascanner.h"
#include "scanner/decodehints.h"
#include "scanner/framedecoder.h"
#include "simdevices/escpospainter.h"
#include "ticket/ticketlayout.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTimeZone>
#include <QVideoFrame>
#include <QVideoSink>

#include <ZXing/ReadBarcode.h>

#include <cstdio>

using namespace Madoguchi;
using namespace Madoguchi::Bench;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kCode = "https://madoguchi.midori.example.jp/s/q7Xz3kPw9mT2vR8sLd4HfA";

// A frame as a webcam at the kiosk sees a phone: the code a fifth of the frame's height, turned, a little noisy.
QVideoFrame cameraFrame(QSize size, bool withCode)
{
    QList<std::pair<QImage, QPoint>> pictures;
    if (withCode) {
        const QImage code = qrImage(kCode, std::max(2, size.height() / 5 / 49));
        pictures.append({code, QPoint((size.width() - code.width()) / 2, (size.height() - code.height()) / 2)});
    }
    return Test::videoFrame(Test::noisy(Test::rotated(Test::scene(size, pictures), 11), 12), QVideoFrameFormat::Format_NV12);
}

struct FrameFigures {
    Latencies bare, decoder, scanner;
    int found = 0;
};

// `twin` holds the same pixels as `frame` in another buffer: QVideoSink ignores a frame equal to its current one.
FrameFigures measureFrames(const QVideoFrame &frame, const QVideoFrame &twin, int frames)
{
    FrameFigures figures;
    const ZXing::DecodeHints hints = frameDecodeHints(); // the same work as the pipeline
    QVideoFrame mapped(frame);
    mapped.map(QVideoFrame::ReadOnly);
    const ZXing::ImageView luma(mapped.bits(0), mapped.width(), mapped.height(), ZXing::ImageFormat::Lum, mapped.bytesPerLine(0));
    const FrameDecoder decoder;
    QVideoSink sink;
    CameraScanner scanner(&sink);
    scanner.setRepeatInterval(std::chrono::milliseconds(0));
    QEventLoop loop;
    QObject::connect(&scanner, &CameraScanner::frameDecoded, &loop, &QEventLoop::quit);
    scanner.start();
    for (int i = 0; i < frames; ++i) {
        auto start = Stopwatch::now();
        figures.found += int(ZXing::ReadBarcodes(luma, hints).size());
        figures.bare.add(Stopwatch::now() - start);

        start = Stopwatch::now();
        figures.found -= int(decoder.decode(frame).size());
        figures.decoder.add(Stopwatch::now() - start);

        start = Stopwatch::now();
        sink.setVideoFrame(i % 2 == 0 ? frame : twin);
        loop.exec();
        figures.scanner.add(Stopwatch::now() - start);
    }
    mapped.unmap();
    return figures;
}

TicketContent benchTicket(const QString &language)
{
    TicketContent content;
    content.language = language;
    content.officeName = u"みどり区役所 / Midori Ward Office"_s;
    content.number = u"B-107"_s;
    content.services.append({u"住民票の写し / Certificate of residence"_s, {3, 4}, {}});
    content.issuedAt = QDateTime(QDate(2026, 11, 24), QTime(1, 30), Qt::UTC);
    content.timeZone = QTimeZone(QByteArrayLiteral("Asia/Tokyo"));
    content.ahead = 8;
    content.estimateKnown = true;
    content.estimateLow = 15;
    content.estimateHigh = 30;
    content.statusUrl = QUrl(QString::fromLatin1(kCode));
    return content;
}

void measureTicket(const LanguageCatalogs &catalogs, const QString &language, int tickets)
{
    const TicketLayout layout(catalogs);
    const TicketEncoder encoder(PrinterModel{});
    const EscPosPainter renderer(PaperWidth::Mm80);
    Latencies encode, render;
    qsizetype bytes = 0;
    for (int i = 0; i < tickets; ++i) {
        auto start = Stopwatch::now();
        const auto stream = encoder.encode(layout.layout(benchTicket(language), PaperWidth::Mm80));
        encode.add(Stopwatch::now() - start);
        if (!stream)
            qFatal("the ticket did not encode");
        bytes = stream->size();
        start = Stopwatch::now();
        const EscPosRendering paper = renderer.render(*stream);
        render.add(Stopwatch::now() - start);
        if (!paper.problem.isEmpty())
            qFatal("the ticket did not render");
    }
    std::printf("%-4s %7lld bytes   encode p50 %8.0f µs  p99 %8.0f µs   render p50 %8.0f µs  p99 %8.0f µs\n", qPrintable(language),
                static_cast<long long>(bytes), encode.percentile(0.5), encode.percentile(0.99), render.percentile(0.5),
                render.percentile(0.99));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"madoguchi.*.info=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Camera decoding and ticket printing benchmark"_s);
    parser.addHelpOption();
    const QCommandLineOption framesOpt(u"frames"_s, u"Frames decoded per resolution and case."_s, u"n"_s, u"30"_s);
    const QCommandLineOption ticketsOpt(u"tickets"_s, u"Tickets encoded and rendered per language."_s, u"n"_s, u"30"_s);
    parser.addOptions({framesOpt, ticketsOpt});
    parser.process(app);
    const int frames = std::max(1, parser.value(framesOpt).toInt());
    const int tickets = std::max(1, parser.value(ticketsOpt).toInt());

    std::printf("Camera frames (NV12), %d per case; milliseconds per frame, p50 / p99\n", frames);
    std::printf("%-10s %-6s %17s %17s %17s %9s %9s\n", "size", "code", "bare ZXing", "FrameDecoder", "CameraScanner", "dec/bare",
                "scan/bare");
    for (const QSize size : {QSize(640, 480), QSize(1280, 720), QSize(1920, 1080)}) {
        for (const bool withCode : {true, false}) {
            FrameFigures figures = measureFrames(cameraFrame(size, withCode), cameraFrame(size, withCode), frames);
            if (figures.found != 0)
                qFatal("the pipeline and bare ZXing found different codes");
            const double bare = figures.bare.percentile(0.5);
            std::printf("%4dx%-5d %-6s %8.2f / %6.2f %8.2f / %6.2f %8.2f / %6.2f %9.2f %9.2f\n", size.width(), size.height(),
                        withCode ? "QR" : "none", bare / 1000, figures.bare.percentile(0.99) / 1000, figures.decoder.percentile(0.5) / 1000,
                        figures.decoder.percentile(0.99) / 1000, figures.scanner.percentile(0.5) / 1000,
                        figures.scanner.percentile(0.99) / 1000, figures.decoder.percentile(0.5) / bare,
                        figures.scanner.percentile(0.5) / bare);
        }
    }

    std::printf("\nTickets, 80 mm, %d each (layout + encode, then render back to an image)\n", tickets);
    const LanguageCatalogs catalogs({u"ja"_s, u"en"_s, u"vi"_s});
    measureTicket(catalogs, u"ja"_s, tickets);
    measureTicket(catalogs, u"vi"_s, tickets);
    return 0;
}
