// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tickets from content to bytes to paper: layout in the visitor's language, the ESC/POS and Star
// encoders, the raster path for text Shift_JIS cannot carry, golden streams, and the renderer.
#include "printer/cp932text.h"
#include "printer/escposcommands.h"
#include "printer/starlinecommands.h"
#include "printer/ticketencoder.h"
#include "printer/ticketrasterizer.h"
#include "sampletickets.h"
#include "simdevices/escpospainter.h"

#include <catch2/catch.hpp>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

QStringList texts(const TicketDocument &document)
{
    QStringList list;
    for (const TicketBlock &block : document.blocks) {
        if (block.kind == TicketBlock::Kind::Text)
            list.append(block.text);
    }
    return list;
}

QByteArray encode(const TicketDocument &document, PrinterModel model = {})
{
    const auto job = TicketEncoder(model).encode(document);
    REQUIRE(job.ok());
    return *job;
}

QString widthName(PaperWidth width)
{
    return width == PaperWidth::Mm58 ? u"58"_s : u"80"_s;
}

} // namespace

TEST_CASE("A ticket is laid out in the visitor's language with a footer in a second language", "[ticket]")
{
    const TicketDocument ja = sampleDocument(u"ja"_s, PaperWidth::Mm80);
    CHECK(texts(ja)
          == QStringList{u"みどり区役所"_s, u"受付番号"_s, u"A-023"_s, u"・住民異動（1, 2番窓口）"_s, u"発券：2026年11月24日 9:12"_s,
                         u"お待ちの人数：3人"_s, u"待ち時間の目安：10〜20分（参考値）"_s, u"スマートフォンで順番を確認できます。"_s,
                         u"番号が呼ばれるまでお待ちください。"_s, u"Please wait until your number is called."_s});
    const TicketDocument vi = sampleDocument(u"vi"_s, PaperWidth::Mm58);
    CHECK(texts(vi).contains(u"Số người trước bạn: 3"_s));
    CHECK(texts(vi).last() == u"番号が呼ばれるまでお待ちください。"_s);
    const auto qr = std::find_if(vi.blocks.begin(), vi.blocks.end(), [](const TicketBlock &b) { return b.kind == TicketBlock::Kind::Qr; });
    REQUIRE(qr != vi.blocks.end());
    CHECK(qr->qrData == "https://madoguchi.midori.example.jp/s/q7Xz3kPw9mT2vR8sLd4Hfa");

    SECTION("a visit that keeps the visitor's details says the clerk has them")
    {
        TicketContent content = sampleTicket(u"ja"_s);
        content.detailsKept = true;
        const QStringList lines = texts(layoutTicket(content, PaperWidth::Mm80));
        CHECK(lines.indexOf(u"お客様の情報は職員に引き継がれています。ご自身で記入する必要はありません。"_s)
              == lines.indexOf(u"お待ちの人数：3人"_s) - 1);
        CHECK(texts(ja).filter(u"職員"_s).isEmpty());
    }
    SECTION("without an estimate the 参考値 line is left out")
    {
        TicketContent content = sampleTicket(u"ja"_s);
        content.estimateKnown = false;
        CHECK(texts(layoutTicket(content, PaperWidth::Mm80)).filter(u"参考値"_s).isEmpty());
        CHECK(texts(ja).filter(u"参考値"_s).size() == 1);
    }
}

TEST_CASE("Text is encoded in CP932 and wrapped by printer cells", "[ticket][encoding]")
{
    CHECK(toCp932(u"受付"_s) == QByteArray("\x8e\xf3\x95\x74"));
    CHECK(toCp932(u"漢字～"_s) == QByteArray("\x8a\xbf\x8e\x9a\x81\x60"));
    CHECK_FALSE(toCp932(u"Số"_s));   // Vietnamese
    CHECK_FALSE(toCp932(u"번호"_s)); // Hangul
    CHECK_FALSE(toCp932(u"𠮷野"_s)); // a name character outside JIS X 0208
    CHECK(fromCp932("\x8e\xf3\x95\x74") == u"受付"_s);

    CHECK(wrapToCells(u"Please wait until your number is called."_s, 16)
          == QStringList{u"Please wait"_s, u"until your"_s, u"number is"_s, u"called."_s});
    CHECK(wrapToCells(u"番号が呼ばれるまでお待ちください。"_s, 16) == QStringList{u"番号が呼ばれるま"_s, u"でお待ちくださ"_s, u"い。"_s});
    CHECK(wrapToCells(u"abc"_s, 16) == QStringList{u"abc"_s});
}

