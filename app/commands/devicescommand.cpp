// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicescommand.h"

#include "passwordprompt.h"
#include "scanverbs.h"

#include "card/cardreaderfactory.h"
#include "card/mynumbercard.h"
#include "common/clock.h"
#include "common/languagecatalogs.h"
#include "printer/printerfactory.h"
#include "printer/usbprinterlist.h"
#include "scanner/scannerfactory.h"
#include "ticket/ticketlayout.h"

#include <QDir>
#include <QSerialPortInfo>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Madoguchi::Cli {
namespace {

const QStringList kLanguages{u"ja"_s, u"ja-x-easy"_s, u"en"_s, u"zh-Hans"_s, u"ko"_s, u"vi"_s, u"fil"_s, u"tr"_s, u"pt-BR"_s, u"ne"_s};

int list(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const int code = parseVerb(parser, arguments, u"list"_s,
                                   CliTr::tr("Lists the printers, card readers, serial ports and cameras this machine sees."));
        code >= 0)
        return code;
    out(CliTr::tr("Receipt printers (USB):"));
    const QList<UsbPrinterInfo> printers = listUsbPrinters();
    for (const UsbPrinterInfo &printer : printers)
        out(u"  "_s + printer.address + (printer.description.isEmpty() ? QString() : u"  "_s + printer.description));
    const QStringList lp = QDir(u"/dev/usb"_s).entryList({u"lp*"_s}, QDir::System);
    for (const QString &device : lp)
        out(u"  file:///dev/usb/"_s + device);
    if (printers.isEmpty() && lp.isEmpty())
        out(CliTr::tr("  none"));

    out(CliTr::tr("Card readers (PC/SC):"));
    const auto readers = listCardReaders();
    if (!readers)
        out(u"  "_s + readers.error().message);
    else if (readers->isEmpty())
        out(CliTr::tr("  none"));
    for (const QString &reader : readers ? *readers : QStringList())
        out(u"  "_s + reader);

    out(CliTr::tr("Serial ports (scanners, serial printers):"));
    const QList<QSerialPortInfo> ports = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo &port : ports) {
        QString line = u"  "_s + port.systemLocation();
        if (port.hasVendorIdentifier() && port.hasProductIdentifier())
            line += u"  %1:%2"_s.arg(port.vendorIdentifier(), 4, 16, QChar(u'0')).arg(port.productIdentifier(), 4, 16, QChar(u'0'));
        if (!port.description().isEmpty())
            line += u"  "_s + port.description();
        out(line);
    }
    if (ports.isEmpty())
        out(CliTr::tr("  none"));

    out(CliTr::tr("Cameras (camera://?device=…):"));
    const QList<CameraInfo> cameras = listCameras();
    for (const CameraInfo &camera : cameras)
        out(u"  "_s + camera.id + u"  "_s + camera.description + (camera.isDefault ? CliTr::tr("  (default)") : QString()));
    if (cameras.isEmpty())
        out(CliTr::tr("  none"));
    return Success;
}

std::unique_ptr<ReceiptPrinter> openPrinter(const QString &uri, const QString &width)
{
    const auto parsed = parsePrinterAddress(uri);
    if (!parsed) {
        err(parsed.error().message);
        return nullptr;
    }
    PrinterAddress address = *parsed;
    if (!width.isEmpty()) {
        const std::optional<PaperWidth> paper = paperWidthFromMillimetres(width.toInt());
        if (!paper) {
            err(CliTr::tr("The paper width must be 58 or 80."));
            return nullptr;
        }
        address.width = *paper;
    }
    return makePrinter(address);
}

int printerStatus(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption printerOpt(u"printer"_s, CliTr::tr("The printer's address, e.g. tcp://192.168.1.50:9100 or usb://04b8:0e28."),
                                        CliTr::tr("uri"));
    parser.addOption(printerOpt);
    if (const int code = parseVerb(parser, arguments, u"printer-status"_s, CliTr::tr("Asks a receipt printer how it is.")); code >= 0)
        return code;
    auto printer = openPrinter(parser.value(printerOpt), {});
    if (!printer)
        return UsageError;
    const auto status = printer->status();
    if (!status) {
        err(status.error().message);
        return Failure;
    }
    out(printerStatusSummary(*status));
    if (!status->canPrint()) {
        err(printerStatusProblem(*status));
        return Failure;
    }
    return Success;
}

