// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The madoguchi executable as an installer and a new user meet it: help, exit codes, messages.
#include "codeimages.h"
#include "qrcode/qrimage.h"
#include "testoffice.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode;
    QString out;
    QString err;
};

Run madoguchi(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(MADOGUCHI_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120'000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("help describes the program and every command", "[cli]")
{
    const Run help = madoguchi({u"--help"_s});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(u"Usage: madoguchi <command> [options]"_s));
    CHECK(help.out.contains(u"  config    "_s));
    CHECK(help.out.contains(u"  demo      "_s));
    const Run none = madoguchi({});
    CHECK(none.exitCode == 2);
    CHECK(none.err.contains(u"Commands:"_s));
    const Run unknown = madoguchi({u"serve"_s});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(u"unknown command 'serve'"_s));
    CHECK(madoguchi({u"--version"_s}).out.startsWith(u"madoguchi "_s));

    const Run demoHelp = madoguchi({u"demo"_s, u"--help"_s});
    CHECK(demoHelp.exitCode == 0);
    CHECK(demoHelp.out.contains(u"Usage: madoguchi demo [options]"_s));
    for (const QString &option :
         {u"--speed"_s, u"--date"_s, u"--seed"_s, u"--config"_s, u"--data"_s, u"--lang"_s, u"--text"_s, u"--screenshots"_s})
        CHECK(demoHelp.out.contains(option));
    const Run configHelp = madoguchi({u"config"_s, u"--help"_s});
    CHECK(configHelp.exitCode == 0);
    CHECK(configHelp.out.contains(u"check FILE"_s));
    const Run checkHelp = madoguchi({u"config"_s, u"check"_s, u"--help"_s});
    CHECK(checkHelp.exitCode == 0);
    CHECK(checkHelp.out.contains(u"Usage: madoguchi config check [options] file"_s));
}

TEST_CASE("config check accepts the sample and reports every problem with its place, exit 2", "[cli]")
{
    const Run good = madoguchi({u"config"_s, u"check"_s, QStringLiteral(MADOGUCHI_RESOURCES "/offices/midori-ward.toml")});
    CHECK(good.exitCode == 0);
    CHECK(good.out.contains(u"ok — みどり区役所: 7 services, 11 counters, 8 forms, 10 life events with 65 procedures"_s));
    QTemporaryDir dir;
    QFile sample(QStringLiteral(MADOGUCHI_RESOURCES "/offices/midori-ward.toml"));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    const QByteArray sampleText = sample.readAll();
    const auto written = [&](const QString &name, QByteArray text) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text);
        return file.fileName();
    };
    const Run noGuide = madoguchi(
        {u"config"_s, u"check"_s, written(u"no-guide.toml"_s, QByteArray(sampleText).replace("[guide]\ncatalogue = \"shipped\"\n", ""))});
    CHECK(noGuide.exitCode == 0);
    CHECK(noGuide.out.contains(u"8 forms, no guide,"_s));

    const QString bad = dir.filePath(u"bad.toml"_s);
    QByteArray text = sampleText;
    const int prefixLine = int(text.left(text.indexOf("prefix = \"B\"")).count('\n')) + 1;
    text.replace("timezone = \"Asia/Tokyo\"", "timezone = \"Asia/Tokio\"");
    text.replace("prefix = \"B\"", "prefix = \"b\"");
    QFile out(bad);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();
    const Run checked = madoguchi({u"config"_s, u"check"_s, bad});
    CHECK(checked.exitCode == 2);
    CHECK(checked.err.contains(bad + u":8:12: unknown timezone 'Asia/Tokio'"_s));
    CHECK(checked.err.contains(bad + u":%1:10: service 'certificate': prefix must be one capital letter A–Z, not 'b'"_s.arg(prefixLine)));
    CHECK(checked.err.contains(bad + u": 2 problem(s) found"_s));

    const Run missing = madoguchi({u"config"_s, u"check"_s, dir.filePath(u"none.toml"_s)});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(u"cannot read the file"_s));
    CHECK(madoguchi({u"config"_s, u"check"_s}).exitCode == 2);
    CHECK(madoguchi({u"config"_s, u"lint"_s}).err.contains(u"unknown action 'lint'"_s));
}

