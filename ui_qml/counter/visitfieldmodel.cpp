// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitfieldmodel.h"

namespace Madoguchi {
namespace {

QString identity(const QVariantMap &row)
{
    return row.value(QStringLiteral("field")).toString() + u'/' + row.value(QStringLiteral("person")).toString();
}

} // namespace

const QList<QByteArray> &VisitFieldModel::keys()
{
    static const QList<QByteArray> names{"field",      "person",  "label",    "value",   "code",      "sources",
                                         "candidates", "choices", "conflict", "missing", "undrawable"};
    return names;
}

int VisitFieldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant VisitFieldModel::data(const QModelIndex &index, int role) const
{
    const int key = role - Qt::UserRole;
    if (!index.isValid() || index.row() >= m_rows.size() || key < 0 || key >= keys().size())
        return {};
    return m_rows.at(index.row()).value(QString::fromLatin1(keys().at(key)));
}

QHash<int, QByteArray> VisitFieldModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int key = 0; key < keys().size(); ++key)
        names.insert(Qt::UserRole + key, keys().at(key));
    return names;
}

void VisitFieldModel::setRows(const QVariantList &rows)
{
    QList<QVariantMap> next;
    for (const QVariant &row : rows)
        next.append(row.toMap());
    const bool sameFields = next.size() == m_rows.size()
        && std::equal(next.begin(), next.end(), m_rows.begin(),
                      [](const QVariantMap &a, const QVariantMap &b) { return identity(a) == identity(b); });
    if (!sameFields) {
        beginResetModel();
        m_rows = std::move(next);
        endResetModel();
        return;
    }
    for (qsizetype row = 0; row < next.size(); ++row) {
        if (next.at(row) == m_rows.at(row))
            continue;
        m_rows[row] = next.at(row);
        Q_EMIT dataChanged(index(int(row)), index(int(row)));
    }
}

} // namespace Madoguchi
