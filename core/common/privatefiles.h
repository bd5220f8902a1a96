// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace Madoguchi {

enum class PrivateFileErrorCode {
    Unreadable, ///< missing or cannot be read
    Exposed,    ///< other users than its owner may read or write it
    WriteFailed,
};
template<typename T>
using PrivateFileResult = Result<T, PrivateFileErrorCode>;

/// Files and folders that hold secrets (keys, passwords, device tokens) or personal data: only the
/// service user may read them, which is checked before they are used, and they are written whole
/// or not at all.
namespace PrivateFiles {

/// Why a file or folder may not hold secrets as it is: other users may read, write or enter it.
/// Empty when only its owner may (or when it does not exist).
[[nodiscard]] QString exposure(const QString &path);

/// The first line of a secret file, without its line end; refused when others may read the file.
/// what: how the configuration calls the file, for the messages ("[notify.smtp] password_file").
[[nodiscard]] PrivateFileResult<QByteArray> readSecretLine(const QString &path, const QString &what);

/// Writes a file only its owner may read: into a temporary file beside it, synced to the disk, then
/// renamed over the path, so that a crash leaves the old file or the new one, never half of one.
[[nodiscard]] PrivateFileResult<Done> writeAtomically(const QString &path, const QByteArray &bytes);

/// Makes a folder only its owner may enter (mode 0700) when it is missing; refuses an existing one
/// that others may enter.
[[nodiscard]] PrivateFileResult<Done> ensurePrivateFolder(const QString &path);

} // namespace PrivateFiles
} // namespace Madoguchi
