// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontenddevices.h"

#include "card/pcsccardterminal.h"
#include "command.h"
#include "scanner/scannerfactory.h"

namespace Madoguchi::Cli {

int FrontEndDevices::open(const QString &scannerAddress, const QString &cardReaderName)
{
    if (!scannerAddress.isEmpty()) {
        auto made = makeScanner(scannerAddress);
        if (!made) {
            err(made.error().message);
            return made.error().code == ScannerErrorCode::BadAddress ? UsageError : Failure;
        }
        scanner = std::move(made).value();
    }
    if (!cardReaderName.isEmpty())
        cardReader = std::make_unique<PcscCardTerminal>(cardReaderName);
    return -1;
}

void FrontEndDevices::start(QObject *receiver, const std::function<void(const QByteArray &)> &scanned)
{
    if (scanner) {
        QObject::connect(scanner.get(), &CodeScanner::scanned, receiver, scanned);
        QObject::connect(scanner.get(), &CodeScanner::problem, scanner.get(), [](const QString &problem) { err(problem); });
        scanner->start();
    }
    if (cardReader) {
        QObject::connect(cardReader.get(), &CardTerminal::problem, cardReader.get(), [](const QString &problem) { err(problem); });
        cardReader->start();
    }
}

} // namespace Madoguchi::Cli
