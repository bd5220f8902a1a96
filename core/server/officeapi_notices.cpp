// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "officeapi.h"

#include "jsonfields.h"

#include "common/clock.h"
#include "common/translation.h"
#include "queue/queueengine.h"

using namespace Qt::StringLiterals;

namespace Madoguchi {

// Asking for turn notices: POST /api/v1/status/{token}/notify (JSON, for apps) and POST /s/{token}
// (the status page's form, which works without JavaScript). Both are public and rate-limited; the
// token is the visitor's proof of holding the ticket.

NoticeResult<bool> OfficeApi::subscribe(const QueueState &state, const Visit &visit, const QString &channel, const QString &address)
{
    const auto parsed = noticeChannelFromName(channel);
    if (!parsed)
        return NoticeError{NoticeErrorCode::NotOffered, NoticeTr::tr("There is no notice channel '%1'.").arg(channel)};
    return m_notices.subscribe(state, visit.id, *parsed, address, noticeStatusUrl(visit.token), m_clock.now());
}

HttpResponse OfficeApi::notify(const HttpRequest &request, const Principal &, const QStringList &args)
{
    const QueueState state = m_engine.state();
    const Visit *visit = visitByToken(state, args.first());
    if (!visit)
        return errorResponse(unknownTicket());
    QJsonObject body;
    if (auto error = parseJsonBody(request, body))
        return errorResponse(*error);
    JsonFields fields(body);
    fields.allowOnly({u"channel", u"address"});
    const QString channel = fields.string(u"channel", true, 16);
    const QString address = fields.string(u"address", true, 254);
    if (fields.error())
        return errorResponse(*fields.error());
    const auto added = subscribe(state, *visit, channel, address);
    if (!added)
        return errorResponse(apiError(added.error()));
    return jsonResponse({{u"channel"_s, channel}, {u"added"_s, *added}, {u"ahead"_s, m_config.notify.ahead}}, *added ? 201 : 200);
}

HttpResponse OfficeApi::notifyForm(const HttpRequest &request, const Principal &, const QStringList &args)
{
    if (!request.header("Content-Type").startsWith("application/x-www-form-urlencoded"))
        return errorResponse(
            {415, Api::ErrorCode::UnsupportedMediaType, ApiTr::tr("The form must be sent as application/x-www-form-urlencoded.")});
    const QueueState state = m_engine.state();
    const Visit *visit = visitByToken(state, args.first());
    if (!visit)
        return unknownTicketPage(request);
    // Browsers send spaces as '+'; a literal '+' arrives as %2B.
    const QUrlQuery form(QString::fromUtf8(QByteArray(request.body).replace('+', "%20")));
    const auto added = subscribe(state, *visit, form.queryItemValue(u"channel"_s, QUrl::FullyDecoded),
                                 form.queryItemValue(u"address"_s, QUrl::FullyDecoded));
    NoticeFeedback feedback = NoticeFeedback::Subscribed;
    if (!added) {
        switch (added.error().code) {
        case NoticeErrorCode::InvalidAddress:
        case NoticeErrorCode::NotOffered: feedback = NoticeFeedback::Invalid; break;
        case NoticeErrorCode::TooMany: feedback = NoticeFeedback::TooMany; break;
        case NoticeErrorCode::Closed:
        case NoticeErrorCode::StorageFailure: feedback = NoticeFeedback::Failed; break;
        }
    }
    // Post/redirect/get: reloading the page does not send the form again. The address is made of
    // the matched visit's own token, never of what the request said.
    HttpResponse response;
    response.status = 303;
    response.contentType = "text/plain; charset=utf-8";
    response.addHeader("Location", "/s/" + visit->token.toLatin1() + "?notice=" + noticeFeedbackName(feedback).toLatin1() + "#notify");
    return response;
}

} // namespace Madoguchi
