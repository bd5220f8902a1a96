// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfields.h"

#include "common/translation.h"

#include <QJsonArray>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Madoguchi {

std::optional<ApiError> parseJsonBody(const HttpRequest &request, QJsonObject &object)
{
    if (request.body.trimmed().isEmpty()) {
        object = {};
        return std::nullopt;
    }
    const QByteArray type = request.header("Content-Type").split(';').first().trimmed().toLower();
    if (type != "application/json")
        return ApiError{415, Api::ErrorCode::UnsupportedMediaType,
                        ApiTr::tr("The body must be JSON, sent as Content-Type: application/json.")};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError{400, Api::ErrorCode::MalformedJson,
                        ApiTr::tr("The body is not valid JSON: %1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset)};
    if (!document.isObject())
        return ApiError{400, Api::ErrorCode::MalformedJson, ApiTr::tr("The body must be a JSON object {…}.")};
    object = document.object();
    return std::nullopt;
}

void JsonFields::fail(const QString &message, int status)
{
    if (!m_error)
        m_error = ApiError{status, status == 422 ? Api::ErrorCode::InvalidRequest : Api::ErrorCode::BadField, message};
}

void JsonFields::allowOnly(std::initializer_list<QStringView> keys)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (std::find(keys.begin(), keys.end(), QStringView(it.key())) == keys.end()) {
            QStringList names;
            for (QStringView key : keys)
                names.append(key.toString());
            fail(ApiTr::tr("Unknown field '%1' (expected: %2).").arg(it.key(), names.join(u", "_s)));
        }
    }
}

QString JsonFields::string(QStringView key, bool required, qsizetype maxLength)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(ApiTr::tr("The field '%1' is missing.").arg(key));
        return {};
    }
    if (!value.isString()) {
        fail(ApiTr::tr("The field '%1' must be a string.").arg(key));
        return {};
    }
    if (value.toString().size() > maxLength) {
        fail(ApiTr::tr("The field '%1' is longer than %2 characters.").arg(key).arg(maxLength));
        return {};
    }
    return value.toString();
}

QStringList JsonFields::strings(QStringView key, bool required, qsizetype maxItems)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(ApiTr::tr("The field '%1' is missing.").arg(key));
        return {};
    }
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.size() > maxItems) {
        fail(ApiTr::tr("The field '%1' must be a list of at most %2 strings.").arg(key).arg(maxItems));
        return {};
    }
    QStringList list;
    for (const QJsonValue &item : array) {
        if (!item.isString() || item.toString().size() > 64) {
            fail(ApiTr::tr("The field '%1' must contain only short strings.").arg(key));
            return {};
        }
        list.append(item.toString());
    }
    return list;
}

QList<QJsonObject> JsonFields::objects(QStringView key, qsizetype maxItems)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    const QJsonArray array = value.toArray();
    QList<QJsonObject> list;
    for (const QJsonValue &item : array) {
        if (!item.isObject())
            break;
        list.append(item.toObject());
    }
    if (!value.isArray() || array.size() > maxItems || list.size() != array.size()) {
        fail(ApiTr::tr("The field '%1' must be a list of at most %2 objects.").arg(key).arg(maxItems));
        return {};
    }
    return list;
}

std::optional<int> JsonFields::integer(QStringView key, bool required, int min, int max)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(ApiTr::tr("The field '%1' is missing.").arg(key));
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!value.isDouble() || number != double(qint64(number))) {
        fail(ApiTr::tr("The field '%1' must be a whole number.").arg(key));
        return std::nullopt;
    }
    if (number < min || number > max) {
        fail(ApiTr::tr("The field '%1' must be between %2 and %3.").arg(key).arg(min).arg(max), 422);
        return std::nullopt;
    }
    return int(number);
}

std::optional<bool> JsonFields::boolean(QStringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isBool()) {
        fail(ApiTr::tr("The field '%1' must be true or false.").arg(key));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QJsonObject> JsonFields::object(QStringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isObject()) {
        fail(ApiTr::tr("The field '%1' must be an object {…}.").arg(key));
        return std::nullopt;
    }
    return value.toObject();
}

} // namespace Madoguchi
