// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/codescanner.h"

#include <QList>

namespace Madoguchi {

/// The scanner of the demo and the tests: delivers the payloads it was given, one per call to
/// scanNext() (the demo's "scan" button), or all at once when started with deliverOnStart.
class SimScanner : public CodeScanner
{
    Q_OBJECT
public:
    SimScanner(QList<QByteArray> payloads, bool deliverOnStart, QObject *parent = nullptr);

    void start() override;
    void stop() override;
    [[nodiscard]] bool isConnected() const override { return m_running; }
    [[nodiscard]] QString description() const override;

    /// Delivers the next payload (round robin), as if a visitor had held a code to the scanner.
    void scanNext();
    /// Delivers this payload, as if a visitor had held it to the scanner.
    void deliver(const QByteArray &raw);

private:
    QList<QByteArray> m_payloads;
    bool m_deliverOnStart;
    qsizetype m_next = 0;
    bool m_running = false;
};

/// One sample of each kind a visitor may scan: a reservation code, a ticket's status URL, a
/// pre-application (of the first sample card holder) and a JAN bar code.
[[nodiscard]] QList<QByteArray> sampleScanPayloads();

} // namespace Madoguchi
