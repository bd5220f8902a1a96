// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicelistmodel.h"

#include "uitranslation.h"

namespace Madoguchi {

void ServiceListModel::setServices(const QList<ServiceStatus> &services, const QString &language)
{
    const bool sameRows = language == m_language && services.size() == m_services.size()
        && std::equal(services.cbegin(), services.cend(), m_services.cbegin(),
                      [](const ServiceStatus &a, const ServiceStatus &b) { return a.code == b.code; });
    if (!sameRows) {
        beginResetModel();
        m_services = services;
        m_language = language;
        endResetModel();
        return;
    }
    m_services = services;
    if (!m_services.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_services.size()) - 1), {WaitingRole, EstimateRole, CongestionRole});
}

int ServiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

QVariant ServiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceStatus &service = m_services.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return service.name.text(m_language);
    case CodeRole: return service.code;
    case WaitingRole: return service.waiting;
    case EstimateRole: return estimateText(service.estimate);
    case CongestionRole: return service.congestion;
    case PrefixRole: return service.prefix;
    case ProceduresRole: return service.procedures.text(m_language);
    case PictogramRole: return service.pictogram;
    default: return {};
    }
}

QHash<int, QByteArray> ServiceListModel::roleNames() const
{
    return {{CodeRole, "code"},
            {NameRole, "name"},
            {WaitingRole, "waiting"},
            {EstimateRole, "estimate"},
            {CongestionRole, "congestion"},
            {PrefixRole, "prefix"},
            {ProceduresRole, "procedures"},
            {PictogramRole, "pictogram"}};
}

std::optional<QString> ServiceListModel::name(const QString &code) const
{
    for (const ServiceStatus &service : m_services) {
        if (service.code == code)
            return service.name.text(m_language);
    }
    return std::nullopt;
}

QStringList ServiceListModel::documents(const QString &code) const
{
    QStringList list;
    for (const ServiceStatus &service : m_services) {
        if (service.code == code) {
            for (const LocalizedText &document : service.documents)
                list.append(document.text(m_language));
        }
    }
    return list;
}

QString estimateText(const ClientEstimate &estimate)
{
    if (!estimate.known)
        return {};
    if (estimate.high <= 0)
        return KioskTr::tr("no wait (reference)");
    //: 参考値: a reference range of waiting minutes, never a promise
    return KioskTr::tr("about %1–%2 min (reference)").arg(estimate.low).arg(estimate.high);
}

} // namespace Madoguchi
