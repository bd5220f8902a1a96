// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpmessage.h"

using namespace Qt::StringLiterals;

namespace Madoguchi {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QStringList HttpRequest::segments() const
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

QString HttpRequest::bearerToken() const
{
    const QByteArray value = header("Authorization").trimmed();
    if (value.size() <= 7 || value.left(7).compare("bearer ", Qt::CaseInsensitive) != 0)
        return {};
    return QString::fromLatin1(value.mid(7).trimmed());
}

bool mayCarryPersonalData(const HttpRequest &request, bool closedNetwork)
{
    return request.encrypted || request.peer.isLoopback() || closedNetwork;
}

} // namespace Madoguchi
