// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace Madoguchi::Test {

/// Two pseudo-terminals joined by socat, as a serial cable between the code under test (appEnd)
/// and a fake device (deviceEnd). Stops socat when destroyed.
class PtyPair
{
public:
    PtyPair();
    ~PtyPair();
    [[nodiscard]] QString appEnd() const { return m_dir.filePath(QStringLiteral("app")); }
    [[nodiscard]] QString deviceEnd() const { return m_dir.filePath(QStringLiteral("device")); }
    /// Unplugs the cable: socat exits and both ends disappear.
    void unplug();
    /// Plugs a new cable in at the same paths.
    void plug();

private:
    QTemporaryDir m_dir;
    QProcess m_socat;
};

} // namespace Madoguchi::Test
