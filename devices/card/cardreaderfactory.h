// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/cardreader.h"

#include <QStringList>

#include <memory>

namespace Madoguchi {

/// The reader named by an address: a PC/SC reader name (or the start of one), or
/// sim://?holder=N&tries=N for the simulated reader with a sample card (holder 1–3, PIN 1234).
[[nodiscard]] CardResult<std::unique_ptr<CardReader>> makeCardReader(const QString &address);

/// The names of the PC/SC readers attached now, or why they cannot be listed (pcscd not running).
[[nodiscard]] CardResult<QStringList> listCardReaders();

} // namespace Madoguchi
