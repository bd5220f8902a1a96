// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatefiles.h"

#include "translation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Madoguchi::PrivateFiles {

namespace {

constexpr auto kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
    | QFileDevice::WriteOther | QFileDevice::ExeOther;

/// The mode bits as an installer types them (0644).
QString octalMode(QFileDevice::Permissions permissions)
{
    int mode = 0;
    const std::pair<QFileDevice::Permission, int> bits[] = {
        {QFileDevice::ReadOwner, 0400}, {QFileDevice::WriteOwner, 0200}, {QFileDevice::ExeOwner, 0100},
        {QFileDevice::ReadGroup, 040},  {QFileDevice::WriteGroup, 020},  {QFileDevice::ExeGroup, 010},
        {QFileDevice::ReadOther, 04},   {QFileDevice::WriteOther, 02},   {QFileDevice::ExeOther, 01}};
    for (const auto &[permission, bit] : bits) {
        if (permissions.testFlag(permission))
            mode |= bit;
    }
    return u"0%1"_s.arg(mode, 3, 8, QLatin1Char('0'));
}

bool syncFolder(const QString &folder)
{
    const int descriptor = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (descriptor < 0)
        return false;
    const bool synced = ::fsync(descriptor) == 0;
    ::close(descriptor);
    return synced;
}

} // namespace

QString exposure(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    const QFileDevice::Permissions permissions = info.permissions();
    const bool folder = info.isDir();
    if (!(permissions & kOthers) && info.ownerId() == ::geteuid())
        return {};
    if (info.ownerId() != ::geteuid())
        return StoreTr::tr("%1 belongs to another user; it must belong to the user the service runs as.").arg(path);
    return StoreTr::tr("%1 can be reached by other users (mode %2); make it the service user's alone: chmod %3 %1")
        .arg(path, octalMode(permissions), folder ? u"700"_s : u"600"_s);
}

PrivateFileResult<QByteArray> readSecretLine(const QString &path, const QString &what)
{
    if (const QString exposed = exposure(path); !exposed.isEmpty())
        return Error<PrivateFileErrorCode>{PrivateFileErrorCode::Exposed, u"%1: %2"_s.arg(what, exposed)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error<PrivateFileErrorCode>{PrivateFileErrorCode::Unreadable,
                                           StoreTr::tr("cannot read %1 %2: %3").arg(what, path, file.errorString())};
    QByteArray secret = file.readLine(4096);
    while (secret.endsWith('\n') || secret.endsWith('\r'))
        secret.chop(1);
    return secret;
}

PrivateFileResult<Done> writeAtomically(const QString &path, const QByteArray &bytes)
{
    const QString temporary = path + u".new"_s;
    const auto failed = [&](const QString &reason) {
        QFile::remove(temporary);
        return Error<PrivateFileErrorCode>{PrivateFileErrorCode::WriteFailed, StoreTr::tr("cannot write %1: %2").arg(path, reason)};
    };
    QFile::remove(temporary); // left by a crash before its rename
    const int descriptor = ::open(QFile::encodeName(temporary).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (descriptor < 0)
        return failed(QString::fromLocal8Bit(std::strerror(errno)));
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(descriptor, bytes.constData() + written, size_t(bytes.size() - written));
        if (n <= 0)
            break;
        written += n;
    }
    const bool synced = written == bytes.size() && ::fsync(descriptor) == 0;
    const int error = errno;
    ::close(descriptor);
    if (!synced)
        return failed(QString::fromLocal8Bit(std::strerror(error)));
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0)
        return failed(QString::fromLocal8Bit(std::strerror(errno)));
    syncFolder(QFileInfo(path).absolutePath());
    return Done{};
}

PrivateFileResult<Done> ensurePrivateFolder(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        if (!QDir().mkpath(path))
            return Error<PrivateFileErrorCode>{PrivateFileErrorCode::WriteFailed, StoreTr::tr("cannot create the folder %1").arg(path)};
        if (!QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            return Error<PrivateFileErrorCode>{PrivateFileErrorCode::WriteFailed, StoreTr::tr("cannot make %1 private").arg(path)};
        return Done{};
    }
    if (const QString exposed = exposure(path); !exposed.isEmpty())
        return Error<PrivateFileErrorCode>{PrivateFileErrorCode::Exposed, exposed};
    return Done{};
}

} // namespace Madoguchi::PrivateFiles
