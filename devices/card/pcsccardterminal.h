// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mynumbercardreader.h"
#include "pcscreadermonitor.h"
#include "ports/cardterminal.h"

#include <QTimer>

namespace Madoguchi {

/// A PC/SC reader as a CardTerminal: its cards coming and going from PcscReaderMonitor, its sessions
/// from MyNumberCardReader. The reader is named by its PC/SC name or the beginning of it; a reader
/// plugged in later is found, and a pcscd that stops is watched again every few seconds.
class PcscCardTerminal final : public CardTerminal
{
    Q_OBJECT
public:
    explicit PcscCardTerminal(QString reader, QObject *parent = nullptr);
    ~PcscCardTerminal() override;

    void start() override;
    void stop() override;
    [[nodiscard]] bool cardPresent() const override { return m_present; }
    [[nodiscard]] bool ready() const override { return !m_attached.isEmpty(); }
    [[nodiscard]] CardReader &reader() override { return m_reader; }
    [[nodiscard]] QString description() const override;

    /// How long after PC/SC failed it is watched again (5 s by default).
    void setRetryInterval(std::chrono::milliseconds interval) { m_retry.setInterval(interval); }

private:
    [[nodiscard]] bool isOurs(const QString &reader) const;
    void setPresent(bool present);
    void setAttached(const QString &reader);
    void tell(const QString &message);

    QString m_name;
    MyNumberCardReader m_reader;
    PcscReaderMonitor m_monitor;
    QTimer m_retry;
    QString m_attached; ///< the full name of the matching reader, empty while none is attached
    bool m_present = false;
    QString m_lastProblem;
};

} // namespace Madoguchi
