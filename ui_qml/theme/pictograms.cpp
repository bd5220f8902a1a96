// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pictograms.h"

#include <QCache>
#include <QFile>
#include <QMutex>
#include <QPainter>
#include <QQmlEngine>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

QString pictogramFile(const QString &name)
{
    return u":/madoguchi/pictograms/"_s + name + u".svg"_s;
}

// The pictogram's SVG drawn in a colour, kept: a theme switch asks for every pictogram again, in
// colours it has been drawn in before. Image providers may be called from loader threads.
QImage drawn(const QString &name, const QColor &color, QSize size)
{
    static QMutex mutex;
    static QCache<QString, QImage> images(64);
    const QString key = name + u'/' + color.name() + u'/' + QString::number(size.width()) + u'x' + QString::number(size.height());
    {
        const QMutexLocker locked(&mutex);
        if (const QImage *image = images.object(key))
            return *image;
    }
    QFile file(pictogramFile(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace("currentColor", color.name().toLatin1());
    QSvgRenderer renderer(svg);
    if (!size.isValid() || size.isEmpty())
        size = renderer.defaultSize();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    const QMutexLocker locked(&mutex);
    images.insert(key, new QImage(image));
    return image;
}

} // namespace

PictogramProvider::PictogramProvider()
    : QQuickImageProvider(QQuickImageProvider::Image)
{
}

QImage PictogramProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QString name = id.section(u'/', 0, 0);
    const QColor color(u'#' + id.section(u'/', 1, 1));
    if (name.contains(u'.') || !color.isValid())
        return {};
    const QImage image = drawn(name, color, requestedSize);
    if (size)
        *size = image.size();
    return image;
}

Pictograms::Pictograms(QQmlEngine &engine)
{
    if (!engine.imageProvider(u"pictogram"_s))
        engine.addImageProvider(u"pictogram"_s, new PictogramProvider);
}

Pictograms *Pictograms::create(QQmlEngine *engine, QJSEngine *)
{
    return new Pictograms(*engine); // owned by the engine
}

bool Pictograms::exists(const QString &name) const
{
    return !name.contains(u'.') && QFile::exists(pictogramFile(name));
}

QString Pictograms::source(const QString &name, const QColor &color) const
{
    if (!exists(name))
        return {};
    return u"image://pictogram/"_s + name + u'/' + color.name().mid(1);
}

} // namespace Madoguchi
