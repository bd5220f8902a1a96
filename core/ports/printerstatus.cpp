// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printerstatus.h"

#include "common/translation.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Madoguchi {

QString printerStatusProblem(const PrinterStatus &status)
{
    if (status.coverOpen)
        return DevicesTr::tr("The printer cover is open. Close it and try again.");
    if (status.paperOut)
        return DevicesTr::tr("The printer is out of paper. Load a new roll and try again.");
    if (status.error)
        return DevicesTr::tr("The printer reports an error (cutter jam or overheating). Turn it off and on again.");
    if (!status.online)
        return DevicesTr::tr("The printer is offline.");
    return {};
}

QString printerStatusSummary(const PrinterStatus &status)
{
    if (!status.known)
        return DevicesTr::tr("status unknown (this connection cannot report it)");
    QStringList parts;
    parts.append(status.online ? DevicesTr::tr("online") : DevicesTr::tr("offline"));
    if (status.coverOpen)
        parts.append(DevicesTr::tr("cover open"));
    if (status.paperOut)
        parts.append(DevicesTr::tr("paper out"));
    else if (status.paperNearEnd)
        parts.append(DevicesTr::tr("paper near end"));
    if (status.error)
        parts.append(DevicesTr::tr("error"));
    return parts.join(u", "_s);
}

} // namespace Madoguchi