TEST_CASE("forms fields lists the shared field catalogue with labels in the language asked", "[cli][forms]")
{
    const Run ja = madoguchi({u"forms"_s, u"fields"_s});
    CHECK(ja.exitCode == 0);
    const QStringList lines = ja.out.split(u'\n', Qt::SkipEmptyParts);
    CHECK(lines.size() >= 25);
    CHECK(lines.value(0).startsWith(u"familyName"_s));
    CHECK(lines.value(0).contains(u"氏"_s));
    CHECK(ja.out.contains(u"(1=男, 2=女"_s));
    CHECK(ja.out.contains(u"postal-code"_s));
    const Run en = madoguchi({u"forms"_s, u"fields"_s, u"--lang"_s, u"en"_s});
    CHECK(en.out.contains(u"Date of birth"_s));
    CHECK_FALSE(en.out.contains(u"生年月日"_s));
    const Run unknown = madoguchi({u"forms"_s, u"fill"_s});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(u"madoguchi forms <fields|list|render|print|page>"_s));
}

TEST_CASE("config check checks the office's forms: their own problems, and services the office lacks", "[cli][forms]")
{
    QTemporaryDir dir;
    const auto write = [&](const QString &name, const QByteArray &text) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write(u"pets.toml"_s, "id = \"pets\"\nservices = [\"pets\"]\n[title]\nja = \"犬の登録\"\n");
    write(u"bad.toml"_s,
          "id = \"bad\"\nservices = [\"moving\"]\n[title]\nja = \"悪い届\"\n[[field]]\nfield = \"shoeSize\"\nat = [10, 10]\nsize = [20, "
          "6]\n");
    const Run checked =
        madoguchi({u"config"_s, u"check"_s, QStringLiteral(MADOGUCHI_RESOURCES "/offices/midori-ward.toml"), u"--forms"_s, dir.path()});
    CHECK(checked.exitCode == 2);
    CHECK(checked.err.contains(dir.filePath(u"bad.toml"_s) + u":6:"_s));
    CHECK(checked.err.contains(u"unknown field 'shoeSize'"_s));
    CHECK(checked.err.contains(u"form 'pets' is for the service 'pets', which the office does not have"_s));
}

TEST_CASE("config check checks the office's guide: its own problems, and services and forms the office lacks", "[cli][guide]")
{
    QTemporaryDir dir;
    for (const QString &name : QDir(QStringLiteral(MADOGUCHI_RESOURCES "/guide")).entryList({u"*.toml"_s}))
        REQUIRE(QFile::copy(QStringLiteral(MADOGUCHI_RESOURCES "/guide/") + name, dir.filePath(name)));
    QFile events(dir.filePath(u"events.toml"_s));
    REQUIRE(events.open(QIODevice::ReadWrite));
    QByteArray text = events.readAll();
    const QByteArray rule = "{ procedure = \"kokuho-join\", when = \"kokuho\" }";
    const int ruleLine = int(text.left(text.indexOf(rule)).count('\n')) + 1;
    text.replace(text.indexOf(rule), rule.size(), "{ procedure = \"kokuho-join\", when = \"kokuho and not kokuho\" }");
    events.resize(0);
    events.write(text);
    events.close();
    const Run unreachable =
        madoguchi({u"config"_s, u"check"_s, QStringLiteral(MADOGUCHI_RESOURCES "/offices/midori-ward.toml"), u"--guide"_s, dir.path()});
    CHECK(unreachable.exitCode == 2);
    CHECK(unreachable.err.contains(dir.filePath(u"events.toml"_s) + u":%1:0: no answers reach the rule for 'kokuho-join'"_s.arg(ruleLine)));
    CHECK(unreachable.err.contains(u"1 problem(s) found in the guide"_s));

    // A server whose office names that guide does not start, and says where it is wrong.
    QFile sampleOffice(QStringLiteral(MADOGUCHI_RESOURCES "/offices/midori-ward.toml"));
    REQUIRE(sampleOffice.open(QIODevice::ReadOnly));
    QTemporaryDir officeDir; // beside the guide's folder: every *.toml of that folder is a guide file
    const QString brokenOffice = officeDir.filePath(u"broken-guide.toml"_s);
    QFile broken(brokenOffice);
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write(sampleOffice.readAll().replace("catalogue = \"shipped\"", QByteArray("catalogue = \"" + dir.path().toUtf8() + "\"")));
    broken.close();
    const Run server = madoguchi({u"server"_s, u"--config"_s, brokenOffice, u"--data"_s, officeDir.filePath(u"data"_s)});
    CHECK(server.exitCode != 0);
    CHECK(server.err.contains(u"events.toml:%1:0: no answers reach the rule for 'kokuho-join'"_s.arg(ruleLine)));

    // The shipped guide against an office whose family register's service has another code.
    QFile sample(QStringLiteral(MADOGUCHI_RESOURCES "/offices/midori-ward.toml"));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    const QString office = dir.filePath(u"koseki.toml"_s);
    QFile renamed(office);
    REQUIRE(renamed.open(QIODevice::WriteOnly));
    renamed.write(
        sample.readAll().replace("code = \"family\"", "code = \"koseki\"").replace("services = [\"family\"]", "services = [\"koseki\"]"));
    renamed.close();
    const Run lacking = madoguchi({u"config"_s, u"check"_s, office});
    CHECK(lacking.exitCode == 2);
    CHECK(lacking.err.contains(u"procedure 'birth-notice' is handled by service 'family', which office"_s));
}

