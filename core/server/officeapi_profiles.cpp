// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "officeapi.h"

#include "jsonfields.h"

#include "common/clock.h"
#include "common/translation.h"
#include "queue/queueengine.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

/// The most values one change may give: every field for the visitor and each household member.
constexpr qsizetype kMaxChanges = 400;

/// The profile of a visit as the clerk sees it: each field with the value to print (null while two
/// sources disagree), the clerk's choice and every source's value.
QJsonObject profileView(const Visit &visit, const Profile &profile)
{
    QJsonArray fields;
    for (const FieldKey &key : profile.keys()) {
        QJsonArray candidates;
        for (const SourcedValue &value : profile.candidates(key))
            candidates.append(QJsonObject{{u"value"_s, value.value},
                                          {u"source"_s, valueSourceName(value.source)},
                                          {u"at"_s, value.at.toUTC().toString(Qt::ISODateWithMs)}});
        const auto value = profile.value(key);
        QJsonObject field{{u"field"_s, key.field},
                          {u"person"_s, key.person},
                          {u"value"_s, value ? QJsonValue(*value) : QJsonValue()},
                          {u"candidates"_s, candidates}};
        if (const auto chosen = profile.chosen(key))
            field.insert(u"chosen"_s, valueSourceName(*chosen));
        fields.append(field);
    }
    return QJsonObject{{u"visit"_s, visit.id},
                       {u"number"_s, visit.number},
                       {u"people"_s, profile.people()},
                       {u"conflicts"_s, profile.conflicts().size()},
                       {u"fields"_s, fields}};
}

/// Reads the "source" of a profile request; fails the fields when it names none.
std::optional<ValueSource> readSource(JsonFields &fields)
{
    const auto source = valueSourceFromName(fields.string(u"source", true, 20));
    if (!fields.error() && !source)
        fields.fail(ApiTr::tr("The field 'source' must be \"card\", \"pre-application\" or \"clerk\"."), 422);
    return source;
}

/// Reads the "field" and "person" that name one value of a profile.
FieldKey readKey(JsonFields &fields)
{
    return FieldKey{fields.string(u"field", true, 40), fields.integer(u"person", false, 0, Profile::kMaxMembers).value_or(0)};
}

} // namespace

HttpResponse OfficeApi::profileAnswer(const HttpRequest &request, const Visit &visit, const ProfileResult<Profile> &profile) const
{
    if (!profile)
        return errorResponse(apiError(profile.error(), translationFor(request)));
    return jsonResponse(profileView(visit, *profile));
}

std::optional<ApiError> OfficeApi::refusePersonalData(const HttpRequest &request) const
{
    if (mayCarryPersonalData(request, m_config.closedNetwork))
        return std::nullopt;
    return ApiError{403, Api::ErrorCode::InsecureTransport,
                    ApiTr::tr("Visitors' personal data is sent only over TLS or from this host; use https, or set [server] "
                              "closed_network = true when only the office's own devices share this network.")};
}

Result<Visit, Api::ErrorCode, ApiError> OfficeApi::profileVisit(const HttpRequest &request, const QString &id) const
{
    if (auto refused = refusePersonalData(request))
        return *refused;
    return visitById(id);
}

std::optional<ApiError> OfficeApi::readProfileChange(const QJsonObject &body, ValueSource &source, QList<ProfileChange> &changes)
{
    JsonFields fields(body);
    fields.allowOnly({u"source", u"values"});
    const auto named = readSource(fields);
    if (fields.error())
        return fields.error();
    source = *named;
    const QJsonValue values = body.value(u"values"_s);
    if (!values.isArray() || values.toArray().isEmpty() || values.toArray().size() > kMaxChanges)
        return ApiError{400, Api::ErrorCode::BadField, ApiTr::tr("The field 'values' must be a list of 1 to %1 values.").arg(kMaxChanges)};
    for (const QJsonValue &item : values.toArray()) {
        JsonFields value(item.toObject());
        if (!item.isObject())
            value.fail(ApiTr::tr("Each of 'values' must be an object {field, person, value}."));
        value.allowOnly({u"field", u"person", u"value"});
        ProfileChange change{readKey(value), value.string(u"value", false, 400)};
        if (value.error())
            return value.error();
        changes.append(change);
    }
    return std::nullopt;
}

