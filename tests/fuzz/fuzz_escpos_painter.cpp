// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the ESC/POS renderer behind the simulated printer. It never trusts a stream:
// any bytes must render or stop with a problem, within the paper's size limits.
#include "simdevices/escpospainter.h"

#include <QGuiApplication>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv); // fonts for the printed text
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Madoguchi::EscPosPainter renderer(Madoguchi::PaperWidth::Mm58);
    const auto rendering = renderer.render(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (rendering.image.height() > Madoguchi::EscPosPainter::kMaxHeight || rendering.image.width() != 384)
        std::abort();
    if (rendering.problem.isEmpty() != (rendering.problemOffset < 0))
        std::abort();
    return 0;
}
