// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QImage;
class QTemporaryDir;

namespace Madoguchi::Test {

/// The product's ten languages, as the sample office offers them.
[[nodiscard]] QStringList sampleLanguages();

/// The sample ward office written into `dir`, open round the clock so that a test can issue tickets
/// on any day; the path of the file.
[[nodiscard]] QString openSampleOffice(const QTemporaryDir &dir);

/// Runs `madoguchi <arguments>` offscreen with the software renderer and the Basic style, with the
/// input on its standard input; fails the test unless it exits 0.
void runFrontEnd(const QStringList &arguments, const QByteArray &input = {});

/// A device token written into `dir` as a file only its owner may read, for --token-file; its path.
[[nodiscard]] QString tokenFile(const QTemporaryDir &dir, const QString &token);

/// True when the picture is one colour (nothing was drawn).
[[nodiscard]] bool isBlank(const QImage &image);

} // namespace Madoguchi::Test
