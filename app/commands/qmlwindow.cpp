// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qmlwindow.h"

#include "command.h"
#include "kiosk/qrimageprovider.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Madoguchi_UiPlugin)

using namespace Qt::StringLiterals;

namespace Madoguchi::Cli {

QStringList productLanguages()
{
    return {u"ja"_s, u"ja-x-easy"_s, u"en"_s, u"zh-Hans"_s, u"ko"_s, u"vi"_s, u"fil"_s, u"tr"_s, u"pt-BR"_s, u"ne"_s};
}

QCommandLineOption serverOption()
{
    return {u"server"_s, CliTr::tr("The office server, e.g. http://192.168.10.5:8080."), CliTr::tr("url")};
}

bool hasDisplay()
{
    const QString platform = QGuiApplication::platformName();
    return platform != u"offscreen"_s && platform != u"minimal"_s;
}

QQuickWindow *loadWindow(QQmlApplicationEngine &engine, const QString &file)
{
    engine.addImageProvider(u"qr"_s, new QrImageProvider);
    engine.addImportPath(u"qrc:/"_s); // Qt 6.4 has no loadFromModule()
    engine.load(QUrl(u"qrc:/Madoguchi/Ui/"_s + file));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        err(CliTr::tr("The screens could not be loaded (%1).").arg(file));
    return window;
}

int reportScreenshots(const Screenshots &taken)
{
    for (const QString &file : taken.files)
        out(file);
    for (const QString &finding : taken.findings)
        err(finding);
    if (!taken.problem.isEmpty())
        err(taken.problem);
    return taken.problem.isEmpty() && taken.findings.isEmpty() ? Success : Failure;
}

} // namespace Madoguchi::Cli
