// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evdevscanner.h"

#include "common/translation.h"

#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/input.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace Madoguchi {

EvdevScanner::EvdevScanner(QString path, KeyLayout layout, bool exclusive, QObject *parent)
    : ReconnectingScanner(parent)
    , m_path(std::move(path))
    , m_exclusive(exclusive)
    , m_decoder(layout)
{
}

EvdevScanner::~EvdevScanner()
{
    closeDevice();
}

QString EvdevScanner::description() const
{
    return DevicesTr::tr("keyboard-wedge scanner %1").arg(m_path);
}

std::optional<QString> EvdevScanner::openDevice()
{
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        if (errno == EACCES)
            return DevicesTr::tr("No permission to read the scanner %1: install the udev rules or add the kiosk user to the "
                                 "group input.")
                .arg(m_path);
        return DevicesTr::tr("The scanner %1 is not connected (%2).").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
    }
    if (m_exclusive && ::ioctl(fd, EVIOCGRAB, 1) != 0) {
        const int error = errno;
        ::close(fd);
        if (error == EBUSY)
            return DevicesTr::tr("Another program holds the scanner %1 exclusively.").arg(m_path);
        return DevicesTr::tr("%1 is not a keyboard-wedge scanner (an input event device).").arg(m_path);
    }
    m_fd = fd;
    m_decoder.reset();
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &EvdevScanner::readEvents);
    return std::nullopt;
}

void EvdevScanner::closeDevice()
{
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater(); // may be inside its own signal
        m_notifier = nullptr;
    }
    if (m_fd >= 0) {
        ::close(m_fd); // also ends the grab
        m_fd = -1;
    }
}

void EvdevScanner::readEvents()
{
    input_event events[64];
    for (;;) {
        const ssize_t got = ::read(m_fd, events, sizeof(events));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0 && errno == EAGAIN)
            return;
        if (got <= 0) { // ENODEV when unplugged; end of file for a pipe standing in for a device
            deviceLost(DevicesTr::tr("The scanner %1 was disconnected. Waiting for it to come back.").arg(m_path));
            return;
        }
        for (std::size_t i = 0; i < std::size_t(got) / sizeof(input_event); ++i) {
            if (auto scan = m_decoder.feed(events[i].type, events[i].code, events[i].value))
                Q_EMIT scanned(*scan);
        }
    }
}

} // namespace Madoguchi
