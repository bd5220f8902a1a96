// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Printing forms through Qt's print support to a real CUPS scheduler: the job a printer gets is the
// forms' pages (the whole form, or only the values for pre-printed paper), and a printer the print
// system does not know is refused with its name.
#include "cupsdprocess.h"
#include "eventwait.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileSystemWatcher>
#include <QProcess>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run madoguchi(const CupsdProcess &cups, const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(cups.environment());
    process.start(QStringLiteral(MADOGUCHI_BINARY), arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

/// The next job the printers get, once complete.
QString nextJob(const CupsdProcess &cups, const QStringList &before)
{
    QFileSystemWatcher watcher({cups.jobsDir()});
    QStringList jobs;
    const bool arrived = waitFor(
        [&] {
            jobs = QDir(cups.jobsDir()).entryList({u"job-*.prn"_s}, QDir::Files);
            return jobs.size() > before.size();
        },
        30000);
    REQUIRE(arrived);
    for (const QString &job : std::as_const(jobs)) {
        if (!before.contains(job))
            return QDir(cups.jobsDir()).filePath(job);
    }
    return {};
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral(MADOGUCHI_PDFTOTEXT), {u"-layout"_s, path, u"-"_s});
    REQUIRE(process.waitForFinished(30000));
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text.removeIf([](QChar c) { return c.isSpace(); });
    return text;
}

} // namespace

TEST_CASE("Forms are printed through CUPS, in full or only their values for pre-printed paper", "[forms][print]")
{
    CupsdProcess cups;
    cups.addPrinter(u"counter-a4"_s);
    const QString profile = QStringLiteral(MADOGUCHI_RESOURCES "/forms/example-profile.json");
    const QStringList job{u"forms"_s,     u"print"_s, u"--form"_s,    u"residence-change"_s, u"--form"_s, u"kokuho-enrolment"_s,
                          u"--profile"_s, profile,    u"--printer"_s, u"counter-a4"_s};

    const Run full = madoguchi(cups, job);
    INFO(full.err.toStdString());
    REQUIRE(full.exitCode == 0);
    CHECK(full.out.contains(u"Sent 2 form(s) to counter-a4."_s));
    const QString fullJob = nextJob(cups, {});
    QFile fullFile(fullJob);
    REQUIRE(fullFile.open(QIODevice::ReadOnly));
    CHECK(fullFile.read(5) == "%PDF-");
    const QString fullText = pdfText(fullJob);
    CHECK(fullText.contains(u"埼玉県川口市元郷一丁目2番3号"_s));
    CHECK(fullText.contains(u"国民健康保険"_s)); // the second form's title: both pages went

    const Run overlay = madoguchi(cups, job + QStringList{u"--overlay"_s, u"--offset"_s, u"1,-0.5"_s});
    REQUIRE(overlay.exitCode == 0);
    const QString overlayText = pdfText(nextJob(cups, {QFileInfo(fullJob).fileName()}));
    CHECK(overlayText.contains(u"埼玉県川口市元郷一丁目2番3号"_s));
    CHECK_FALSE(overlayText.contains(u"国民健康保険"_s)); // nothing of the paper form itself
    CHECK_FALSE(overlayText.contains(u"新しい住所"_s));

    const Run unknown = madoguchi(
        cups, {u"forms"_s, u"print"_s, u"--form"_s, u"residence-change"_s, u"--profile"_s, profile, u"--printer"_s, u"no-such-printer"_s});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(u"There is no printer 'no-such-printer' (lpstat -p lists them)"_s));
}
