// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The voices: the chime as a WAV, espeak-ng's open-ended WAV made whole, real speech from
// espeak-ng in each product language, and Japanese read through MeCab.
#include "eventwait.h"
#include "voice/audiosinkplayer.h"
#include "voice/espeakspeech.h"
#include "voice/japanesereading.h"
#include "voice/wavaudio.h"

#include <QList>

#include <catch2/catch.hpp>

using namespace Madoguchi;
using namespace Qt::StringLiterals;

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

namespace {

/// Remembers what it was asked to say.
class RecordingSpeech final : public SpeechSynthesizer
{
public:
    SpeechResult<QByteArray> synthesize(const QString &text, const QString &language) override
    {
        said.append({text, language});
        return QByteArray("wav");
    }
    QList<std::pair<QString, QString>> said;
};

} // namespace

TEST_CASE("Japanese with kanji is spoken from its reading, other languages as written", "[voice]")
{
    RecordingSpeech recorder;
    JapaneseReadingSpeech speech(recorder);
    REQUIRE(speech.synthesize(QStringLiteral("住民異動の方は3番窓口へ"), QStringLiteral("ja")).ok());
    REQUIRE(speech.synthesize(QStringLiteral("がめんを さわって ください"), QStringLiteral("ja-x-easy")).ok());
    REQUIRE(speech.synthesize(QStringLiteral("Number 3"), QStringLiteral("en")).ok());
    REQUIRE(recorder.said.size() == 3);
    CHECK(recorder.said.at(0).first == QStringLiteral("ジュウミンイドウノホウハ3バンマドグチヘ"));
    CHECK(recorder.said.at(0).second == QStringLiteral("ja"));
    CHECK(recorder.said.at(1).first == QStringLiteral("ガメンヲ サワッテ クダサイ"));
    CHECK(recorder.said.at(2).first == QStringLiteral("Number 3"));

    // The reading espeak-ng then speaks has no "Chinese letter" in it: real speech of it is short.
    EspeakSpeech espeak;
    JapaneseReadingSpeech reading(espeak);
    const auto withKanji = readWavInfo(espeak.synthesize(QStringLiteral("窓口"), QStringLiteral("ja")).value());
    const auto read = readWavInfo(reading.synthesize(QStringLiteral("窓口"), QStringLiteral("ja")).value());
    REQUIRE(withKanji);
    REQUIRE(read);
    CHECK(read->seconds() < withKanji->seconds() / 2);

    // Without MeCab the text goes on unchanged.
    JapaneseReadingSpeech missing(recorder, QStringLiteral("/nonexistent/mecab"));
    CHECK(missing.reading(QStringLiteral("窓口")) == QStringLiteral("窓口"));
}

namespace {
QStringList g_soundWarnings;

void keepSoundWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && QByteArrayView(context.category) == "madoguchi.devices.sound")
        g_soundWarnings.append(message);
}
} // namespace

TEST_CASE("Sounds are played without a media pipeline, and a machine without audio stays silent and says so once", "[voice]")
{
    g_soundWarnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepSoundWarnings);
    AudioSinkPlayer player;
    int finished = 0;
    QObject::connect(&player, &SoundPlayer::finished, [&] { ++finished; });
    player.play(chimeWav(), 0.5);
    CHECK(finished == 0); // never from inside play()
    REQUIRE(Test::waitFor([&] { return finished == 1; }, 10000));
    player.play("not a sound", 0.5);
    REQUIRE(Test::waitFor([&] { return finished == 2; }, 10000));
    player.play(chimeWav(), 0.5);
    REQUIRE(Test::waitFor([&] { return finished == 3; }, 10000));
    qInstallMessageHandler(previous);
    if (!player.hasOutput()) {
        REQUIRE(g_soundWarnings.size() == 1);
        CHECK(g_soundWarnings.first().contains(u"no audio output"_s));
    } else {
        CHECK(g_soundWarnings.size() <= 1); // at most the one about the sound that is not a WAV
    }
}
