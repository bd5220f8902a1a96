// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpcall.h"

#include "common/clock.h"
#include "config/officeconfig.h"

#include <QTemporaryDir>

#include <functional>

#include <memory>

namespace Madoguchi {
class OfficeServer;
}

namespace Madoguchi::Test {

/// The office server in the test's own process, on loopback, on a manual clock, with the limits a
/// test chooses: for what depends on time (sessions that end, office days that turn) and for the
/// hub's own timers. tests/data/server/server-office.toml, open round the clock; counter 1 open with
/// clerk1's session; a kiosk token and a board token.
struct LiveOffice {
    /// adjust: changes to the office's configuration before the server opens.
    explicit LiveOffice(const ServerLimits &limits = {}, const std::function<void(OfficeConfig &)> &adjust = {});
    ~LiveOffice();

    /// Stops the server and opens it again on the same data, as after a night with the machine off.
    void restart();

    [[nodiscard]] QUrl url(const QString &path) const;
    Reply call(const QByteArray &method, const QString &path, const QString &token, const QJsonObject &body = {});
    /// A new staff session for a login added by the constructor (clerk1, clerk2, super).
    QString login(const QString &login, int counter);
    /// Issues a certificate ticket from the kiosk; returns its JSON.
    QJsonObject issue(const QStringList &needs = {});
    /// True when the server answers a request now.
    [[nodiscard]] bool answers();

    QTemporaryDir dir;
    ManualClock clock;
    OfficeConfig office;
    std::unique_ptr<OfficeServer> server;
    quint16 port = 0;
    QString kiosk, board, clerk;
};

} // namespace Madoguchi::Test
