// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace Madoguchi::Test {

/// A self-signed certificate for 127.0.0.1 and localhost, made by openssl in a temporary directory.
class TestCertificate
{
public:
    TestCertificate();
    [[nodiscard]] QString certificatePath() const;
    [[nodiscard]] QString keyPath() const;
    /// Writes a file next to the certificate (a password or secret file); returns its path.
    QString writeFile(const QString &name, const QByteArray &content) const;

private:
    QTemporaryDir m_dir;
};

} // namespace Madoguchi::Test
