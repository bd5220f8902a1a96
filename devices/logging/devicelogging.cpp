// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicelogging.h"

Q_LOGGING_CATEGORY(lcPrinter, "madoguchi.devices.printer", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCard, "madoguchi.devices.card", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScanner, "madoguchi.devices.scanner", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSound, "madoguchi.devices.sound", QtInfoMsg)
