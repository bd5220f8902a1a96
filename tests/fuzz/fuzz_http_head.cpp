// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the server's reading of request heads, the bytes anyone on the network can send.
// Any bytes must be read as a head within the limits, refused with a status and a reason, or wait for
// more while under the size limit; an accepted head is never bigger than the limits allow, its path
// holds no control character, and its answer's bytes carry no header line of the client's making.
#include "server/httprequesthead.h"
#include "server/httpresponsebytes.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Madoguchi::ServerLimits limits;
    limits.headerBytes = 1024;
    limits.headerCount = 16;
    limits.bodyBytes = 2048;
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    const Madoguchi::HttpHeadParse parsed = Madoguchi::parseRequestHead(raw, limits);
    if (parsed.refusal) {
        const int status = parsed.refusal->status;
        if (parsed.head || parsed.refusal->message.isEmpty() || status < 400 || status > 505)
            std::abort();
        return 0;
    }
    if (!parsed.head) {
        if (raw.size() >= limits.headerBytes)
            std::abort(); // waiting for more past the limit would let a client fill the memory
        return 0;
    }
    const Madoguchi::HttpRequestHead &head = *parsed.head;
    if (head.size > raw.size() || head.size > limits.headerBytes + 4 || head.headers.size() > limits.headerCount || head.contentLength < 0
        || head.contentLength > limits.bodyBytes || !head.path.startsWith(u'/'))
        std::abort();
    for (const QChar c : head.path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            std::abort();
    }
    // Whatever the client sent, echoing its path or a header into an answer cannot add a header line.
    Madoguchi::HttpResponse response;
    response.addHeader("Location", head.path.toUtf8());
    for (const auto &[name, value] : head.headers)
        response.addHeader(name, value);
    if (const auto bytes = Madoguchi::responseBytes(response, {})) {
        const qsizetype end = bytes->indexOf("\r\n\r\n");
        if (bytes->first(end).count("\r\n") != head.headers.size() + 5 || bytes->first(end).contains('\0'))
            std::abort();
    }
    return 0;
}
