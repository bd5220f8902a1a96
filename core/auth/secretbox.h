// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/storeresult.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Madoguchi {

/// Authenticated encryption of small personal values at rest (libsodium secretbox, XSalsa20-Poly1305)
/// under a key kept in its own file, readable by the service user only.
class SecretBox
{
public:
    /// Reads the key file, or creates it (mode 0600) with a new random key when it is missing.
    [[nodiscard]] static StoreResult<SecretBox> fromKeyFile(const QString &path);
    SecretBox(const SecretBox &other) = default;
    SecretBox &operator=(const SecretBox &other) = default;
    ~SecretBox();

    /// A random nonce followed by the ciphertext.
    [[nodiscard]] QByteArray seal(const QByteArray &plain) const;
    /// The plain text; empty when the box was tampered with or sealed under another key.
    [[nodiscard]] std::optional<QByteArray> open(const QByteArray &sealed) const;
    /// A keyed hash (BLAKE2b-256, hex) that tells equal values apart without revealing them.
    [[nodiscard]] QString digest(const QByteArray &plain) const;

private:
    explicit SecretBox(QByteArray key);
    QByteArray m_key;
};

} // namespace Madoguchi
