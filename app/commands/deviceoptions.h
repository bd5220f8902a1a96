// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QUrl>

namespace Madoguchi::Cli {

/// --server and --token-file: how a kiosk or a board finds its office and proves what it is. The
/// token is read from a file only the device's user may read, never from the command line, where
/// every user of the machine could see it.
struct DeviceOptions {
    QCommandLineOption server;
    QCommandLineOption tokenFile;

    /// role: "kiosk" or "board", for the help text.
    explicit DeviceOptions(const QString &role);
    void addTo(QCommandLineParser &parser) const;
    /// The server's address and the device's token; an exit code after printing why not, or -1.
    [[nodiscard]] int read(const QCommandLineParser &parser, QUrl &serverUrl, QString &token) const;
};

} // namespace Madoguchi::Cli
