// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace Madoguchi {

/// The rows of the forms pane's details (VisitForms::fields()), as a model that changes only the
/// rows whose contents changed: a clerk typing in one row keeps the text and the focus while the
/// server's answer to another row arrives. Its roles are the rows' keys.
class VisitFieldModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by the visit's forms")
public:
    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// The rows now: the same fields in the same order change in place, anything else starts over.
    void setRows(const QVariantList &rows);

    /// The keys of a row, one role each.
    static const QList<QByteArray> &keys();

private:
    QList<QVariantMap> m_rows;
};

} // namespace Madoguchi
