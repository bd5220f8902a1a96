// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshots.h"

#include <QDir>
#include <QImage>
#include <QQuickWindow>

namespace Madoguchi {

bool saveScreenshot(QQuickWindow &window, const QString &folder, const QString &name, Screenshots &taken)
{
    const QImage image = window.grabWindow(); // also lays the items out, so inspect afterwards
    const QObject *theme = window.property("theme").value<QObject *>();
    InspectionRules rules = taken.inspection;
    rules.minimumContrast = theme && theme->property("highContrast").toBool() ? 7.0 : 4.5;
    for (const QString &problem : inspectScreen(window, rules))
        taken.findings.append(name + QStringLiteral(": ") + problem);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    if (!image.save(path)) {
        taken.problem = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    taken.files.append(path);
    return true;
}

} // namespace Madoguchi
