// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Madoguchi {

/// A visitor at a kiosk asked for a clerk (「職員を呼ぶ」).
struct AssistanceCall {
    qint64 id = 0;
    QString kiosk;    ///< the kiosk's device name, where the visitor waits
    QString language; ///< the language the visitor was using
    QDateTime requestedAt;
    friend bool operator==(const AssistanceCall &, const AssistanceCall &) = default;
};

} // namespace Madoguchi