TEST_CASE("ESC/POS commands have the bytes of the Epson reference", "[ticket][escpos]")
{
    const EscPosCommands commands;
    CHECK(commands.begin() == QByteArray("\x1b\x40\x1b\x74\x01\x1c\x43\x01\x1b\x52\x08", 11));
    CHECK(commands.align(TicketAlign::Center) == QByteArray("\x1b\x61\x01"));
    CHECK(commands.style(2, true) == QByteArray("\x1d\x21\x11\x1b\x45\x01"));
    CHECK(commands.end() == QByteArray("\x1d\x56\x42\x00", 4));
    // The QR sequence of escpos-php's testQRCodeDefaults, with error correction M instead of L.
    CHECK(commands.qr("1234", 3)
          == QByteArray("\x1d(k\x04\x00"
                        "1A2\x00"
                        "\x1d(k\x03\x00"
                        "1C\x03"
                        "\x1d(k\x03\x00"
                        "1E1"
                        "\x1d(k\x07\x00"
                        "1P01234"
                        "\x1d(k\x03\x00"
                        "1Q0",
                        45));
    QImage image(10, 2, QImage::Format_Grayscale8);
    image.fill(255);
    image.setPixel(0, 0, 0);
    image.setPixel(9, 1, 0);
    CHECK(commands.raster(image) == QByteArray("\x1d\x76\x30\x00\x02\x00\x02\x00\x80\x00\x00\x40", 12));
}

TEST_CASE("Star Line Mode commands", "[ticket][star]")
{
    const StarLineCommands commands;
    CHECK(commands.begin() == QByteArray("\x1b\x40\x1b\x24\x31\x1b\x52\x38"));
    CHECK(commands.align(TicketAlign::Right) == QByteArray("\x1b\x1d\x61\x02"));
    CHECK(commands.style(3, false) == QByteArray("\x1b\x69\x02\x02\x1b\x46"));
    CHECK(commands.end() == QByteArray("\x1b\x64\x33\x1b\x1d\x03\x01\x00\x00", 9));
    CHECK(commands.qr("AB", 4)
          == QByteArray("\x1b\x1dyS0\x02\x1b\x1dyS1\x01\x1b\x1dyS2\x04\x1b\x1dyD1\x00\x02\x00"
                        "AB\x1b\x1dyP\x0a",
                        33));
    QImage image(8, 1, QImage::Format_Grayscale8);
    image.fill(0);
    const QByteArray raster = commands.raster(image);
    CHECK(raster.startsWith(QByteArray("\x1b\x30\x1b\x6b\x01\x00\xff", 7)));
    CHECK(raster.size() == 2 + 4 + 24 + 1 + 3); // one band of 24 rows, padded
}

TEST_CASE("Japanese and English tickets print as text, Vietnamese and Korean lines go through the raster path", "[ticket][escpos]")
{
    const QByteArray ja = encode(sampleDocument(u"ja"_s, PaperWidth::Mm80));
    CHECK(ja.contains(*toCp932(u"受付番号"_s)));
    CHECK(ja.contains("\x1d(k"));             // the printer draws the QR code
    CHECK_FALSE(ja.contains("\x1d\x76\x30")); // no bitmap at all

    const QByteArray ko = encode(sampleDocument(u"ko"_s, PaperWidth::Mm80));
    CHECK(ko.contains("\x1d\x76\x30"));
    CHECK(ko.contains("A-023"));                                           // the number itself stays text
    CHECK(ko.contains(*toCp932(u"番号が呼ばれるまでお待ちください。"_s))); // the Japanese footer too

    SECTION("raster-only and old models")
    {
        const QByteArray raster = encode(sampleDocument(u"ja"_s, PaperWidth::Mm58), {PrinterLanguage::EscPos, true, false});
        CHECK_FALSE(raster.contains(*toCp932(u"受付番号"_s)));
        CHECK_FALSE(raster.contains("\x1d(k"));
        const QByteArray old = encode(sampleDocument(u"ja"_s, PaperWidth::Mm58), {PrinterLanguage::EscPos, false, false});
        CHECK_FALSE(old.contains("\x1d(k"));
        CHECK(old.contains("\x1d\x76\x30"));
    }
    SECTION("a QR payload too long for a QR code is refused before anything is sent")
    {
        TicketDocument document = sampleDocument(u"ja"_s, PaperWidth::Mm80);
        document.blocks.append(TicketBlock{TicketBlock::Kind::Qr, {}, QByteArray(5000, 'x'), 4, false, TicketAlign::Center, 1});
        const auto job = TicketEncoder({}).encode(document);
        REQUIRE_FALSE(job.ok());
        CHECK(job.error().code == PrinterErrorCode::Unprintable);
    }
}

