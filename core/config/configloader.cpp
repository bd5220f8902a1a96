// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "configloader.h"

#include "common/translation.h"

#include "configreader.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Madoguchi {

QString ConfigDiagnostic::toString() const
{
    if (line <= 0)
        return file + u": "_s + message;
    return u"%1:%2:%3: %4"_s.arg(file).arg(line).arg(column).arg(message);
}

ConfigLoadResult ConfigLoader::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ConfigLoadResult result;
        result.diagnostics.append({path, 0, 0, ConfigTr::tr("cannot read the file: %1").arg(file.errorString())});
        return result;
    }
    return loadText(file.readAll(), path);
}

ConfigLoadResult ConfigLoader::loadText(const QByteArray &text, const QString &fileName)
{
    return readOfficeConfig(text, fileName);
}

QStringList ConfigLoader::supportedLanguages()
{
    return {u"ja"_s, u"ja-x-easy"_s, u"en"_s, u"zh-Hans"_s, u"ko"_s, u"vi"_s, u"fil"_s, u"tr"_s, u"pt-BR"_s, u"ne"_s};
}

} // namespace Madoguchi
