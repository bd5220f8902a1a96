// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidecatalogue.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

template<typename T>
const T *byId(const QList<T> &items, const QString &id)
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const T &item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

QStringList GuideQuestion::answerIds() const
{
    return answers.isEmpty() ? QStringList{u"yes"_s, u"no"_s} : answers;
}

const LifeEvent *GuideCatalogue::event(const QString &id) const
{
    return byId(events, id);
}

const GuideQuestion *GuideCatalogue::question(const QString &id) const
{
    return byId(questions, id);
}

const GuideProcedure *GuideCatalogue::procedure(const QString &id) const
{
    return byId(procedures, id);
}

} // namespace Madoguchi
