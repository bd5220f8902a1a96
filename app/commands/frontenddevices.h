// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/cardterminal.h"
#include "ports/codescanner.h"

#include <functional>
#include <memory>

namespace Madoguchi::Cli {

/// The code scanner and the My Number card reader of a kiosk or a counter (--scanner URI,
/// --card-reader NAME): opened from their options, their problems told on standard error.
struct FrontEndDevices {
    std::unique_ptr<CodeScanner> scanner;
    std::unique_ptr<CardTerminal> cardReader;

    /// Opens what is named (an empty name: none); an exit code after printing why not, or -1.
    [[nodiscard]] int open(const QString &scannerAddress, const QString &cardReaderName);
    /// Starts both, each code read going to `scanned`.
    void start(QObject *receiver, const std::function<void(const QByteArray &)> &scanned);
};

} // namespace Madoguchi::Cli
