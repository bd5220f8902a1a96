// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <functional>

namespace Madoguchi {

/// Translates a source text of a context into one language (the process's, or a visitor's or
/// clerk's through LanguageCatalogs).
using TranslateFunction = std::function<QString(const char *context, const char *source)>;

/// The process's own translation (the installed translators).
[[nodiscard]] inline QString processTranslation(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

// The translation contexts of the core library. Each gives its area a static tr() under a fixed
// context that lupdate reads from the declaration, so .ts files and runtime lookups agree.

/// Configuration files and their checker.
struct ConfigTr {
    Q_DECLARE_TR_FUNCTIONS(Madoguchi::Config)
};

/// The queue engine: refusals, call reasons.
struct QueueTr {
    Q_DECLARE_TR_FUNCTIONS(Madoguchi::Queue)
};

/// Storage: opening, damage, write failures.
struct StoreTr {
    Q_DECLARE_TR_FUNCTIONS(Madoguchi::Store)
};

/// Device tokens, staff accounts and sessions.
struct AuthTr {
    Q_DECLARE_TR_FUNCTIONS(Madoguchi::Auth)
};

/// API v1: answers to requests.
struct ApiTr {
    Q_DECLARE_TR_FUNCTIONS(Madoguchi::Api)
};

/// The HTTP listener: TLS files, ports.
struct ServerTr {
    Q_DECLARE_TR_FUNCTIONS(Madoguchi::Server)
};

/// Turn notices: subscribing, the messages sent to visitors, delivery failures.
struct NoticeTr {
    Q_DECLARE_TR_FUNCTIONS(Madoguchi::Notice)
};

/// The client library of the front ends: network failures.
struct ClientTr {
    Q_DECLARE_TR_FUNCTIONS(Madoguchi::Client)
};

/// The shared field catalogue: the fields' labels, their choices, why a value is refused.
struct FieldTr {
    Q_DECLARE_TR_FUNCTIONS(Madoguchi::Field)
};

/// Devices: printers, card readers, scanners and their diagnostics.
struct DevicesTr {
    Q_DECLARE_TR_FUNCTIONS(Madoguchi::Devices)
};

} // namespace Madoguchi