TEST_CASE("guide list shows the catalogue and guide plan what a life event and the answers call for", "[cli][guide]")
{
    const Run listed = madoguchi({u"guide"_s, u"list"_s, u"--lang"_s, u"en"_s});
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.contains(u"  move-in "_s));
    CHECK(listed.out.contains(u"  surname-after-divorce "_s));
    CHECK(listed.out.contains(u"unchanged="_s));
    CHECK(listed.out.contains(u"  death-notice "_s));
    CHECK(listed.out.contains(u"after: kokuho-join,"_s));

    const Run planned = madoguchi({u"guide"_s, u"plan"_s, u"--event"_s, u"death"_s, u"--lang"_s, u"en"_s, u"--answer"_s,
                                   u"deceased-kokuho=yes"_s, u"--answer"_s, u"deceased-seal=yes"_s});
    CHECK(planned.exitCode == 0);
    CHECK(planned.out.contains(u"\n1. Death notice and cremation permit — G "_s));
    CHECK(planned.out.contains(u"\n2. Family register copies (koseki) — G "_s));
    CHECK(planned.out.contains(u"Because: deceased-kokuho=yes"_s));
    CHECK(planned.out.contains(u"450 yen"_s));
    CHECK(planned.out.contains(u"Route: G "_s));
    CHECK(planned.out.contains(u"Not answered (read as no): deceased-householder,"_s));

    const Run badAnswer = madoguchi({u"guide"_s, u"plan"_s, u"--event"_s, u"death"_s, u"--answer"_s, u"kokuho=yes"_s});
    CHECK(badAnswer.exitCode == 2);
    CHECK(badAnswer.err.contains(u"life event 'death' asks deceased-householder,"_s));
    const Run badValue = madoguchi({u"guide"_s, u"plan"_s, u"--event"_s, u"school"_s, u"--answer"_s, u"school-step=maybe"_s});
    CHECK(badValue.exitCode == 2);
    CHECK(badValue.err.contains(u"the answers to 'school-step' are entry, change"_s));
    CHECK(madoguchi({u"guide"_s, u"plan"_s, u"--event"_s, u"wedding"_s}).err.contains(u"one of: move-in, move-in-abroad,"_s));
}

