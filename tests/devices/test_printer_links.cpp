// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Printers over real links: a network printer on loopback port that answers status requests and
// runs out of paper mid-day, a serial printer behind a socat pty pair, device files, the simulated
// printer, and printer addresses.
#include "fakeprinter.h"
#include "printer/printerfactory.h"
#include "ptypair.h"
#include "sampletickets.h"
#include "simdevices/simprinter.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<ReceiptPrinter> printerAt(const QString &uri)
{
    auto printer = makePrinter(uri);
    REQUIRE(printer.ok());
    return std::move(printer).value();
}

} // namespace

TEST_CASE("A network printer is asked before every job and refuses cleanly when its paper runs out", "[printer][tcp]")
{
    FakeNetworkPrinter fake;
    fake.protocol().setPaper(2, 1); // near end after two tickets, out after the third
    auto printer = printerAt(u"tcp://127.0.0.1:%1?width=58"_s.arg(fake.port()));
    CHECK(printer->paperWidth() == PaperWidth::Mm58);

    const auto status = printer->status();
    REQUIRE(status.ok());
    CHECK(status->known);
    CHECK(status->canPrint());

    const TicketDocument ticket = sampleDocument(u"ja"_s, PaperWidth::Mm58);
    auto first = printer->print(ticket);
    REQUIRE(first.ok());
    CHECK_FALSE(first->paperNearEnd);
    auto second = printer->print(ticket);
    REQUIRE(second.ok());
    CHECK(second->paperNearEnd); // staff should change the roll soon
    auto third = printer->print(ticket);
    REQUIRE(third.ok());
    CHECK(third->paperOut);

    const auto refused = printer->print(ticket);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == PrinterErrorCode::NotReady);
    CHECK(refused.error().message.contains(u"out of paper"_s));
    CHECK(fake.protocol().jobs().size() == 3); // nothing was sent into the empty printer
    CHECK(fake.protocol().jobs().first() == *TicketEncoder({}).encode(ticket));

    SECTION("a new roll and it prints again")
    {
        fake.protocol().setStatus(PrinterStatus{true, true, false, false, false, false});
        REQUIRE(printer->print(ticket).ok());
        CHECK(fake.protocol().jobs().size() == 4);
    }
    SECTION("cover open")
    {
        fake.protocol().setStatus(PrinterStatus{true, false, true, false, false, false});
        const auto cover = printer->print(ticket);
        REQUIRE_FALSE(cover.ok());
        CHECK(cover.error().message.contains(u"cover is open"_s));
    }
}

TEST_CASE("A network printer that is off or hangs is reported, not waited for forever", "[printer][tcp]")
{
    QTcpServer closed;
    REQUIRE(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    auto off = printerAt(u"tcp://127.0.0.1:%1"_s.arg(port));
    const auto unreachable = off->print(sampleDocument(u"en"_s, PaperWidth::Mm80));
    REQUIRE_FALSE(unreachable.ok());
    CHECK(unreachable.error().code == PrinterErrorCode::Unreachable);

    FakeNetworkPrinter hung;
    hung.protocol().setSilent(true);
    auto silent = printerAt(u"tcp://127.0.0.1:%1"_s.arg(hung.port()));
    const auto noAnswer = silent->print(sampleDocument(u"en"_s, PaperWidth::Mm80));
    REQUIRE_FALSE(noAnswer.ok());
    CHECK(noAnswer.error().code == PrinterErrorCode::NoAnswer);
    CHECK(hung.protocol().jobs().isEmpty());

    SECTION("and is used again once it answers")
    {
        hung.protocol().setSilent(false);
        REQUIRE(silent->print(sampleDocument(u"en"_s, PaperWidth::Mm80)).ok());
        CHECK(hung.protocol().jobs().size() == 1);
    }
}

TEST_CASE("A serial printer behind a pty pair answers status and takes jobs, and survives a replug", "[printer][serial]")
{
    PtyPair cable;
    auto fake = std::make_unique<FakeSerialPrinter>(cable.deviceEnd());
    auto printer = printerAt(u"serial://%1?baud=38400"_s.arg(cable.appEnd()));
    REQUIRE(printer->print(sampleDocument(u"ko"_s, PaperWidth::Mm80)).ok());
    CHECK(fake->protocol().jobs().size() == 1);
    CHECK(fake->protocol().statusRequests() == 6); // before and after the job

    fake.reset();
    cable.unplug();
    const auto gone = printer->print(sampleDocument(u"ko"_s, PaperWidth::Mm80));
    REQUIRE_FALSE(gone.ok());
    cable.plug();
    fake = std::make_unique<FakeSerialPrinter>(cable.deviceEnd());
    REQUIRE(printer->print(sampleDocument(u"ko"_s, PaperWidth::Mm80)).ok());
    CHECK(fake->protocol().jobs().size() == 1);
}

TEST_CASE("A device file takes jobs, and a plain file cannot report status", "[printer][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"jobs.bin"_s);
    auto printer = printerAt(u"file://%1"_s.arg(path));
    const auto status = printer->status();
    REQUIRE(status.ok());
    CHECK_FALSE(status->known);
    REQUIRE(printer->print(sampleDocument(u"en"_s, PaperWidth::Mm80)).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == *TicketEncoder({}).encode(sampleDocument(u"en"_s, PaperWidth::Mm80)));

    auto missing = printerAt(u"file:///nonexistent-folder/lp0"_s);
    const auto refused = missing->print(sampleDocument(u"en"_s, PaperWidth::Mm80));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == PrinterErrorCode::Unreachable);
}

