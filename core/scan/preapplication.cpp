// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preapplication.h"

#include "common/translation.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Madoguchi {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxNameLength = 100;
constexpr qsizetype kMaxAddressLength = 200;
constexpr qsizetype kMaxProcedures = 20;

ScanError damaged(const QString &what)
{
    return {ScanErrorCode::Malformed, DevicesTr::tr("This pre-application code is damaged (%1). Please ask a clerk.").arg(what)};
}

bool validProcedureId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
    return pattern.match(id).hasMatch();
}

QString isoDateToCard(const QString &isoDate)
{
    return QDate::fromString(isoDate, Qt::ISODate).toString(QStringLiteral("yyyyMMdd"));
}

QString cardDateToIso(const QString &cardDate)
{
    return QDate::fromString(cardDate, QStringLiteral("yyyyMMdd")).toString(Qt::ISODate);
}

ScanResult<PreApplication> readVersion1(const QJsonObject &json)
{
    PreApplication application;
    const QJsonValue procedures = json.value(u"procedures");
    if (!procedures.isUndefined() && !procedures.isArray())
        return damaged(DevicesTr::tr("the procedures are not a list"));
    const QJsonArray procedureList = procedures.toArray();
    if (procedureList.size() > kMaxProcedures)
        return damaged(DevicesTr::tr("too many procedures"));
    for (const QJsonValue &procedure : procedureList) {
        if (!validProcedureId(procedure.toString()))
            return damaged(DevicesTr::tr("an unknown kind of procedure"));
        application.procedures.append(procedure.toString());
    }

    application.person.name = json.value(u"name").toString().trimmed();
    if (application.person.name.isEmpty() || application.person.name.size() > kMaxNameLength)
        return damaged(DevicesTr::tr("no name, or a name too long"));
    application.person.address = json.value(u"address").toString().trimmed();
    if (application.person.address.size() > kMaxAddressLength)
        return damaged(DevicesTr::tr("the address is too long"));
    const QString birthDate = json.value(u"birthDate").toString();
    if (!birthDate.isEmpty()) {
        application.person.birthDate = isoDateToCard(birthDate);
        if (application.person.birthDate.isEmpty())
            return damaged(DevicesTr::tr("the birth date is not a date"));
    }
    application.person.sex = json.value(u"sex").toString();
    static const QStringList sexCodes{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("9")};
    if (!application.person.sex.isEmpty() && !sexCodes.contains(application.person.sex))
        return damaged(DevicesTr::tr("the sex is not a known code"));
    return application;
}

} // namespace

QByteArray encodePreApplication(const PreApplication &application)
{
    QJsonObject json{{u"procedures"_s, QJsonArray::fromStringList(application.procedures)}, {u"name"_s, application.person.name}};
    if (!application.person.address.isEmpty())
        json.insert(u"address", application.person.address);
    if (!application.person.birthDate.isEmpty())
        json.insert(u"birthDate", cardDateToIso(application.person.birthDate));
    if (!application.person.sex.isEmpty())
        json.insert(u"sex", application.person.sex);
    const QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return QByteArray(kPreApplicationPrefix.data(), kPreApplicationPrefix.size()) + QByteArray::number(kPreApplicationVersion) + ':'
        + body.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

ScanResult<PreApplication> decodePreApplication(QStringView text)
{
    const QStringView rest = text.mid(kPreApplicationPrefix.size());
    const qsizetype colon = rest.indexOf(u':');
    bool numeric = false;
    const int version = colon > 0 ? rest.left(colon).toInt(&numeric) : 0;
    if (!numeric || version < 1)
        return damaged(DevicesTr::tr("no version"));
    if (version > kPreApplicationVersion)
        return ScanError{ScanErrorCode::UnsupportedVersion,
                         DevicesTr::tr("This pre-application code was made by a newer system (version %1) than this one "
                                       "(version %2). Please ask a clerk.")
                             .arg(version)
                             .arg(kPreApplicationVersion)};

    const auto body = QByteArray::fromBase64Encoding(rest.mid(colon + 1).toLatin1(),
                                                     QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!body)
        return damaged(DevicesTr::tr("not base64"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return damaged(DevicesTr::tr("not a JSON object"));
    return readVersion1(document.object());
}

} // namespace Madoguchi