TEST_CASE("forms list and render show the forms and fill them from a profile file", "[cli][forms]")
{
    const Run listed = madoguchi({u"forms"_s, u"list"_s});
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.contains(u"residence-change"_s));
    CHECK(listed.out.contains(u"住民異動届"_s));

    QTemporaryDir dir;
    const QString profile = QStringLiteral(MADOGUCHI_RESOURCES "/forms/example-profile.json");
    const QString pdf = dir.filePath(u"visit.pdf"_s);
    const Run rendered =
        madoguchi({u"forms"_s, u"render"_s, u"--form"_s, u"residence-change"_s, u"--profile"_s, profile, u"--out"_s, pdf, u"--overlay"_s});
    CHECK(rendered.exitCode == 0);
    CHECK(QFile(pdf).size() > 1000);
    CHECK(rendered.err.contains(u"residence-change: no value for nextAddress"_s));
    CHECK_FALSE(rendered.err.contains(u"members[2]"_s)); // rows beyond the household are not missing anything

    const QString json = dir.filePath(u"visit.json"_s);
    REQUIRE(madoguchi({u"forms"_s, u"render"_s, u"--form"_s, u"residence-change"_s, u"--profile"_s, profile, u"--out"_s, json}).exitCode
            == 0);
    QFile values(json);
    REQUIRE(values.open(QIODevice::ReadOnly));
    CHECK(values.readAll().contains("\"postalCode\": \"3320011\""));

    const Run unknown = madoguchi({u"forms"_s, u"render"_s, u"--form"_s, u"nope"_s, u"--profile"_s, profile, u"--out"_s, pdf});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(u"there is no form 'nope'"_s));
    const Run offset = madoguchi(
        {u"forms"_s, u"render"_s, u"--form"_s, u"residence-change"_s, u"--profile"_s, profile, u"--out"_s, pdf, u"--offset"_s, u"40,0"_s});
    CHECK(offset.exitCode == 2);
    const Run unwritable = madoguchi(
        {u"forms"_s, u"render"_s, u"--form"_s, u"residence-change"_s, u"--profile"_s, profile, u"--out"_s, dir.filePath(u"none/x.pdf"_s)});
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.err.contains(u"cannot write"_s));
}

TEST_CASE("the demo runs a whole day and keeps its database when asked", "[cli]")
{
    QTemporaryDir dir;
    const Run day = madoguchi({u"demo"_s, u"--text"_s, u"--speed"_s, u"0"_s, u"--date"_s, u"2026-11-24"_s, u"--seed"_s, u"3"_s, u"--lang"_s,
                               u"en"_s, u"--data"_s, dir.path()});
    CHECK(day.exitCode == 0);
    CHECK(day.out.startsWith(u"Midori Ward Office — simulated day 2026-11-24 (7 services, 11 counters)"_s));
    CHECK(day.out.contains(u"08:25  counter 1 opens"_s));
    CHECK(day.out.contains(u" → counter "_s));
    CHECK(day.out.contains(u"[arrival order: waiting since"_s));
    CHECK(day.out.contains(u"all visitors served; the office day is closed"_s));
    CHECK(day.out.contains(u"Day over: "_s));

    auto store = SqliteQueueStore::open(dir.filePath(u"madoguchi.sqlite"_s));
    REQUIRE(store.ok());
    CHECK((*store)->integrityCheck() == u"ok"_s);
    const auto state = (*store)->loadState();
    REQUIRE(state.ok());
    CHECK(state->officeDay == QDate(2026, 11, 24));
    CHECK_FALSE(state->hasOpenVisits());
    CHECK(state->visits.size() > 100);

    const Run closed = madoguchi({u"demo"_s, u"--text"_s, u"--speed"_s, u"0"_s, u"--date"_s, u"2026-11-28"_s});
    CHECK(closed.exitCode == 2);
    CHECK(closed.err.contains(u"The office is closed on 2026-11-28; choose another --date."_s));
    CHECK(madoguchi({u"demo"_s, u"--text"_s, u"--lang"_s, u"fr"_s}).exitCode == 2);
    CHECK(madoguchi({u"demo"_s, u"--text"_s, u"--speed"_s, u"fast"_s}).exitCode == 2);

    // Without a desktop the windowed demo says how to run it.
    const Run noDisplay = madoguchi({u"demo"_s, u"--date"_s, u"2026-11-24"_s});
    CHECK(noDisplay.exitCode == 1);
    CHECK(noDisplay.err.contains(u"--screenshots"_s));

    // A data folder that does not exist yet is made private, so that the server takes it.
    const QString fresh = dir.filePath(u"new/demo"_s);
    const Run made = madoguchi({u"demo"_s, u"--text"_s, u"--speed"_s, u"0"_s, u"--date"_s, u"2026-11-24"_s, u"--data"_s, fresh});
    CHECK(made.exitCode == 0);
    CHECK(QFileInfo(fresh).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser | QFileDevice::WriteUser
              | QFileDevice::ExeUser));
}

