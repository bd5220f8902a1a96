// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The camera path: generated pictures of codes (blurred, turned, noisy, dim, several at once) through
// the frame decoder in every frame layout a camera delivers, and the camera scanner's worker thread.
#include "codeimages.h"
#include "qrcode/qrimage.h"
#include "qtstringmaker.h"
#include "sampletickets.h"
#include "scanner/camerascanner.h"
#include "scanner/framedecoder.h"

#include <QSignalSpy>
#include <QTest>
#include <QVideoFrame>
#include <QVideoSink>

#include <catch2/catch.hpp>

using namespace Madoguchi;
using namespace Madoguchi::Test;

namespace {

const QByteArray kStatusUrl = "https://city.example/s/q5XrN2Jz0vYb7-Pk_3mWdQ";
const QByteArray kReservation = "https://city.example/r/7K3MQ2P7";
const QSize kVga(640, 480);

QImage qrScene(const QByteArray &text, int moduleDots = 4, QPoint place = {200, 120})
{
    return scene(kVga, {{qrImage(text, moduleDots), place}});
}

QList<QByteArray> texts(const QList<DecodedCode> &codes)
{
    QList<QByteArray> result;
    for (const DecodedCode &code : codes)
        result.append(code.text);
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace

TEST_CASE("The frame decoder reads codes from difficult pictures", "[camera]")
{
    const FrameDecoder decoder;
    const QImage clean = qrScene(kStatusUrl);
    CHECK(texts(decoder.decode(clean)) == QList<QByteArray>{kStatusUrl});
    CHECK(decoder.decode(clean).constFirst().format == QStringLiteral("QRCode"));

    CHECK(texts(decoder.decode(blurred(clean, 3))) == QList<QByteArray>{kStatusUrl});
    CHECK(texts(decoder.decode(rotated(clean, 23))) == QList<QByteArray>{kStatusUrl});
    CHECK(texts(decoder.decode(rotated(clean, 180))) == QList<QByteArray>{kStatusUrl});
    CHECK(texts(decoder.decode(noisy(clean, 60))) == QList<QByteArray>{kStatusUrl});
    CHECK(texts(decoder.decode(lowContrast(clean, 110, 160))) == QList<QByteArray>{kStatusUrl});
    const QImage hardest = noisy(lowContrast(rotated(clean, -12), 90, 170), 25);
    saveScreenshot(QStringLiteral("camera"), QStringLiteral("rotated-dim-noisy.png"), hardest);
    CHECK(texts(decoder.decode(hardest)) == QList<QByteArray>{kStatusUrl});

    SECTION("several codes in one frame")
    {
        const QImage several = scene(
            kVga,
            {{qrImage(kStatusUrl, 3), {20, 20}}, {qrImage(kReservation, 3), {360, 20}}, {eanImage("4901234567894", 2, 90), {150, 330}}});
        saveScreenshot(QStringLiteral("camera"), QStringLiteral("several-codes.png"), several);
        CHECK(texts(decoder.decode(several)) == QList<QByteArray>{"4901234567894", kReservation, kStatusUrl});
        const QImage bars = rotated(scene(kVga, {{eanImage("4901234567894", 3, 120), {150, 180}}}), 90);
        CHECK(texts(decoder.decode(bars)) == QList<QByteArray>{"4901234567894"});
    }
    SECTION("nothing where there is no code")
    {
        CHECK(decoder.decode(scene(kVga, {})).isEmpty());
        CHECK(decoder.decode(noisy(scene(kVga, {}), 120)).isEmpty());
        CHECK(decoder.decode(QImage()).isEmpty());
        CHECK(decoder.decode(QVideoFrame()).isEmpty());
    }
}

TEST_CASE("The frame decoder reads every frame layout a camera delivers", "[camera]")
{
    const FrameDecoder decoder;
    const QImage picture = qrScene(kReservation);
    for (const auto format : {QVideoFrameFormat::Format_NV12, QVideoFrameFormat::Format_NV21, QVideoFrameFormat::Format_YUV420P,
                              QVideoFrameFormat::Format_YV12, QVideoFrameFormat::Format_YUYV, QVideoFrameFormat::Format_UYVY,
                              QVideoFrameFormat::Format_AYUV, QVideoFrameFormat::Format_XRGB8888, QVideoFrameFormat::Format_BGRA8888,
                              QVideoFrameFormat::Format_RGBX8888, QVideoFrameFormat::Format_ABGR8888}) {
        INFO(QVideoFrameFormat::pixelFormatToString(format).toStdString());
        const QVideoFrame frame = videoFrame(picture, format);
        REQUIRE(frame.isValid());
        CHECK(texts(decoder.decode(frame)) == QList<QByteArray>{kReservation});
    }
    for (const auto format : {QImage::Format_RGB32, QImage::Format_ARGB32, QImage::Format_RGB888, QImage::Format_Mono}) {
        INFO(int(format));
        CHECK(texts(decoder.decode(picture.convertToFormat(format))) == QList<QByteArray>{kReservation});
    }
}

TEST_CASE("The camera scanner decodes on a worker and delivers a code once while it is in sight", "[camera]")
{
    QVideoSink sink;
    CameraScanner scanner(&sink);
    QSignalSpy scans(&scanner, &CodeScanner::scanned);
    QSignalSpy decodedFrames(&scanner, &CameraScanner::frameDecoded);
    scanner.start();
    REQUIRE(scanner.isConnected());
    auto waitForFrames = [&](qsizetype count) { return QTest::qWaitFor([&] { return decodedFrames.size() >= count; }, 10000); };

    const QVideoFrame frame = videoFrame(qrScene(kStatusUrl), QVideoFrameFormat::Format_NV12);
    sink.setVideoFrame(frame);
    REQUIRE(waitForFrames(1));
    sink.setVideoFrame(videoFrame(qrScene(kStatusUrl, 4, {180, 130}), QVideoFrameFormat::Format_NV12)); // the hand moved
    REQUIRE(waitForFrames(2));
    CHECK(decodedFrames.at(1).at(0).toInt() == 1);
    REQUIRE(scans.size() == 1);
    CHECK(scans.at(0).at(0).toByteArray() == kStatusUrl);

    SECTION("a slow decoder skips to the newest frame")
    {
        // Ten frames arrive while the first is being decoded: only the first and the newest are read.
        for (int i = 0; i < 10; ++i)
            sink.setVideoFrame(videoFrame(qrScene("frame " + QByteArray::number(i)), QVideoFrameFormat::Format_NV12));
        REQUIRE(waitForFrames(4));
        CHECK(scans.size() == 3);
        CHECK(scans.at(1).at(0).toByteArray() == "frame 0");
        CHECK(scans.at(2).at(0).toByteArray() == "frame 9");
        QTest::qWait(20); // nothing more is coming: ten frames, two decodes
        CHECK(decodedFrames.size() == 4);
    }
    SECTION("a stopped scanner reads no frames")
    {
        scanner.stop();
        CHECK_FALSE(scanner.isConnected());
        sink.setVideoFrame(frame);
        QCoreApplication::processEvents();
        CHECK(decodedFrames.size() == 2);
    }
}
