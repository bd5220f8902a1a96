// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the one parser for everything a scanner delivers. Any bytes must be accepted or
// refused with a reason, and an accepted pre-application must survive encoding and parsing again.
#include "scan/scanpayload.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto payload = Madoguchi::parseScanPayload(raw);
    if (!payload) {
        if (payload.error().message.isEmpty())
            std::abort();
        return 0;
    }
    if (payload->preApplication) {
        const auto again = Madoguchi::parseScanPayload(Madoguchi::encodePreApplication(*payload->preApplication));
        if (!again || !again->preApplication || !(*again->preApplication == *payload->preApplication))
            std::abort();
    } else if (payload->code.isEmpty()) {
        std::abort();
    }
    return 0;
}
