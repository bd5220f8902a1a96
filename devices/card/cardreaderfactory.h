#pragma once

#include "devices/cardreader.h"

#include <memory>

namespace Madoguchi {

/// The reader named by an address: a PC/SC reader name (or the start of one), or
/// sim://?holder=N&tries=N for the simulated reader with a sample card (holder 1–3, PIN 1234).
[[nodiscard]] CardResult<std::unique_ptr<CardReader>> makeCardReader(const QString &address);

} // namespace Madoguchi
