// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQuickImageProvider>

namespace Madoguchi {

class VisitForms;

/// "image://visitform/<form>/<n>": a form of the visit at the counter filled from its profile, as the
/// printer prints it, at the width asked for (n only makes each change a new image).
class FormPreviewProvider : public QQuickImageProvider
{
public:
    explicit FormPreviewProvider(const VisitForms &forms);
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    /// The width of a preview when the QML asks for no size.
    static constexpr int kDefaultWidth = 800;

private:
    const VisitForms &m_forms;
};

} // namespace Madoguchi
