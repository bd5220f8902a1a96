// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>

namespace Madoguchi {

/// The format of a PCM WAV file.
struct WavInfo {
    int channels = 0;
    int sampleRate = 0;
    int bitsPerSample = 0;
    qsizetype dataBytes = 0;
    [[nodiscard]] double seconds() const;
};

/// The format and length of a PCM WAV file, or nothing when it is not one.
[[nodiscard]] std::optional<WavInfo> readWavInfo(const QByteArray &wav);

/// The PCM samples of a WAV file that readWavInfo() accepts.
[[nodiscard]] QByteArray wavSamples(const QByteArray &wav);

/// A WAV whose RIFF and data sizes were left open (written to a pipe, as espeak-ng does) with the
/// sizes of what it really holds.
[[nodiscard]] QByteArray withWavSizes(QByteArray wav);

/// The board's call chime: two falling tones (ピンポン), 16-bit mono.
[[nodiscard]] QByteArray chimeWav(int sampleRate = 22050);

} // namespace Madoguchi
