// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Madoguchi::Secrets {

/// Initialises libsodium; false when the system offers no secure randomness.
[[nodiscard]] bool initialize();
/// A new random secret of the given number of bytes, base64url without padding.
[[nodiscard]] QString randomToken(int bytes = 32);
/// The stored form of a high-entropy token: BLAKE2b-256 in hex. Tokens are never stored themselves.
[[nodiscard]] QString tokenHash(const QString &token);
/// An Argon2id hash string of a password (libsodium's crypto_pwhash_str); empty when out of memory.
[[nodiscard]] QString hashPassword(const QByteArray &password);
/// True when the password matches the Argon2id hash string, in constant time.
[[nodiscard]] bool verifyPassword(const QString &hash, const QByteArray &password);
/// HMAC-SHA256 of message under key, in hex (webhook signatures).
[[nodiscard]] QString hmacSha256(const QByteArray &key, const QByteArray &message);
/// Overwrites the bytes with zeros in a way the compiler does not remove, then empties the array.
void wipe(QByteArray &secret);
/// Constant-time comparison of two byte strings of equal length.
[[nodiscard]] bool equal(const QByteArray &a, const QByteArray &b);

} // namespace Madoguchi::Secrets
