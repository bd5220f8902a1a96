// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Madoguchi {

// The translation contexts of the front ends' C++ (their QML strings live in each file's context).

/// The kiosk: services, tickets, reservations, problems told to visitors.
struct KioskTr {
    Q_DECLARE_TR_FUNCTIONS(Madoguchi::Kiosk)
};

/// Reading a visitor's My Number card (the kiosk's and the counter's): what went wrong.
struct CardTr {
    Q_DECLARE_TR_FUNCTIONS(Madoguchi::Card)
};

/// The counter console: why an action cannot be taken now.
struct CounterTr {
    Q_DECLARE_TR_FUNCTIONS(Madoguchi::Counter)
};

} // namespace Madoguchi