int printTest(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption printerOpt(u"printer"_s, CliTr::tr("The printer's address, e.g. tcp://192.168.1.50:9100 or usb://04b8:0e28."),
                                        CliTr::tr("uri"));
    const QCommandLineOption langOpt(u"lang"_s, CliTr::tr("The ticket's language: %1.").arg(kLanguages.join(u", "_s)),
                                     CliTr::tr("language"), u"ja"_s);
    const QCommandLineOption widthOpt(u"width"_s, CliTr::tr("Paper width in millimetres: 58 or 80."), CliTr::tr("mm"));
    parser.addOptions({printerOpt, langOpt, widthOpt});
    if (const int code = parseVerb(parser, arguments, u"print-test"_s, CliTr::tr("Prints a sample ticket.")); code >= 0)
        return code;
    const QString language = parser.value(langOpt);
    if (!kLanguages.contains(language)) {
        err(CliTr::tr("Unknown language '%1' (%2).").arg(language, kLanguages.join(u", "_s)));
        return UsageError;
    }
    auto printer = openPrinter(parser.value(printerOpt), parser.value(widthOpt));
    if (!printer)
        return UsageError;

    TicketContent content;
    content.language = language;
    content.officeName = u"Madoguchi"_s;
    content.number = u"T-001"_s;
    content.services.append({u"テスト印刷 / Test print"_s, {1}, {}});
    content.issuedAt = SystemClock().now();
    content.timeZone = QTimeZone(QByteArrayLiteral("Asia/Tokyo"));
    content.estimateKnown = true;
    content.estimateHigh = 5;
    content.statusUrl = QUrl(u"https://madoguchi.example/s/print-test"_s);
    const LanguageCatalogs catalogs(kLanguages);
    const auto printed = printer->print(TicketLayout(catalogs).layout(content, printer->paperWidth()));
    if (!printed) {
        err(printed.error().message);
        return Failure;
    }
    out(CliTr::tr("Printed. Printer: %1").arg(printerStatusSummary(*printed)));
    return Success;
}

int cardRead(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption readerOpt(
        u"reader"_s, CliTr::tr("The reader's PC/SC name (or its beginning), or sim:// for the simulated reader."), CliTr::tr("name"));
    const QCommandLineOption lastTryOpt(u"accept-last-try"_s,
                                        CliTr::tr("Go on when only one PIN try is left (a wrong PIN then locks the card)."));
    parser.addOptions({readerOpt, lastTryOpt});
    if (const int code = parseVerb(
            parser, arguments, u"card-read"_s,
            CliTr::tr("Reads the basic four items of a My Number card (PIN from the terminal without echo, or from standard input)."));
        code >= 0)
        return code;
    if (!parser.isSet(readerOpt)) {
        err(CliTr::tr("Give the reader with --reader (see 'madoguchi devices list')."));
        return UsageError;
    }
    auto reader = makeCardReader(parser.value(readerOpt));
    if (!reader) {
        err(reader.error().message);
        return Failure;
    }
    const auto tries = (*reader)->pinTriesLeft();
    if (!tries) {
        err(tries.error().message);
        return Failure;
    }
    out(CliTr::tr("PIN tries left: %1").arg(*tries));
    if (*tries == 0) {
        err(lockedError().message);
        return Failure;
    }
    bool lastTryAccepted = parser.isSet(lastTryOpt);
    if (*tries == 1 && !lastTryAccepted) {
        bool confirmed = false;
        if (::isatty(STDIN_FILENO)) {
            auto answer = readSecret(CliTr::tr("Only one try is left; a wrong PIN locks the card. Type 'yes' to go on: "));
            confirmed = answer && *answer == "yes";
        }
        if (!confirmed) {
            err(CliTr::tr("Stopped: only one PIN try is left. Ask the holder to check the PIN, then use --accept-last-try."));
            return Failure;
        }
        lastTryAccepted = true;
    }
    auto typed = readSecret(CliTr::tr("PIN (4 digits): "));
    if (!typed) {
        err(typed.error().message);
        return UsageError;
    }
    QByteArray digits = std::move(typed).value();
    const auto items = (*reader)->readBasicFour(SecurePin(digits), lastTryAccepted ? LastPinTry::Accept : LastPinTry::Refuse);
    if (!items) {
        err(items.error().message);
        return Failure;
    }
    out(CliTr::tr("Name: %1").arg(items->name));
    out(CliTr::tr("Address: %1").arg(items->address));
    out(CliTr::tr("Birth date: %1").arg(items->birthDate));
    out(CliTr::tr("Sex: %1").arg(items->sex));
    return Success;
}

int devices(const QStringList &arguments)
{
    return runVerb(arguments,
                   {{u"list"_s, list},
                    {u"print-test"_s, printTest},
                    {u"printer-status"_s, printerStatus},
                    {u"card-read"_s, cardRead},
                    {u"scan"_s, scanVerb},
                    {u"decode-image"_s, decodeImageVerb}},
                   CliTr::tr("Usage: madoguchi devices <list|print-test|printer-status|card-read|scan|decode-image> [options]\n"
                             "Run 'madoguchi devices <action> --help' for the options of an action."));
}

} // namespace

Command devicesCommand()
{
    return {u"devices"_s, CliTr::tr("installer's diagnostics: list, print-test, printer-status, card-read, scan, decode-image"), devices};
}

} // namespace Madoguchi::Cli
