// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printercommands.h"

#include "escposcommands.h"
#include "starlinecommands.h"

namespace Madoguchi {

const PrinterCommands &printerCommands(PrinterLanguage language)
{
    static const EscPosCommands escPos;
    static const StarLineCommands starLine;
    if (language == PrinterLanguage::StarLine)
        return starLine;
    return escPos;
}

} // namespace Madoguchi
