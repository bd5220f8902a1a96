// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preapplication.h"

#include "common/translation.h"
#include "person/basicfouritems.h"
#include "profile/profilejson.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <array>

namespace Madoguchi {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxNameLength = 100;
constexpr qsizetype kMaxAddressLength = 200;
constexpr qsizetype kMaxProcedures = 20;

/// When a code's values are checked: any fixed instant (the time is not kept).
const QDateTime kChecked = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);

ScanError damaged(const QString &what)
{
    return {ScanErrorCode::Malformed, DevicesTr::tr("This pre-application code is damaged (%1). Please ask a clerk.").arg(what)};
}

bool validProcedureId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
    return pattern.match(id).hasMatch();
}

/// Reads the "procedures" of either version.
std::optional<ScanError> readProcedures(const QJsonObject &json, PreApplication &application)
{
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
    return std::nullopt;
}

ScanResult<PreApplication> readVersion1(const QJsonObject &json)
{
    PreApplication application;
    application.version = 1;
    if (auto error = readProcedures(json, application))
        return *error;
    BasicFourItems person;
    person.name = json.value(u"name").toString().trimmed();
    if (person.name.isEmpty() || person.name.size() > kMaxNameLength)
        return damaged(DevicesTr::tr("no name, or a name too long"));
    person.address = json.value(u"address").toString().trimmed();
    if (person.address.size() > kMaxAddressLength)
        return damaged(DevicesTr::tr("the address is too long"));
    const QString birthDate = json.value(u"birthDate").toString();
    if (!birthDate.isEmpty()) {
        person.birthDate = QDate::fromString(birthDate, Qt::ISODate).toString(QStringLiteral("yyyyMMdd"));
        if (person.birthDate.isEmpty())
            return damaged(DevicesTr::tr("the birth date is not a date"));
    }
    person.sex = json.value(u"sex").toString();
    static const QStringList sexCodes{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("9")};
    if (!person.sex.isEmpty() && !sexCodes.contains(person.sex))
        return damaged(DevicesTr::tr("the sex is not a known code"));
    Profile profile;
    (void)applyBasicFourItems(profile, person, ValueSource::PreApplication, kChecked); // what does not fit is left for the clerk
    application.profile = profileToJson(profile);
    return application;
}

ScanResult<PreApplication> readVersion2(const QJsonObject &json)
{
    PreApplication application;
    if (auto error = readProcedures(json, application))
        return *error;
    const QJsonValue values = json.value(u"profile");
    if (!values.isUndefined() && !values.isObject())
        return damaged(DevicesTr::tr("the values are not an object"));
    const auto profile = profileFromJson(values.toObject(), ValueSource::PreApplication, kChecked);
    if (!profile)
        return damaged(profile.error().message); // names the field's path, never its value
    application.profile = profileToJson(*profile);
    return application;
}

QByteArray checkOf(QByteArrayView signedPart)
{
    return QByteArray::number(crc32(signedPart), 16).rightJustified(8, '0').toUpper();
}

} // namespace

Profile PreApplication::toProfile(const QDateTime &at) const
{
    auto read = profileFromJson(profile, ValueSource::PreApplication, at);
    return read ? std::move(read).value() : Profile(); // checked when the code was read
}

quint32 crc32(QByteArrayView bytes)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> entries{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int bit = 0; bit < 8; ++bit)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            entries[i] = c;
        }
        return entries;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : bytes)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

QByteArray encodePreApplication(const PreApplication &application)
{
    const QJsonObject json{{u"procedures"_s, QJsonArray::fromStringList(application.procedures)}, {u"profile"_s, application.profile}};
    const QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    const QByteArray signedPart = QByteArray(kPreApplicationPrefix.data(), kPreApplicationPrefix.size())
        + QByteArray::number(kPreApplicationVersion) + ':' + body.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return signedPart + '.' + checkOf(signedPart);
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

    QStringView encoded = rest.mid(colon + 1);
    if (version >= 2) {
        const qsizetype dot = text.lastIndexOf(u'.');
        if (dot < 0 || text.size() - dot - 1 != 8)
            return damaged(DevicesTr::tr("its end is missing"));
        if (checkOf(text.left(dot).toLatin1()) != text.mid(dot + 1).toLatin1().toUpper())
            return ScanError{ScanErrorCode::BadCheckDigit,
                             DevicesTr::tr("This pre-application code was not read whole. Please hold it still under the reader again.")};
        encoded = text.mid(kPreApplicationPrefix.size() + colon + 1, dot - kPreApplicationPrefix.size() - colon - 1);
    }
    const auto body =
        QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!body)
        return damaged(DevicesTr::tr("not base64"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return damaged(DevicesTr::tr("not a JSON object"));
    return version == 1 ? readVersion1(document.object()) : readVersion2(document.object());
}

} // namespace Madoguchi
