// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQuickImageProvider>

namespace Madoguchi {

/// "image://qr/<percent-encoded text>": the text as a QR code, black on white, as large as asked
/// in whole pixels per module (crisp on any screen).
class QrImageProvider : public QQuickImageProvider
{
public:
    QrImageProvider();
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
};

} // namespace Madoguchi
