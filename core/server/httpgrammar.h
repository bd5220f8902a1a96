// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace Madoguchi::HttpGrammar {

// The character classes of HTTP/1.1 (RFC 9110 §5.6), shared by the request reader and the response writer.

/// tchar: the characters of a method or a field name.
[[nodiscard]] inline bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

[[nodiscard]] inline bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

/// A field value: visible characters, spaces, tabs and obs-text, and no control character (CR, LF, NUL …).
[[nodiscard]] inline bool isFieldValue(QByteArrayView value)
{
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 ? u != '\t' : u == 0x7f)
            return false;
    }
    return true;
}

} // namespace Madoguchi::HttpGrammar
