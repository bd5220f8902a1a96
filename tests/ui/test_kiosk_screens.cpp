// Every kiosk screen in every language of the sample office, rendered offscreen by the real
// `madoguchi kiosk --screenshots` against the real server, into build/<preset>/screenshots/kiosk/.
// Checks that each screen appears in each language, is not blank, differs between languages, and
// that each ticket was printed.
#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

const QStringList kLanguages{u"ja"_s, u"ja-x-easy"_s, u"en"_s, u"zh-Hans"_s, u"ko"_s, u"vi"_s, u"fil"_s, u"tr"_s, u"pt-BR"_s, u"ne"_s};

// The sample ward office, open round the clock so that the test can issue tickets on any day.
QString openSampleOffice(const QTemporaryDir &dir)
{
    QFile sample(QStringLiteral(MADOGUCHI_RESOURCES "/offices/midori-ward.toml"));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(sample.readAll());
    text.replace(QRegularExpression(u"^(mon|tue|wed|thu|fri|sat|sun) = \\[.*\\]$"_s, QRegularExpression::MultilineOption),
                 u"\\1 = [\"00:00-24:00\"]"_s);
    text.replace(QRegularExpression(u"^closed = \\[[^\\]]*\\]"_s, QRegularExpression::MultilineOption), u"closed = []"_s);
    const QString path = dir.filePath(u"open-office.toml"_s);
    QFile open(path);
    REQUIRE(open.open(QIODevice::WriteOnly));
    open.write(text.toUtf8());
    return path;
}

bool blank(const QImage &image)
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

} // namespace

TEST_CASE("Every kiosk screen renders in every language", "[kiosk][screenshots]")
{
    QTemporaryDir work;
    ServerProcess server(openSampleOffice(work));
    const QString token = server.deviceToken(u"kiosk"_s, u"kiosk-1"_s);
    server.start();

    const QString folder = QStringLiteral(MADOGUCHI_SCREENSHOTS "/kiosk");
    QDir(folder).removeRecursively();
    QProcess kiosk;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"QT_QUICK_BACKEND"_s, u"software"_s);
    environment.insert(u"QT_QUICK_CONTROLS_STYLE"_s, u"Basic"_s);
    kiosk.setProcessEnvironment(environment);
    kiosk.start(QStringLiteral(MADOGUCHI_BINARY),
                {u"kiosk"_s, u"--server"_s, u"http://127.0.0.1:%1"_s.arg(server.port()), u"--token"_s, token, u"--printer"_s,
                 u"sim://"_s + work.filePath(u"tickets"_s), u"--screenshots"_s, folder});
    REQUIRE(kiosk.waitForFinished(240'000));
    INFO(kiosk.readAllStandardError().toStdString());
    REQUIRE(kiosk.exitCode() == 0);

    QImage previousAttract;
    for (const QString &language : kLanguages) {
        for (const QString &screen : {u"attract"_s, u"services"_s, u"ticket"_s}) {
            INFO(screen.toStdString() << " in " << language.toStdString());
            const QImage image(QDir(folder).filePath(u"kiosk-%1-%2.png"_s.arg(screen, language)));
            REQUIRE_FALSE(image.isNull());
            CHECK(image.size() == QSize(1920, 1080));
            CHECK_FALSE(blank(image));
            if (screen == u"attract"_s) {
                CHECK(image != previousAttract); // the welcome is in each language, not left in another
                previousAttract = image;
            }
        }
    }
    CHECK(QDir(work.filePath(u"tickets"_s)).entryList({u"*.png"_s}).size() == kLanguages.size());

    const QImage normal(QDir(folder).filePath(u"kiosk-services-ja.png"_s));
    const QImage large(QDir(folder).filePath(u"kiosk-services-large-ja.png"_s));
    const QImage contrast(QDir(folder).filePath(u"kiosk-services-large-contrast-ja.png"_s));
    REQUIRE_FALSE(large.isNull());
    REQUIRE_FALSE(contrast.isNull());
    CHECK(large != normal);
    CHECK(QColor(contrast.pixel(contrast.width() / 2, contrast.height() - 10)) == QColor(Qt::black)); // black background
    CHECK(QColor(normal.pixel(normal.width() / 2, normal.height() - 10)) != QColor(Qt::black));
}
