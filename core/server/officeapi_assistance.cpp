// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "officeapi.h"

#include "apiviews.h"
#include "jsonfields.h"

#include "common/clock.h"
#include "common/translation.h"
#include "queue/queueengine.h"

using namespace Qt::StringLiterals;

namespace Madoguchi {

HttpResponse OfficeApi::callClerk(const HttpRequest &request, const Principal &principal, const QStringList &)
{
    QJsonObject body;
    if (!request.body.isEmpty()) {
        if (auto error = parseJsonBody(request, body))
            return errorResponse(*error);
    }
    JsonFields fields(body);
    fields.allowOnly({u"language"});
    QString language = fields.string(u"language", false, 16);
    if (fields.error())
        return errorResponse(*fields.error());
    if (!m_engine.office().languages.contains(language))
        language = m_engine.office().languages.first();
    const auto call = m_assistance.request(principal.name, language, m_clock.now());
    if (!call)
        return errorResponse(apiError(call.error()));
    return jsonResponse(ApiViews::assistanceCalls({*call}).first().toObject(), 201);
}

HttpResponse OfficeApi::assistanceCalls(const HttpRequest &, const Principal &, const QStringList &)
{
    const auto calls = m_assistance.openCalls(m_clock.now());
    if (!calls)
        return errorResponse(apiError(calls.error()));
    return jsonResponse({{u"calls"_s, ApiViews::assistanceCalls(*calls)}});
}

HttpResponse OfficeApi::answerCall(const HttpRequest &request, const Principal &principal, const QStringList &args)
{
    bool ok = false;
    const qint64 id = args.first().toLongLong(&ok);
    if (!ok)
        return errorResponse(
            {404, Api::ErrorCode::UnknownCall, ApiTr::tr("There is no call for a clerk with the number %1.").arg(args.first())});
    if (auto answered = m_assistance.answer(id, principal.actor(), m_clock.now()); !answered)
        return errorResponse(apiError(answered.error()));
    return assistanceCalls(request, principal, {});
}

} // namespace Madoguchi
