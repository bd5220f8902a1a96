// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/officeconfig.h"
#include "forms/formdefinition.h"
#include "guide/guidecatalogue.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace Madoguchi::Cli {

/// Loads an office configuration, printing every problem to standard error; empty on failure.
[[nodiscard]] std::optional<OfficeConfig> loadOffice(const QString &path);

/// The shipped forms, or those of a folder (empty: the shipped ones); prints every problem and gives
/// nothing when there is one.
[[nodiscard]] std::optional<QList<FormDefinition>> readForms(const QString &folder);
/// --forms FOLDER: the office's form definitions.
[[nodiscard]] QCommandLineOption formsFolderOption();

/// The shipped guide catalogue, or that of a folder (empty: the shipped one); prints every problem
/// and gives nothing when there is one.
[[nodiscard]] std::optional<GuideCatalogue> readGuide(const QString &folder);
/// --guide FOLDER: the office's life-event guide.
[[nodiscard]] QCommandLineOption guideFolderOption();

/// The --config and --data options shared by the server and its provisioning commands.
struct OfficeOptions {
    QCommandLineOption config;
    QCommandLineOption data;

    OfficeOptions();
    void addTo(QCommandLineParser &parser) const;
    /// Prepares a server-side command: secure randomness, the office of --config and its data
    /// directory. Returns an exit code after printing why it cannot go on, or -1 to go on.
    [[nodiscard]] int prepare(const QCommandLineParser &parser, OfficeConfig &office, QString &dataDir) const;
    /// The office of --config (required), or empty after printing why not.
    [[nodiscard]] std::optional<OfficeConfig> office(const QCommandLineParser &parser) const;
    /// The data directory: --data, else the configuration's data_dir, else
    /// $XDG_DATA_HOME/madoguchi/<office id>; created private (0700) when missing, refused when others
    /// may enter it. Empty after printing why not.
    [[nodiscard]] QString dataDir(const QCommandLineParser &parser, const OfficeConfig &office) const;
};

} // namespace Madoguchi::Cli
