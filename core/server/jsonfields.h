// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QJsonObject>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace Madoguchi {

/// Parses a request body as a JSON object: 415 without a JSON content type, 400 when malformed.
[[nodiscard]] std::optional<ApiError> parseJsonBody(const HttpRequest &request, QJsonObject &object);

/// Typed reading of a JSON request object. The first problem (unknown field, wrong type, missing
/// field, value out of range) is kept as a 400/422 ApiError; later reads then return defaults.
class JsonFields
{
public:
    explicit JsonFields(QJsonObject object)
        : m_object(std::move(object))
    {
    }

    /// Refuses fields other than these.
    void allowOnly(std::initializer_list<QStringView> keys);
    [[nodiscard]] QString string(QStringView key, bool required, qsizetype maxLength = 200);
    [[nodiscard]] QStringList strings(QStringView key, bool required, qsizetype maxItems = 20);
    [[nodiscard]] std::optional<int> integer(QStringView key, bool required, int min, int max);
    [[nodiscard]] std::optional<bool> boolean(QStringView key);
    [[nodiscard]] std::optional<QJsonObject> object(QStringView key);
    /// A list of at most maxItems objects; empty when absent.
    [[nodiscard]] QList<QJsonObject> objects(QStringView key, qsizetype maxItems);

    [[nodiscard]] const std::optional<ApiError> &error() const { return m_error; }
    void fail(const QString &message, int status = 400);

private:
    QJsonObject m_object;
    std::optional<ApiError> m_error;
};

} // namespace Madoguchi
