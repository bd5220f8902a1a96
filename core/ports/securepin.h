// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <array>

namespace Madoguchi {

/// A card PIN held only in memory: not copyable, wiped when destroyed or moved from, never
/// converted to a QString (so it cannot end up in a log or a model).
class SecurePin
{
public:
    SecurePin() = default;
    /// Takes the digits and wipes the source buffer.
    explicit SecurePin(QByteArray &digits);
    ~SecurePin();
    SecurePin(SecurePin &&other) noexcept;
    SecurePin &operator=(SecurePin &&other) noexcept;
    SecurePin(const SecurePin &) = delete;
    SecurePin &operator=(const SecurePin &) = delete;

    /// True for exactly four ASCII digits (the card-info input-support PIN).
    [[nodiscard]] bool isFourDigits() const;
    /// The VERIFY command with the PIN as data; the caller wipes it after sending (wipe()).
    [[nodiscard]] QByteArray verifyCommand() const;
    /// Overwrites a buffer that held the PIN.
    static void wipe(QByteArray &buffer);
    /// Forgets the PIN now.
    void clear();

private:
    std::array<char, 16> m_digits{};
    int m_length = 0;
};

} // namespace Madoguchi
