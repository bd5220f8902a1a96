// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wavaudio.h"

#include <QtEndian>

#include <cmath>
#include <numbers>

namespace Madoguchi {

namespace {

constexpr qsizetype kHeaderBytes = 44; // RIFF + "fmt " (16 bytes of PCM format) + "data"

quint32 le32(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

quint16 le16(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

void put32(QByteArray &bytes, qsizetype at, quint32 value)
{
    qToLittleEndian(value, bytes.data() + at);
}

} // namespace

double WavInfo::seconds() const
{
    const int frameBytes = channels * bitsPerSample / 8;
    return frameBytes > 0 && sampleRate > 0 ? double(dataBytes) / frameBytes / sampleRate : 0.0;
}

std::optional<WavInfo> readWavInfo(const QByteArray &wav)
{
    if (wav.size() < kHeaderBytes || !wav.startsWith("RIFF") || wav.mid(8, 8) != "WAVEfmt " || wav.mid(36, 4) != "data"
        || le16(wav, 20) != 1 /* PCM */)
        return std::nullopt;
    WavInfo info{le16(wav, 22), int(le32(wav, 24)), le16(wav, 34), qsizetype(le32(wav, 40))};
    if (info.channels < 1 || info.sampleRate < 1 || (info.bitsPerSample != 8 && info.bitsPerSample != 16)
        || info.dataBytes != wav.size() - kHeaderBytes)
        return std::nullopt;
    return info;
}

QByteArray wavSamples(const QByteArray &wav)
{
    return wav.mid(kHeaderBytes);
}

QByteArray withWavSizes(QByteArray wav)
{
    if (wav.size() < kHeaderBytes || !wav.startsWith("RIFF") || wav.mid(36, 4) != "data")
        return wav;
    put32(wav, 4, quint32(wav.size() - 8));
    put32(wav, 40, quint32(wav.size() - kHeaderBytes));
    return wav;
}

QByteArray chimeWav(int sampleRate)
{
    struct Tone {
        double hertz;
        double seconds;
    };
    const Tone tones[] = {{659.25, 0.45}, {523.25, 0.75}}; // E5, then C5
    QByteArray pcm;
    for (const Tone &tone : tones) {
        const int samples = int(tone.seconds * sampleRate);
        for (int i = 0; i < samples; ++i) {
            const double t = double(i) / sampleRate;
            const double envelope = std::exp(-4.0 * t / tone.seconds) * std::min(1.0, t * 200.0); // soft attack, bell-like decay
            const auto sample = qint16(0.6 * 32767 * envelope * std::sin(2 * std::numbers::pi * tone.hertz * t));
            char bytes[2];
            qToLittleEndian(sample, bytes);
            pcm.append(bytes, 2);
        }
    }
    QByteArray wav(kHeaderBytes, '\0');
    wav.replace(0, 4, "RIFF");
    wav.replace(8, 8, "WAVEfmt ");
    put32(wav, 16, 16);
    qToLittleEndian(quint16(1), wav.data() + 20); // PCM
    qToLittleEndian(quint16(1), wav.data() + 22); // mono
    put32(wav, 24, quint32(sampleRate));
    put32(wav, 28, quint32(sampleRate * 2));
    qToLittleEndian(quint16(2), wav.data() + 32);
    qToLittleEndian(quint16(16), wav.data() + 34);
    wav.replace(36, 4, "data");
    return withWavSizes(wav + pcm);
}

} // namespace Madoguchi
