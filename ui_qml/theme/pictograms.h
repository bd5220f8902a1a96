// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QObject>
#include <QQuickImageProvider>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace Madoguchi {

/// "image://pictogram/<name>/<rrggbb>": the pictogram resources/pictograms/<name>.svg drawn in that
/// colour (the files draw in currentColor) at the size asked for.
class PictogramProvider : public QQuickImageProvider
{
public:
    PictogramProvider();
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
};

/// The pictograms for QML (`Pictograms.source("language", Theme.accent)`). Its engine gets the image
/// provider when the singleton is first used, so every engine that shows pictograms has it.
class Pictograms : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    /// Gives the engine the image provider. (Not default-constructible, so that QML uses create().)
    explicit Pictograms(QQmlEngine &engine);

    static Pictograms *create(QQmlEngine *engine, QJSEngine *scriptEngine);

    // Members, not static: QML's compiled code would call a static one without creating the singleton,
    // and so without the image provider.
    /// Whether the product ships this pictogram.
    Q_INVOKABLE [[nodiscard]] bool exists(const QString &name) const;
    /// The image URL of the pictogram in that colour; empty for a pictogram the product lacks.
    Q_INVOKABLE [[nodiscard]] QString source(const QString &name, const QColor &color) const;
};

} // namespace Madoguchi
