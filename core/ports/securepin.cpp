// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "securepin.h"

#include <sodium.h>

namespace Madoguchi {

SecurePin::SecurePin(QByteArray &digits)
{
    m_length = int(std::min<qsizetype>(digits.size(), qsizetype(m_digits.size())));
    std::copy_n(digits.constData(), m_length, m_digits.begin());
    wipe(digits);
}

SecurePin::~SecurePin()
{
    clear();
}

SecurePin::SecurePin(SecurePin &&other) noexcept
    : m_digits(other.m_digits)
    , m_length(other.m_length)
{
    other.clear();
}

SecurePin &SecurePin::operator=(SecurePin &&other) noexcept
{
    if (this != &other) {
        m_digits = other.m_digits;
        m_length = other.m_length;
        other.clear();
    }
    return *this;
}

bool SecurePin::isFourDigits() const
{
    return m_length == 4 && std::all_of(m_digits.begin(), m_digits.begin() + 4, [](char c) { return c >= '0' && c <= '9'; });
}

QByteArray SecurePin::verifyCommand() const
{
    QByteArray command("\x00\x20\x00\x80", 4);
    command.append(char(m_length));
    command.append(m_digits.data(), m_length);
    return command;
}

void SecurePin::wipe(QByteArray &buffer)
{
    if (!buffer.isEmpty())
        sodium_memzero(buffer.data(), size_t(buffer.size()));
    buffer.clear();
}

void SecurePin::clear()
{
    sodium_memzero(m_digits.data(), m_digits.size());
    m_length = 0;
}

} // namespace Madoguchi
