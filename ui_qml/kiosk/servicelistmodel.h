// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/clienttypes.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace Madoguchi {

/// The services a visitor may choose at the kiosk, in the visitor's language: name, what it covers,
/// its letter and pictogram, people waiting, the reference estimate (参考値) as text, and the congestion level.
class ServiceListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by the kiosk")
public:
    enum Role {
        CodeRole = Qt::UserRole,
        NameRole,
        WaitingRole,
        EstimateRole, ///< "about 10–20 min (reference)", or empty when the office has no estimate yet
        CongestionRole,
        PrefixRole,     ///< the letter of its ticket numbers
        ProceduresRole, ///< what it covers, or empty
        PictogramRole,  ///< the service pictogram's name, or empty
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    /// Shows these services in this language. Rows of services already shown are updated in place,
    /// so a list the visitor is looking at does not jump.
    void setServices(const QList<ServiceStatus> &services, const QString &language);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// The service's name in the model's language, or nothing when it is not offered.
    [[nodiscard]] std::optional<QString> name(const QString &code) const;
    /// What to bring for the service, in the model's language.
    [[nodiscard]] QStringList documents(const QString &code) const;

private:
    QList<ServiceStatus> m_services;
    QString m_language;
};

/// The reference estimate as a visitor reads it, in the current UI language.
[[nodiscard]] QString estimateText(const ClientEstimate &estimate);

} // namespace Madoguchi
