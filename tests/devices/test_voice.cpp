// The board's voice: the chime as a WAV, espeak-ng's open-ended WAV made whole, and real speech from
// espeak-ng in each product language.
#include "voice/espeakspeech.h"
#include "voice/wavaudio.h"

#include <catch2/catch.hpp>

using namespace Madoguchi;

TEST_CASE("The chime is a proper 16-bit mono WAV of two tones", "[voice]")
{
    const QByteArray chime = chimeWav(22050);
    const auto info = readWavInfo(chime);
    REQUIRE(info);
    CHECK(info->channels == 1);
    CHECK(info->sampleRate == 22050);
    CHECK(info->bitsPerSample == 16);
    CHECK(info->seconds() == Approx(1.2).epsilon(0.01));
    // Not silence: the loudest sample is well above the noise floor.
    qint16 loudest = 0;
    for (qsizetype i = 44; i + 1 < chime.size(); i += 2)
        loudest = std::max<qint16>(loudest, qint16(qAbs(qint16(quint8(chime[i]) | (chime[i + 1] << 8)))));
    CHECK(loudest > 10000);
}

TEST_CASE("A WAV written to a pipe gets its real sizes", "[voice]")
{
    QByteArray open = chimeWav(8000);
    open.replace(4, 4, QByteArray("\x24\xf0\xff\x7f", 4)); // as espeak-ng writes to standard output
    open.replace(40, 4, QByteArray("\x00\xf0\xff\x7f", 4));
    CHECK_FALSE(readWavInfo(open));
    const auto fixed = readWavInfo(withWavSizes(open));
    REQUIRE(fixed);
    CHECK(fixed->dataBytes == open.size() - 44);
    CHECK_FALSE(readWavInfo("RIFF but not a wave"));
}

TEST_CASE("espeak-ng speaks a call in every product language", "[voice]")
{
    EspeakSpeech speech;
    for (const char *language : {"ja", "ja-x-easy", "en", "zh-Hans", "ko", "vi", "fil", "tr", "pt-BR", "ne"}) {
        INFO(language);
        const auto wav = speech.synthesize(QStringLiteral("A-023, 3"), QString::fromLatin1(language));
        REQUIRE(wav.ok());
        const auto info = readWavInfo(wav.value());
        REQUIRE(info);
        CHECK(info->seconds() > 0.3);
    }
    CHECK(EspeakSpeech::voiceFor(QStringLiteral("zh-Hans")) == QStringLiteral("cmn"));
    CHECK(EspeakSpeech::voiceFor(QStringLiteral("fil")) == QStringLiteral("en"));

    EspeakSpeech missing(QStringLiteral("/nonexistent/espeak-ng"));
    const auto refused = missing.synthesize(QStringLiteral("x"), QStringLiteral("ja"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == SpeechErrorCode::Unavailable);
    CHECK(refused.error().message.contains(QStringLiteral("espeak-ng")));
}
