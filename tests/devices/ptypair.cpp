// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ptypair.h"

#include <catch2/catch.hpp>

namespace Madoguchi::Test {

PtyPair::PtyPair()
{
    plug();
}

PtyPair::~PtyPair()
{
    unplug();
}

void PtyPair::plug()
{
    m_socat.setProcessChannelMode(QProcess::SeparateChannels);
    m_socat.setReadChannel(QProcess::StandardError); // socat -d -d reports on stderr
    m_socat.start(QStringLiteral(MADOGUCHI_SOCAT),
                  {QStringLiteral("-d"), QStringLiteral("-d"), QStringLiteral("pty,raw,echo=0,link=") + appEnd(),
                   QStringLiteral("pty,raw,echo=0,link=") + deviceEnd()});
    REQUIRE(m_socat.waitForStarted());
    QByteArray log;
    while (!log.contains("starting data transfer loop")) {
        REQUIRE(m_socat.waitForReadyRead(10000));
        log += m_socat.readAllStandardError();
    }
}

void PtyPair::unplug()
{
    if (m_socat.state() == QProcess::NotRunning)
        return;
    m_socat.terminate();
    m_socat.waitForFinished(5000);
}

} // namespace Madoguchi::Test
