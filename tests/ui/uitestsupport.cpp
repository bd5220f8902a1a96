// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace Madoguchi::Test {

QStringList sampleLanguages()
{
    return {u"ja"_s, u"ja-x-easy"_s, u"en"_s, u"zh-Hans"_s, u"ko"_s, u"vi"_s, u"fil"_s, u"tr"_s, u"pt-BR"_s, u"ne"_s};
}

QString openSampleOffice(const QTemporaryDir &dir)
{
    QFile sample(QStringLiteral(MADOGUCHI_RESOURCES "/offices/midori-ward.toml"));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(sample.readAll());
    text.replace(QRegularExpression(u"^(mon|tue|wed|thu|fri|sat|sun) = \\[.*\\]$"_s, QRegularExpression::MultilineOption),
                 u"\\1 = [\"00:00-24:00\"]"_s);
    text.replace(QRegularExpression(u"^closed = \\[[^\\]]*\\]"_s, QRegularExpression::MultilineOption), u"closed = []"_s);
    text.replace(QRegularExpression(u"^close_day_at = .*$"_s, QRegularExpression::MultilineOption), u"close_day_at = \"never\""_s);
    const QString path = dir.filePath(u"open-office.toml"_s);
    QFile open(path);
    REQUIRE(open.open(QIODevice::WriteOnly));
    open.write(text.toUtf8());
    return path;
}

void runFrontEnd(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"QT_QUICK_BACKEND"_s, u"software"_s);
    environment.insert(u"QT_QUICK_CONTROLS_STYLE"_s, u"Basic"_s);
    // Under the asan preset: whole stacks, so that the suppressions of Qt Quick's own leaks can match.
    environment.insert(u"ASAN_OPTIONS"_s, u"fast_unwind_on_malloc=0"_s);
    environment.insert(u"LSAN_OPTIONS"_s, u"suppressions="_s + QStringLiteral(MADOGUCHI_UI_TESTS "/qtquick-leaks.supp"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MADOGUCHI_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(240'000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
}

QString tokenFile(const QTemporaryDir &dir, const QString &token)
{
    QFile file(dir.filePath(u"device.token"_s));
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    file.write(token.toLatin1() + '\n');
    return file.fileName();
}

bool isBlank(const QImage &image)
{
    const QImage small = image.scaled(64, 36);
    for (int y = 0; y < small.height(); ++y) {
        for (int x = 0; x < small.width(); ++x) {
            if (small.pixel(x, y) != small.pixel(0, 0))
                return false;
        }
    }
    return true;
}

} // namespace Madoguchi::Test
