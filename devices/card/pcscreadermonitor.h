// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>

namespace Madoguchi {

/// Watches PC/SC readers and cards coming and going (SCardGetStatusChange with the PnP
/// notification reader) on its own thread, and reports changes as signals in the owner's thread.
class PcscReaderMonitor : public QObject
{
    Q_OBJECT
public:
    explicit PcscReaderMonitor(QObject *parent = nullptr);
    ~PcscReaderMonitor() override;

    /// Starts watching; the first readersChanged() reports the readers present now.
    void start();
    /// Stops watching (SCardCancel wakes the blocked call) and waits for the thread.
    void stop();

Q_SIGNALS:
    /// The readers attached now.
    void readersChanged(const QStringList &readers);
    /// A card was placed on a reader.
    void cardInserted(const QString &reader);
    /// The card was taken off a reader (or the reader went away with it).
    void cardRemoved(const QString &reader);
    /// PC/SC failed (pcscd stopped); the monitor stops.
    void failed(const QString &message);

private:
    void watch();

    QThread *m_thread = nullptr;
    std::atomic<quintptr> m_context{0};
    std::atomic<bool> m_stopping{false};
};

} // namespace Madoguchi
