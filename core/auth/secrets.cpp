// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets.h"

#include <sodium.h>

namespace Madoguchi::Secrets {

bool initialize()
{
    return sodium_init() >= 0;
}

QString randomToken(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    randombytes_buf(random.data(), size_t(random.size()));
    return QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tokenHash(const QString &token)
{
    const QByteArray bytes = token.toUtf8();
    unsigned char hash[crypto_generichash_BYTES];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hash), sizeof hash).toHex());
}

QString hashPassword(const QByteArray &password)
{
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(hash, password.constData(), size_t(password.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return QString::fromLatin1(hash);
}

bool verifyPassword(const QString &hash, const QByteArray &password)
{
    const QByteArray stored = hash.toLatin1();
    return !stored.isEmpty() && crypto_pwhash_str_verify(stored.constData(), password.constData(), size_t(password.size())) == 0;
}

QString hmacSha256(const QByteArray &key, const QByteArray &message)
{
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()));
    crypto_auth_hmacsha256_final(&state, mac);
    sodium_memzero(&state, sizeof state);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(mac), sizeof mac).toHex());
}

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty())
        sodium_memzero(secret.data(), size_t(secret.size()));
    secret.clear();
}

bool equal(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace Madoguchi::Secrets