TEST_CASE("devices: print-test, printer-status and card-read on the simulated devices, with exit codes", "[cli][devices]")
{
    QTemporaryDir dir;
    const Run printed =
        madoguchi({u"devices"_s, u"print-test"_s, u"--printer"_s, u"sim://"_s + dir.path(), u"--lang"_s, u"ko"_s, u"--width"_s, u"58"_s});
    CHECK(printed.exitCode == 0);
    CHECK(printed.out.contains(u"Printed"_s));
    const QImage ticket(dir.filePath(u"ticket-0001.png"_s));
    CHECK(ticket.width() == 384);

    const Run empty = madoguchi({u"devices"_s, u"printer-status"_s, u"--printer"_s, u"sim://?status=paper-out"_s});
    CHECK(empty.exitCode == 1);
    CHECK(empty.out.contains(u"paper out"_s));
    CHECK(empty.err.contains(u"out of paper"_s));
    const Run refused = madoguchi({u"devices"_s, u"print-test"_s, u"--printer"_s, u"sim://?status=cover-open"_s});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"cover is open"_s));
    const Run bad = madoguchi({u"devices"_s, u"printer-status"_s, u"--printer"_s, u"lpt://1"_s});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(u"unknown scheme"_s));

    const Run card = madoguchi({u"devices"_s, u"card-read"_s, u"--reader"_s, u"sim://?holder=1"_s}, "1234\n");
    CHECK(card.exitCode == 0);
    CHECK(card.out.contains(u"PIN tries left: 3"_s));
    CHECK(card.out.contains(u"Name: 番号　花子"_s));
    CHECK(card.out.contains(u"Birth date: 19800101"_s));
    // What the card holds goes to the output asked for, never to the log (standard error).
    for (const QString &personal : {u"番号"_s, u"花子"_s, u"緑町"_s, u"19800101"_s, u"1234"_s})
        CHECK_FALSE(card.err.contains(personal));
    const Run wrong = madoguchi({u"devices"_s, u"card-read"_s, u"--reader"_s, u"sim://"_s}, "0000\n");
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(u"2 tries left"_s));
    const Run lastTry = madoguchi({u"devices"_s, u"card-read"_s, u"--reader"_s, u"sim://?tries=1"_s}, "1234\n");
    CHECK(lastTry.exitCode == 1);
    CHECK(lastTry.err.contains(u"--accept-last-try"_s));
    const Run accepted = madoguchi({u"devices"_s, u"card-read"_s, u"--reader"_s, u"sim://?tries=1"_s, u"--accept-last-try"_s}, "1234\n");
    CHECK(accepted.exitCode == 0);
    const Run locked = madoguchi({u"devices"_s, u"card-read"_s, u"--reader"_s, u"sim://?tries=0"_s});
    CHECK(locked.exitCode == 1);
    CHECK(locked.err.contains(u"locked"_s));
    const Run noReader = madoguchi({u"devices"_s, u"card-read"_s});
    CHECK(noReader.exitCode == 2);

    const Run list = madoguchi({u"devices"_s, u"list"_s});
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(u"Card readers (PC/SC):"_s));
    CHECK(list.out.contains(u"Serial ports"_s));
    CHECK(list.out.contains(u"Cameras"_s));
}

