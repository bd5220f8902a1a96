// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "card/pcscreadermonitor.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace Madoguchi::Test {

/// A real pcscd with one vsmartcard vpcd reader ("Madoguchi Test Reader") on a free loopback port,
/// from a private configuration folder; and card emulators placed on and lifted off that reader.
/// pcscd has one socket per machine (/run/pcscd), so tests using it hold the ctest lock "pcscd".
class PcscdProcess
{
public:
    PcscdProcess();
    ~PcscdProcess();

    static constexpr const char *kReader = "Madoguchi Test Reader";

    /// Places a card (the emulator with these options) on the reader and waits until PC/SC sees it.
    void placeCard(const QStringList &options = {});
    /// Lifts the card off and waits until PC/SC sees it gone.
    void liftCard();
    /// Waits until the emulator has exited by itself (a card that removes itself mid-read).
    void waitForCardToLeave();
    /// Waits until the emulator prints the line (e.g. "holding at VERIFY").
    void waitForCardToSay(const QByteArray &line);
    /// Lets an emulator holding at VERIFY answer.
    void releaseCard();

    PcscReaderMonitor &monitor() { return m_monitor; }

private:
    void waitFor(const std::function<bool()> &condition, const char *what);

    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QProcess m_pcscd;
    QProcess m_card;
    PcscReaderMonitor m_monitor;
    QStringList m_readers;
    bool m_cardPresent = false;
};

} // namespace Madoguchi::Test
