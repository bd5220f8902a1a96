// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrimageprovider.h"

#include "qrcode/qrimage.h"

#include <QUrl>

namespace Madoguchi {

QrImageProvider::QrImageProvider()
    : QQuickImageProvider(QQuickImageProvider::Image)
{
}

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QByteArray text = QUrl::fromPercentEncoding(id.toUtf8()).toUtf8();
    QImage image = qrImage(text, 1);
    if (!image.isNull() && requestedSize.isValid()) {
        const int side = std::min(requestedSize.width(), requestedSize.height());
        const int moduleDots = std::max(1, side / image.width());
        image = image.scaled(image.size() * moduleDots, Qt::KeepAspectRatio, Qt::FastTransformation);
    }
    if (size)
        *size = image.size();
    return image;
}

} // namespace Madoguchi
