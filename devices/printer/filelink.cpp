// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filelink.h"

#include "common/translation.h"

#include <QDeadlineTimer>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Madoguchi {
namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

FileLink::FileLink(QString path, bool askStatus)
    : m_path(std::move(path))
    , m_askStatus(askStatus)
{
}

FileLink::~FileLink()
{
    close();
}

PrinterResult<Done> FileLink::open()
{
    if (m_fd >= 0)
        return Done{};
    const QByteArray path = QFile::encodeName(m_path);
    struct stat info {
    };
    m_device = ::stat(path.constData(), &info) == 0 && S_ISCHR(info.st_mode);
    const int flags = m_device ? O_RDWR | O_NOCTTY : O_WRONLY | O_CREAT | O_APPEND;
    m_fd = ::open(path.constData(), flags | O_CLOEXEC, 0640);
    if (m_fd < 0)
        return PrinterError{PrinterErrorCode::Unreachable, DevicesTr::tr("Cannot open %1 (%2).").arg(m_path, systemError())};
    return Done{};
}

PrinterResult<Done> FileLink::write(const QByteArray &bytes)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(m_fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString reason = systemError();
            close();
            return PrinterError{PrinterErrorCode::WriteFailed, DevicesTr::tr("Writing to %1 failed (%2).").arg(m_path, reason)};
        }
        written += n;
    }
    return Done{};
}

PrinterResult<QByteArray> FileLink::read(int count, int timeoutMs)
{
    QByteArray data;
    const QDeadlineTimer deadline(timeoutMs);
    while (data.size() < count && m_fd >= 0) {
        pollfd descriptor{m_fd, POLLIN, 0};
        if (::poll(&descriptor, 1, int(deadline.remainingTime())) <= 0)
            break;
        char buffer[64];
        const ssize_t n = ::read(m_fd, buffer, size_t(std::min<qsizetype>(sizeof buffer, count - data.size())));
        if (n <= 0)
            break;
        data.append(buffer, n);
    }
    if (data.size() < count)
        return PrinterError{PrinterErrorCode::NoAnswer, DevicesTr::tr("The printer did not answer the status request.")};
    return data;
}

void FileLink::discardInput()
{
    if (!answers())
        return;
    pollfd descriptor{m_fd, POLLIN, 0};
    char buffer[256];
    while (::poll(&descriptor, 1, 0) > 0 && ::read(m_fd, buffer, sizeof buffer) > 0) { }
}

bool FileLink::answers() const
{
    return m_device && m_askStatus;
}

void FileLink::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

} // namespace Madoguchi
