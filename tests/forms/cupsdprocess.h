// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

namespace Madoguchi::Test {

/// A real CUPS scheduler of the test's own: its configuration, spool and socket in a temporary
/// folder, and printers whose backend keeps every job's data as a file (capture:), so that a test
/// sees what a printer would be sent.
class CupsdProcess
{
public:
    CupsdProcess();
    ~CupsdProcess();
    CupsdProcess(const CupsdProcess &) = delete;
    CupsdProcess &operator=(const CupsdProcess &) = delete;

    /// Adds a raw queue whose jobs land in jobsDir().
    void addPrinter(const QString &name);
    /// The environment a client of this scheduler runs with (CUPS_SERVER set to its socket).
    [[nodiscard]] QProcessEnvironment environment() const;
    /// Where the printers' jobs land, as job-<id>.prn once complete.
    [[nodiscard]] QString jobsDir() const;

private:
    QTemporaryDir m_dir;
    QProcess m_cupsd;
};

} // namespace Madoguchi::Test
