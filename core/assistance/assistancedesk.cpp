// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "assistancedesk.h"

#include "common/logging.h"
#include "common/translation.h"
#include "ports/assistancestore.h"

namespace Madoguchi {

AssistanceDesk::AssistanceDesk(const OfficeConfig &office, std::unique_ptr<AssistanceStore> store)
    : m_office(office)
    , m_store(std::move(store))
{
}

AssistanceDesk::~AssistanceDesk() = default;

AssistanceError AssistanceDesk::storageFailure(const QString &detail)
{
    return AssistanceError{AssistanceErrorCode::StorageFailure, ApiTr::tr("The call for a clerk could not be saved: %1").arg(detail)};
}

AssistanceResult<QList<AssistanceCall>> AssistanceDesk::openCalls(const QDateTime &now) const
{
    auto calls = m_store->openCalls(m_office.officeDate(now));
    if (!calls)
        return storageFailure(calls.error().message);
    return *calls;
}

AssistanceResult<AssistanceCall> AssistanceDesk::request(const QString &kiosk, const QString &language, const QDateTime &now)
{
    const auto requested = m_store->request(kiosk, language, m_office.officeDate(now), now);
    if (!requested)
        return storageFailure(requested.error().message);
    if (requested->made) {
        qCInfo(lcServer) << "kiosk" << kiosk << "calls for a clerk, call" << requested->call.id;
        Q_EMIT changed();
    }
    return requested->call;
}

AssistanceResult<Done> AssistanceDesk::answer(qint64 id, const QString &staff, const QDateTime &now)
{
    const auto answered = m_store->answer(id, staff, now);
    if (!answered)
        return storageFailure(answered.error().message);
    if (*answered == CallAnswer::Unknown)
        return AssistanceError{AssistanceErrorCode::Unknown, ApiTr::tr("There is no call for a clerk with the number %1.").arg(id)};
    if (*answered == CallAnswer::Answered) {
        qCInfo(lcServer) << "call" << id << "answered by" << staff;
        Q_EMIT changed();
    }
    return Done{};
}

} // namespace Madoguchi