TEST_CASE("devices: scan and decode-image print what the kiosk understands, with exit codes", "[cli][devices]")
{
    const Run scanned = madoguchi(
        {u"devices"_s, u"scan"_s, u"--scanner"_s, u"sim://?code=7k3m-q2p7&code=4901234567890&code=96385074"_s, u"--count"_s, u"3"_s});
    CHECK(scanned.exitCode == 0);
    CHECK(scanned.out.contains(u"reservation  7K3M-Q2P7"_s));
    CHECK(scanned.out.contains(u"refused: The code was not read correctly"_s));
    CHECK(scanned.out.contains(u"ean-8  96385074"_s));
    const Run samples = madoguchi({u"devices"_s, u"scan"_s, u"--scanner"_s, u"sim://"_s, u"--count"_s, u"4"_s});
    CHECK(samples.out.contains(u"pre-application (version 2): moving-in"_s));
    CHECK(samples.out.contains(u"  familyName: "_s));

    QTemporaryDir dir;
    const Run missing = madoguchi({u"devices"_s, u"scan"_s, u"--scanner"_s, u"serial://"_s + dir.filePath(u"ttyACM0"_s)});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(u"is not connected"_s));
    CHECK(madoguchi({u"devices"_s, u"scan"_s, u"--scanner"_s, u"hid:///dev/hidraw0"_s}).exitCode == 2);
    CHECK(madoguchi({u"devices"_s, u"scan"_s, u"--scanner"_s, u"wedge://"_s}).exitCode == 2);
    CHECK(madoguchi({u"devices"_s, u"scan"_s}).exitCode == 2);

    const QString picture = dir.filePath(u"codes.png"_s);
    REQUIRE(scene(QSize(640, 480),
                  {{qrImage("https://city.example/r/7K3MQ2P7", 4), QPoint(40, 40)}, {eanImage("4901234567894", 2, 80), QPoint(300, 360)}})
                .save(picture));
    const Run decoded = madoguchi({u"devices"_s, u"decode-image"_s, picture});
    CHECK(decoded.exitCode == 0);
    CHECK(decoded.out.contains(u"QRCode:\nreservation  7K3M-Q2P7"_s));
    CHECK(decoded.out.contains(u"EAN-13:\nean-13  4901234567894"_s));
    const QString blank = dir.filePath(u"blank.png"_s);
    REQUIRE(scene(QSize(64, 64), {}).save(blank));
    const Run nothing = madoguchi({u"devices"_s, u"decode-image"_s, blank});
    CHECK(nothing.exitCode == 1);
    CHECK(nothing.err.contains(u"No QR code or bar code"_s));
    const Run unreadable = madoguchi({u"devices"_s, u"decode-image"_s, dir.filePath(u"none.png"_s)});
    CHECK(unreadable.exitCode == 1);
    CHECK(unreadable.err.contains(u"Cannot read the picture"_s));
    CHECK(madoguchi({u"devices"_s, u"decode-image"_s}).exitCode == 2);
}

TEST_CASE("the server is safe by default: loopback, private data, secrets from private files", "[cli][security]")
{
    QTemporaryDir work;
    const QString office = QStringLiteral(MADOGUCHI_TEST_DATA "/server/server-office.toml");
    const QString data = work.filePath(u"data"_s);
    const auto chmod = [](const QString &path, QFileDevice::Permissions permissions) { REQUIRE(QFile::setPermissions(path, permissions)); };
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    // The data folder is made private (0700).
    REQUIRE(
        madoguchi({u"token"_s, u"new"_s, u"--config"_s, office, u"--data"_s, data, u"--role"_s, u"kiosk"_s, u"--name"_s, u"k1"_s}).exitCode
        == 0);
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeOther;
    CHECK((QFileInfo(data).permissions() & others).toInt() == 0);
    CHECK(QFileInfo(data).permissions().testFlags(owner | QFileDevice::ExeOwner));

    // Plain HTTP beyond loopback is refused unless the network is said to be closed.
    const Run open = madoguchi({u"server"_s, u"--config"_s, office, u"--data"_s, data, u"--listen"_s, u"0.0.0.0:0"_s});
    CHECK(open.exitCode == 1);
    CHECK(open.err.contains(u"refusing to listen on 0.0.0.0:0 without TLS"_s));
    CHECK(open.err.contains(u"closed_network = true"_s));

    // A data folder others may enter is refused, with the command that mends it.
    chmod(data, owner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther);
    const Run exposed = madoguchi({u"server"_s, u"--config"_s, office, u"--data"_s, data, u"--listen"_s, u"127.0.0.1:0"_s});
    CHECK(exposed.exitCode == 1);
    CHECK(exposed.err.contains(u"(mode 0705)"_s));
    CHECK(exposed.err.contains(u"chmod 700 "_s + data));
    chmod(data, owner | QFileDevice::ExeOwner);

    // A front end reads its token from a file only its user may read.
    const QString tokenPath = work.filePath(u"kiosk.token"_s);
    QFile token(tokenPath);
    REQUIRE(token.open(QIODevice::WriteOnly));
    token.write("not-a-real-token\n");
    token.close();
    chmod(tokenPath, owner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    const Run readable = madoguchi({u"kiosk"_s, u"--server"_s, u"http://127.0.0.1:1"_s, u"--token-file"_s, tokenPath});
    CHECK(readable.exitCode == 1);
    CHECK(readable.err.contains(u"chmod 600 "_s + tokenPath));
    CHECK(madoguchi({u"kiosk"_s, u"--server"_s, u"http://127.0.0.1:1"_s, u"--token"_s, u"abc"_s}).exitCode == 2);
}
