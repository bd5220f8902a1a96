#include "screenshots.h"

#include <QDir>
#include <QQuickWindow>

namespace Madoguchi {

bool saveScreenshot(QQuickWindow &window, const QString &folder, const QString &name, Screenshots &taken)
{
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    if (!window.grabWindow().save(path)) {
        taken.problem = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    taken.files.append(path);
    return true;
}

} // namespace Madoguchi