TEST_CASE("Golden ESC/POS tickets in ja, en, vi and ko at 58 and 80 mm render back to readable paper", "[ticket][golden]")
{
    for (const QString &language : {u"ja"_s, u"en"_s, u"vi"_s, u"ko"_s}) {
        for (const PaperWidth width : {PaperWidth::Mm58, PaperWidth::Mm80}) {
            const QString name = u"ticket-%1-%2"_s.arg(language, widthName(width));
            INFO(name.toStdString());
            const QByteArray job = encode(sampleDocument(language, width));
            compareGolden(u"tickets/"_s + name + u".escpos"_s, job);

            const EscPosRendering paper = EscPosPainter(width).render(job);
            CHECK(paper.problem.isEmpty());
            CHECK(paper.cuts == 1);
            CHECK(paper.image.width() == dotsPerLine(width));
            CHECK(paper.textLines.contains(u"A-023"_s));
            CHECK(paper.qrCodes == QList<QByteArray>{"https://madoguchi.midori.example.jp/s/q7Xz3kPw9mT2vR8sLd4Hfa"});
            CHECK(decodeQrCodes(paper.image) == QStringList{u"https://madoguchi.midori.example.jp/s/q7Xz3kPw9mT2vR8sLd4Hfa"_s});
            saveScreenshot(u"tickets"_s, name + u".png"_s, paper.image);
        }
    }
}

TEST_CASE("A one-stop visit's ticket is its checklist: a box for each procedure under its counters", "[ticket][guide]")
{
    TicketContent content = sampleTicket(u"ja"_s);
    content.services = {{u"住民異動"_s, {1, 2}, {u"転入届"_s, u"マイナンバーカードの住所変更"_s}},
                        {u"国民健康保険"_s, {5}, {u"国民健康保険の加入"_s}}};
    const QByteArray job = encode(layoutTicket(content, PaperWidth::Mm80));
    const EscPosRendering paper = EscPosPainter(PaperWidth::Mm80).render(job);
    CHECK(paper.problem.isEmpty());
    INFO(paper.textLines.join(u'\n').toStdString());
    const auto line = [&](const QString &start) {
        return std::find_if(paper.textLines.cbegin(), paper.textLines.cend(), [&](const QString &l) { return l.startsWith(start); })
            - paper.textLines.cbegin();
    };
    const qsizetype moving = line(u"・住民異動"_s);
    const qsizetype insurance = line(u"・国民健康保険"_s);
    REQUIRE(insurance < paper.textLines.size());
    CHECK(line(u"　□ 転入届"_s) == moving + 1);
    CHECK(line(u"　□ マイナンバーカードの住所変更"_s) == moving + 2);
    CHECK(line(u"　□ 国民健康保険の加入"_s) == insurance + 1);
    saveScreenshot(u"tickets"_s, u"ticket-routed-ja-80.png"_s, paper.image);
}

TEST_CASE("The renderer stops at what it does not understand, with the offset", "[ticket][renderer]")
{
    const EscPosPainter renderer(PaperWidth::Mm80);
    const EscPosRendering text =
        renderer.render(QByteArray("\x1b\x40\x1b\x61\x01") + *toCp932(u"受付 A"_s) + QByteArray("\n\x1d\x56\x42\x00", 5));
    CHECK(text.problem == QString());
    CHECK(text.textLines == QStringList{u"受付 A"_s});

    const EscPosRendering truncated = renderer.render(QByteArray("\x1b\x40\x1d\x76\x30\x00\x10\x00\xff\xff", 10));
    CHECK_FALSE(truncated.problem.isEmpty());
    CHECK(truncated.problemOffset == 2);

    const EscPosRendering unknown = renderer.render(QByteArray("AB\x1b\x99\x01", 5));
    CHECK(unknown.problem.contains(u"1b 99"_s));
    CHECK(unknown.problemOffset == 2);

    const EscPosRendering endless = renderer.render(QByteArray(200, '\x0a').repeated(200));
    CHECK_FALSE(endless.problem.isEmpty());
    CHECK(endless.image.height() <= EscPosPainter::kMaxHeight);
}

TEST_CASE("The raster path draws with Noto fonts in the language's glyph forms", "[ticket][raster]")
{
    CHECK(TicketRasterizer::font(u"ko"_s, 24, false).families().first() == u"Noto Sans CJK KR"_s);
    CHECK(TicketRasterizer::font(u"zh-Hans"_s, 24, false).families().first() == u"Noto Sans CJK SC"_s);
    CHECK(TicketRasterizer::font(u"ne"_s, 24, false).families().first() == u"Noto Sans Devanagari"_s);
    const TicketRasterizer rasterizer(u"ne"_s, PaperWidth::Mm58);
    TicketBlock block;
    block.text = u"कृपया आफ्नो नम्बर नबोलाइएसम्म पर्खनुहोस्।"_s;
    const QImage image = rasterizer.renderBlock(block);
    CHECK(image.width() == 384);
    CHECK(image.height() > 30); // wrapped onto two lines at 58 mm
    const QByteArray packed = packRaster(image);
    CHECK(packed.size() == 48 * image.height());
    CHECK(packed.count('\0') < packed.size()); // something was drawn
    saveScreenshot(u"tickets"_s, u"raster-ne-58.png"_s, image);
}
