// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcertificate.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace Madoguchi::Test {

TestCertificate::TestCertificate()
{
    REQUIRE(m_dir.isValid());
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-keyout"_s, keyPath(), u"-out"_s,
                   certificatePath(), u"-subj"_s, u"/CN=localhost"_s, u"-addext"_s, u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s});
    REQUIRE(openssl.waitForFinished(60000));
    INFO(openssl.readAllStandardError().toStdString());
    REQUIRE(openssl.exitCode() == 0);
    REQUIRE(QFile::setPermissions(keyPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

QString TestCertificate::certificatePath() const
{
    return m_dir.filePath(u"cert.pem"_s);
}

QString TestCertificate::keyPath() const
{
    return m_dir.filePath(u"key.pem"_s);
}

QString TestCertificate::writeFile(const QString &name, const QByteArray &content) const
{
    QFile file(m_dir.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    file.write(content);
    return file.fileName();
}

} // namespace Madoguchi::Test