std::optional<ApiError> OfficeApi::readIssueProfile(const HttpRequest &request, const QJsonObject &object, const Principal &principal,
                                                    IssueProfile &profile) const
{
    if (auto refused = refusePersonalData(request))
        return refused;
    if (auto error = readProfileChange(object, profile.source, profile.changes))
        return error;
    if (principal.role == Role::Kiosk && profile.source == ValueSource::Clerk)
        return ApiError{422, Api::ErrorCode::InvalidRequest,
                        ApiTr::tr("A kiosk gives a profile from the card or a pre-application, never as a clerk.")};
    return std::nullopt;
}

QJsonObject OfficeApi::keepIssueProfile(const Visit &visit, const IssueProfile &profile, const Principal &principal)
{
    // What does not fit its field is left for the clerk to type; the rest is kept.
    QList<ProfileChange> fitting;
    QJsonArray left;
    Profile scratch;
    const QDateTime now = m_clock.now();
    for (const ProfileChange &change : profile.changes) {
        if (change.value.trimmed().isEmpty() || !scratch.set(change.key, change.value, profile.source, now))
            left.append(fieldPath(change.key));
        else
            fitting.append(change);
    }
    if (fitting.isEmpty())
        return QJsonObject{{u"kept"_s, 0}, {u"left"_s, left}};
    const auto kept = m_profiles.change(visit.id, visit.day, fitting, profile.source, principal.actor(), now);
    if (!kept)
        return QJsonObject{{u"error"_s, apiError(kept.error()).message}};
    return QJsonObject{{u"kept"_s, fitting.size()}, {u"left"_s, left}};
}

HttpResponse OfficeApi::profile(const HttpRequest &request, const Principal &principal, const QStringList &args)
{
    const auto visit = profileVisit(request, args.first());
    if (!visit)
        return errorResponse(visit.error());
    const auto profile = m_profiles.read(visit->id, principal.actor(), m_clock.now());
    return profileAnswer(request, *visit, profile);
}

HttpResponse OfficeApi::changeProfile(const HttpRequest &request, const Principal &principal, const QStringList &args)
{
    const auto visit = profileVisit(request, args.first());
    if (!visit)
        return errorResponse(visit.error());
    QJsonObject body;
    if (auto error = parseJsonBody(request, body))
        return errorResponse(*error);
    ValueSource source = ValueSource::Clerk;
    QList<ProfileChange> changes;
    if (auto error = readProfileChange(body, source, changes))
        return errorResponse(*error);
    const auto profile = m_profiles.change(visit->id, visit->day, changes, source, principal.actor(), m_clock.now());
    return profileAnswer(request, *visit, profile);
}

HttpResponse OfficeApi::chooseProfileValue(const HttpRequest &request, const Principal &principal, const QStringList &args)
{
    const auto visit = profileVisit(request, args.first());
    if (!visit)
        return errorResponse(visit.error());
    QJsonObject body;
    if (auto error = parseJsonBody(request, body))
        return errorResponse(*error);
    JsonFields fields(body);
    fields.allowOnly({u"field", u"person", u"source"});
    const FieldKey key = readKey(fields);
    const auto source = readSource(fields);
    if (fields.error())
        return errorResponse(*fields.error());
    const auto profile = m_profiles.choose(visit->id, visit->day, key, *source, principal.actor(), m_clock.now());
    return profileAnswer(request, *visit, profile);
}

HttpResponse OfficeApi::deleteProfile(const HttpRequest &request, const Principal &principal, const QStringList &args)
{
    const auto visit = profileVisit(request, args.first());
    if (!visit)
        return errorResponse(visit.error());
    if (auto removed = m_profiles.remove(visit->id, principal.actor(), m_clock.now()); !removed)
        return errorResponse(apiError(removed.error(), translationFor(request)));
    HttpResponse response;
    response.status = 204;
    return response;
}

} // namespace Madoguchi
