// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventwait.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <utility>

namespace Madoguchi::Test {

/// What an HTTP call returned.
struct Reply {
    int status = 0;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    [[nodiscard]] QJsonObject json() const;
    /// The "code" of an {"error": {…}} body.
    [[nodiscard]] QString errorCode() const;
    /// The value of a response header (case-insensitive name); empty when absent.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};

/// One HTTP request through Qt's network access (redirects not followed: they are part of what is
/// tested), with a bearer token when given.
Reply httpCall(const QUrl &url, const QByteArray &method, const QString &token, const QByteArray &body,
               const QList<std::pair<QByteArray, QByteArray>> &headers = {});
/// The same with a JSON body when it is not empty.
Reply jsonCall(const QUrl &url, const QByteArray &method, const QString &token, const QJsonObject &body = {},
               const QList<std::pair<QByteArray, QByteArray>> &headers = {});

} // namespace Madoguchi::Test
