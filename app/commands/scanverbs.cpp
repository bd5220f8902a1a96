// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanverbs.h"

#include "command.h"
#include "signalwatcher.h"

#include "scan/scanpayload.h"
#include "scanner/framedecoder.h"
#include "scanner/scannerfactory.h"

#include <QImageReader>

using namespace Qt::StringLiterals;

namespace Madoguchi::Cli {
namespace {

/// Prints what the kiosk would make of a scan; false when it would refuse it.
bool printScan(const QByteArray &raw)
{
    const auto payload = parseScanPayload(raw);
    if (!payload) {
        out(CliTr::tr("refused: %1").arg(payload.error().message));
        return false;
    }
    if (!payload->preApplication) {
        out(scanPayloadKindName(payload->kind) + u"  "_s + payload->code);
        return true;
    }
    const PreApplication &application = *payload->preApplication;
    out(CliTr::tr("pre-application (version %1): %2").arg(application.version).arg(application.procedures.join(u", "_s)));
    const Profile profile = application.toProfile(QDateTime::currentDateTimeUtc());
    for (const FieldKey &key : profile.keys())
        out(u"  %1: %2"_s.arg(fieldPath(key), profile.value(key).value_or(QString())));
    return true;
}

} // namespace

int scanVerb(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption scannerOpt(
        u"scanner"_s,
        CliTr::tr("The scanner's address, e.g. serial:///dev/ttyACM0, evdev:///dev/input/by-id/…-event-kbd, "
                  "camera:// or sim://."),
        CliTr::tr("uri"));
    const QCommandLineOption countOpt(u"count"_s, CliTr::tr("Stop after this many scans (default: run until Ctrl+C)."), CliTr::tr("n"));
    parser.addOptions({scannerOpt, countOpt});
    if (const int code =
            parseVerb(parser, arguments, u"scan"_s, CliTr::tr("Prints each code a scanner reads, as the kiosk understands it."));
        code >= 0)
        return code;
    const QString uri = parser.value(scannerOpt);
    if (uri.isEmpty()) {
        err(CliTr::tr("Give the scanner with --scanner (see 'madoguchi devices list')."));
        return UsageError;
    }
    if (uri.startsWith(u"wedge:"_s)) {
        err(CliTr::tr("wedge:// reads the keystrokes sent to the kiosk's or counter's window. In a terminal, use evdev:// "
                      "(see docs/devices.md)."));
        return UsageError;
    }
    bool countOk = true;
    const int count = parser.isSet(countOpt) ? parser.value(countOpt).toInt(&countOk) : 0;
    if (!countOk || count < 0) {
        err(CliTr::tr("--count must be a positive number."));
        return UsageError;
    }
    auto scanner = makeScanner(uri);
    if (!scanner) {
        err(scanner.error().message);
        return scanner.error().code == ScannerErrorCode::BadAddress ? UsageError : Failure;
    }
    CodeScanner &device = **scanner;
    QString firstProblem;
    QObject::connect(&device, &CodeScanner::problem, &device, [&](const QString &message) {
        firstProblem = message;
        err(message);
    });
    int scans = 0;
    QObject::connect(&device, &CodeScanner::scanned, &device, [&](const QByteArray &raw) {
        printScan(raw);
        if (++scans == count)
            QCoreApplication::quit();
    });
    QObject::connect(&device, &CodeScanner::connectedChanged, &device, [&](bool connected) {
        if (connected)
            err(CliTr::tr("Listening to the %1. Press Ctrl+C to stop.").arg(device.description()));
    });
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &device, [] { QCoreApplication::quit(); });
    device.start();
    if (!device.isConnected() && !firstProblem.isEmpty())
        return Failure; // missing at the start: the message says why; a scanner lost later is awaited
    QCoreApplication::exec();
    device.stop();
    return Success;
}

int decodeImageVerb(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const int code = parseVerb(parser, arguments, u"decode-image"_s, CliTr::tr("Prints the codes found in a picture."),
                                   {{u"file"_s, CliTr::tr("A picture (PNG, JPEG …) of one or more codes.")}});
        code >= 0)
        return code;
    const QString file = parser.positionalArguments().at(1);
    QImageReader reader(file);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        err(CliTr::tr("Cannot read the picture %1: %2").arg(file, reader.errorString()));
        return Failure;
    }
    const QList<DecodedCode> codes = FrameDecoder().decode(image);
    if (codes.isEmpty()) {
        err(CliTr::tr("No QR code or bar code found in %1.").arg(file));
        return Failure;
    }
    bool allUnderstood = true;
    for (const DecodedCode &code : codes) {
        out(CliTr::tr("%1:").arg(code.format));
        allUnderstood = printScan(code.text) && allUnderstood;
    }
    return allUnderstood ? Success : Failure;
}

} // namespace Madoguchi::Cli
