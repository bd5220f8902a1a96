// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "officeconfig.h"

#include <QList>
#include <QString>

#include <optional>

namespace Madoguchi {

/// One thing wrong in a configuration file, with the place it was found.
struct ConfigDiagnostic {
    QString file;
    int line = 0;   ///< 1-based; 0 when the problem is with the file as a whole
    int column = 0; ///< 1-based; 0 when unknown
    QString message;

    /// "file:line:column: message", the form compilers and editors understand.
    [[nodiscard]] QString toString() const;
};

/// What reading a configuration file gave: the configuration, or every problem found in it.
struct ConfigLoadResult {
    std::optional<OfficeConfig> config;
    QList<ConfigDiagnostic> diagnostics;
};

/// Reads office configuration files (TOML, see docs/office-config.md).
class ConfigLoader
{
public:
    /// Reads and validates the file at path.
    [[nodiscard]] static ConfigLoadResult loadFile(const QString &path);
    /// Reads and validates configuration text; fileName is only used in diagnostics.
    [[nodiscard]] static ConfigLoadResult loadText(const QByteArray &text, const QString &fileName);
    /// The UI languages Madoguchi offers, in the order it lists them.
    [[nodiscard]] static QStringList supportedLanguages();
};

} // namespace Madoguchi