TEST_CASE("The simulated printer renders PNGs and can be told it is out of paper", "[printer][sim]")
{
    QTemporaryDir dir;
    auto printer = printerAt(u"sim://%1?width=58"_s.arg(dir.path()));
    REQUIRE(printer->print(sampleDocument(u"vi"_s, PaperWidth::Mm58)).ok());
    const QImage image(dir.filePath(u"ticket-0001.png"_s));
    CHECK(image.width() == 384);
    CHECK(decodeQrCodes(image).size() == 1);

    auto *sim = dynamic_cast<SimPrinter *>(printer.get());
    REQUIRE(sim);
    sim->setStatus(PrinterStatus{true, true, false, false, true, false});
    const auto refused = printer->print(sampleDocument(u"vi"_s, PaperWidth::Mm58));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == PrinterErrorCode::NotReady);
    CHECK(sim->printed() == 1);

    auto cover = printerAt(u"sim://?status=cover-open"_s);
    CHECK(cover->status()->coverOpen);
}

TEST_CASE("Printer addresses", "[printer][address]")
{
    auto usb = parsePrinterAddress(u"usb://04b8:0202?interface=0&model=epson-old&width=58"_s);
    REQUIRE(usb.ok());
    CHECK(usb->scheme == PrinterAddress::Scheme::Usb);
    CHECK(usb->vendorId == 0x04b8);
    CHECK(usb->productId == 0x0202);
    CHECK(usb->interfaceNumber == 0);
    CHECK_FALSE(usb->model.nativeQr);
    CHECK(usb->width == PaperWidth::Mm58);

    auto tcp = parsePrinterAddress(u"tcp://printer.local?model=star"_s);
    REQUIRE(tcp.ok());
    CHECK(tcp->port == 9100);
    CHECK(tcp->model.language == PrinterLanguage::StarLine);

    auto serial = parsePrinterAddress(u"serial:///dev/ttyUSB0?baud=38400"_s);
    REQUIRE(serial.ok());
    CHECK(serial->path == u"/dev/ttyUSB0"_s);
    CHECK(serial->baud == 38400);

    for (const QString &bad : {u"lpt://1"_s, u"usb://4b8:202"_s, u"tcp://"_s, u"sim://?status=melted"_s, u"tcp://h?model=brother"_s,
                               u"tcp://h?width=76"_s, u"serial://"_s}) {
        INFO(bad.toStdString());
        const auto address = parsePrinterAddress(bad);
        REQUIRE_FALSE(address.ok());
        CHECK(address.error().code == PrinterErrorCode::BadAddress);
        CHECK(address.error().message.contains(bad));
    }

    SECTION("a USB printer that is not connected")
    {
        auto printer = printerAt(u"usb://ffff:fffe"_s);
        const auto status = printer->status();
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == PrinterErrorCode::Unreachable);
        CHECK(status.error().message.contains(u"ffff:fffe"_s));
    }
}
