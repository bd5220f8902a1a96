// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Qt Quick Test runner of the front ends' components. qmltestrunner cannot load a QML module
// that lives in a static library, so this runner links it, imports it, and provides the UiLanguage
// singleton that components ask for their fonts.
#include "uilanguage.h"

#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Madoguchi_UiPlugin)

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/")); // Qt 6.4: the module's qmldir is in the resources
        m_language = std::make_unique<Madoguchi::UiLanguage>(*engine);
        m_language->apply(QStringLiteral("ja"));
    }
    void cleanupTestCase()
    {
        m_language.reset(); // while the application still exists
    }

private:
    std::unique_ptr<Madoguchi::UiLanguage> m_language;
};

QUICK_TEST_MAIN_WITH_SETUP(madoguchi_qml, Setup)

#include "qmltestmain.moc"
