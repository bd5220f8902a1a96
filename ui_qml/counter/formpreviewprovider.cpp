// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formpreviewprovider.h"

#include "visitforms.h"

namespace Madoguchi {

FormPreviewProvider::FormPreviewProvider(const VisitForms &forms)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_forms(forms)
{
}

QImage FormPreviewProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const int width = requestedSize.width() > 0 ? requestedSize.width() : kDefaultWidth;
    QImage image = m_forms.preview(id.section(QLatin1Char('/'), 0, 0), width);
    if (image.isNull()) {
        image = QImage(1, 1, QImage::Format_RGB32);
        image.fill(Qt::white);
    }
    if (size)
        *size = image.size();
    return image;
}

} // namespace Madoguchi
