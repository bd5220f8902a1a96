// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretbox.h"

#include "secrets.h"

#include "common/privatefiles.h"
#include "common/translation.h"

#include <QFile>

#include <sodium.h>

namespace Madoguchi {

SecretBox::SecretBox(QByteArray key)
    : m_key(std::move(key))
{
}

SecretBox::~SecretBox()
{
    // Copies share the bytes; the last one wipes them.
    if (m_key.isDetached())
        Secrets::wipe(m_key);
}

StoreResult<SecretBox> SecretBox::fromKeyFile(const QString &path)
{
    QFile file(path);
    if (file.exists()) {
        if (const QString exposed = PrivateFiles::exposure(path); !exposed.isEmpty())
            return StoreError{StoreErrorCode::CannotOpen, exposed};
        if (!file.open(QIODevice::ReadOnly))
            return StoreError{StoreErrorCode::CannotOpen, StoreTr::tr("cannot read the key file %1: %2").arg(path, file.errorString())};
        QByteArray key = file.readAll();
        if (key.size() != crypto_secretbox_KEYBYTES) {
            Secrets::wipe(key);
            return StoreError{StoreErrorCode::Corrupt,
                              StoreTr::tr("the key file %1 is damaged (it must hold %2 bytes). Restore it from a backup; "
                                          "without it the sealed values cannot be read.")
                                  .arg(path)
                                  .arg(crypto_secretbox_KEYBYTES)};
        }
        return SecretBox(std::move(key));
    }
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    crypto_secretbox_keygen(reinterpret_cast<unsigned char *>(key.data()));
    // Owner-only from its first byte, and whole or not at all.
    if (auto written = PrivateFiles::writeAtomically(path, key); !written) {
        Secrets::wipe(key);
        return StoreError{StoreErrorCode::WriteFailed, written.error().message};
    }
    return SecretBox(std::move(key));
}

QByteArray SecretBox::seal(const QByteArray &plain) const
{
    QByteArray sealed(qsizetype(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) + plain.size(), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    randombytes_buf(out, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(out + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char *>(plain.constData()),
                          quint64(plain.size()), out, reinterpret_cast<const unsigned char *>(m_key.constData()));
    return sealed;
}

std::optional<QByteArray> SecretBox::open(const QByteArray &sealed) const
{
    constexpr qsizetype overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (sealed.size() < overhead)
        return std::nullopt;
    QByteArray plain(sealed.size() - overhead, Qt::Uninitialized);
    const auto *in = reinterpret_cast<const unsigned char *>(sealed.constData());
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()), in + crypto_secretbox_NONCEBYTES,
                                   quint64(sealed.size() - crypto_secretbox_NONCEBYTES), in,
                                   reinterpret_cast<const unsigned char *>(m_key.constData()))
        != 0)
        return std::nullopt;
    return plain;
}

QString SecretBox::digest(const QByteArray &plain) const
{
    unsigned char hash[crypto_generichash_BYTES];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(plain.constData()), size_t(plain.size()),
                       reinterpret_cast<const unsigned char *>(m_key.constData()), size_t(m_key.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hash), sizeof hash).toHex());
}

} // namespace Madoguchi
