// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qtstringmaker.h"
#include "ticket/ticketcontent.h"
#include "ticket/ticketdocument.h"

#include <QImage>
#include <QString>

namespace Madoguchi::Test {

/// A ticket of the sample office (緑区役所, resources/offices/midori-ward.toml) in a language:
/// moving-in at counters 1 and 2, three people ahead, 10–20 minutes, a status URL.
[[nodiscard]] TicketContent sampleTicket(const QString &language);

/// Content laid out with the office's translations.
[[nodiscard]] TicketDocument layoutTicket(const TicketContent &content, PaperWidth width);

/// The sample ticket laid out in its language for a paper width.
[[nodiscard]] TicketDocument sampleDocument(const QString &language, PaperWidth width);

/// Compares bytes with a golden file in tests/data/<name>; with MADOGUCHI_UPDATE_GOLDEN=1 in the
/// environment it writes the file instead. A missing file fails (golden files live in git).
void compareGolden(const QString &name, const QByteArray &actual);

/// Saves an image under the build's screenshots folder for a person to look at; answers the path.
QString saveScreenshot(const QString &folder, const QString &name, const QImage &image);

/// The text of the QR codes ZXing finds in an image.
[[nodiscard]] QStringList decodeQrCodes(const QImage &image);

} // namespace Madoguchi::Test
