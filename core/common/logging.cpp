// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcConfig, "madoguchi.core.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcQueue, "madoguchi.core.queue", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "madoguchi.core.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "madoguchi.core.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "madoguchi.core.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNotify, "madoguchi.core.notify", QtInfoMsg)
Q_LOGGING_CATEGORY(lcClient, "madoguchi.core.client", QtInfoMsg)
