// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilebook.h"

#include "profilerecord.h"

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

ProfileError storageFailure(const StoreError &error)
{
    return ProfileError{ProfileErrorCode::StorageFailure, error.message};
}

/// A refusal told in the Madoguchi::Field context; for one field, its path before the sentence.
ProfileError refusal(ProfileErrorCode code, const char *source, const QString &field = {})
{
    const Sentence sentence{"Madoguchi::Field", source, {}};
    return ProfileError{code, field.isEmpty() ? sentence.text() : field + u": "_s + sentence.text(), sentence, field};
}

QStringList paths(const QList<FieldKey> &keys)
{
    QStringList result;
    for (const FieldKey &key : keys)
        result.append(fieldPath(key));
    return result;
}

} // namespace

ProfileBook::ProfileBook(std::unique_ptr<ProfileStore> store, SecretBox box)
    : m_store(std::move(store))
    , m_box(std::move(box))
{
}

ProfileBook::~ProfileBook() = default;

ProfileResult<Profile> ProfileBook::load(VisitId visit)
{
    const auto sealed = m_store->load(visit);
    if (!sealed)
        return storageFailure(sealed.error());
    if (!*sealed)
        return Profile();
    const auto plain = m_box.open(**sealed);
    const auto profile = plain ? profileFromRecord(*plain) : std::nullopt;
    if (!profile)
        return refusal(
            ProfileErrorCode::Unreadable,
            QT_TRANSLATE_NOOP("Madoguchi::Field", "The stored profile of this visit cannot be opened (another key, or damaged)."));
    return *profile;
}

ProfileResult<Profile> ProfileBook::save(VisitId visit, QDate officeDay, const Profile &profile, const ProfileAccess &access)
{
    if (auto saved = m_store->save(visit, officeDay, m_box.seal(profileRecord(profile)), access); !saved)
        return storageFailure(saved.error());
    return profile;
}

ProfileResult<Profile> ProfileBook::read(VisitId visit, const QString &actor, const QDateTime &now)
{
    auto profile = load(visit);
    if (!profile || profile->isEmpty())
        return profile;
    if (auto recorded = m_store->record({now, actor, visit, ProfileAction::Read, paths(profile->keys())}); !recorded)
        return storageFailure(recorded.error());
    return profile;
}

ProfileResult<Profile> ProfileBook::change(VisitId visit, QDate officeDay, const QList<ProfileChange> &changes, ValueSource source,
                                           const QString &actor, const QDateTime &now)
{
    const auto loaded = load(visit);
    if (!loaded)
        return loaded;
    Profile profile = *loaded;
    QList<FieldKey> keys;
    for (const ProfileChange &change : changes) {
        keys.append(change.key);
        std::optional<FieldError> error = Profile::checkKey(change.key);
        if (!error) {
            if (change.value.trimmed().isEmpty())
                profile.clear(change.key, source);
            else if (auto set = profile.set(change.key, change.value, source, now); !set)
                error = set.error();
        }
        if (error)
            return ProfileError{ProfileErrorCode::BadValue, fieldPath(change.key) + u": "_s + error->message, error->sentence,
                                fieldPath(change.key)};
    }
    return save(visit, officeDay, profile, {now, actor, visit, ProfileAction::Change, paths(keys)});
}

ProfileResult<Profile> ProfileBook::choose(VisitId visit, QDate officeDay, const FieldKey &key, ValueSource source, const QString &actor,
                                           const QDateTime &now)
{
    const auto loaded = load(visit);
    if (!loaded)
        return loaded;
    Profile profile = *loaded;
    if (!profile.choose(key, source))
        return refusal(ProfileErrorCode::NoSuchValue, QT_TRANSLATE_NOOP("Madoguchi::Field", "That source gave no value for this field."),
                       fieldPath(key));
    return save(visit, officeDay, profile, {now, actor, visit, ProfileAction::Choose, {fieldPath(key)}});
}

ProfileResult<Done> ProfileBook::remove(VisitId visit, const QString &actor, const QDateTime &now)
{
    if (auto removed = m_store->remove(visit, {now, actor, visit, ProfileAction::Delete, {}}); !removed)
        return storageFailure(removed.error());
    return Done{};
}

StoreResult<int> ProfileBook::purgeDaysBefore(QDate day, const QDateTime &now)
{
    return m_store->purgeDaysBefore(day, u"server"_s, now);
}

StoreResult<int> ProfileBook::purgeAuditBefore(const QDateTime &before)
{
    return m_store->purgeAccessesBefore(before);
}

} // namespace Madoguchi
