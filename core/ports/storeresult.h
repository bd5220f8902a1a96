// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

namespace Madoguchi {

/// Why a store could not do what it was asked, whatever kind of records it keeps.
enum class StoreErrorCode {
    CannotOpen,   ///< the file or server cannot be opened
    NewerSchema,  ///< written by a newer Madoguchi
    NotMadoguchi, ///< a database, but not one of ours
    Corrupt,      ///< damaged; left untouched
    WriteFailed,  ///< a write did not commit (disk full, I/O error …); nothing of it is kept
    ReadFailed,
};

using StoreError = Error<StoreErrorCode>;
template<typename T>
using StoreResult = Result<T, StoreErrorCode>;

} // namespace Madoguchi
