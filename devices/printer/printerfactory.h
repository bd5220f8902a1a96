// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/receiptprinter.h"
#include "printeraddress.h"

#include <memory>

namespace Madoguchi {

/// The printer at an address: a ThermalPrinter on the right link, or a SimPrinter for sim://.
/// Nothing is opened yet; the first status() or print() connects.
[[nodiscard]] std::unique_ptr<ReceiptPrinter> makePrinter(const PrinterAddress &address);

/// Parses the URI and makes its printer.
[[nodiscard]] PrinterResult<std::unique_ptr<ReceiptPrinter>> makePrinter(const QString &uri);

} // namespace Madoguchi
