// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: the forms of one visit, from the profile to PDF files.
//  - An eight-form visit: every shipped form filled from the example profile and written as its
//    own PDF (fonts embedded as subsets, text mended), next to the cost of one empty QPdfWriter
//    page in the same run (the ratio is the forms' own cost over Qt's PDF writer).
//  - PDF bytes per form, and for the whole visit in one file.
//   bench_forms [--runs N]
#include "benchstats.h"

#include "common/languagecatalogs.h"
#include "config/formreader.h"
#include "forms/formfill.h"
#include "forms/formrenderer.h"
#include "profile/profilejson.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <cstdio>

using namespace Madoguchi;
using namespace Madoguchi::Bench;
using namespace Qt::StringLiterals;

namespace {

void emptyPage(const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(1200);
    QPainter painter(&writer);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Forms of a visit to PDF benchmark"_s);
    parser.addHelpOption();
    const QCommandLineOption runsOpt(u"runs"_s, u"Visits rendered."_s, u"n"_s, u"10"_s);
    parser.addOption(runsOpt);
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOpt).toInt());

    const FormsLoadResult shipped = FormReader::shipped();
    if (!shipped.diagnostics.isEmpty() || shipped.forms.isEmpty())
        qFatal("the shipped forms do not load");
    QFile file(QStringLiteral(MADOGUCHI_RESOURCES "/forms/example-profile.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no example profile");
    const auto profile =
        profileFromJson(QJsonDocument::fromJson(file.readAll()).object(), ValueSource::Clerk, QDateTime::currentDateTimeUtc());
    if (!profile)
        qFatal("the example profile does not load");
    const LanguageCatalogs catalogs({u"ja"_s});
    const TranslateFunction japanese = [&](const char *context, const char *source) {
        return catalogs.translate(u"ja"_s, context, source);
    };
    QTemporaryDir dir;

    // Warm: fonts found and loaded once, as in a console that has printed before.
    emptyPage(dir.filePath(u"warm.pdf"_s));
    (void)FormRenderer::writePdf(dir.filePath(u"warm-form.pdf"_s), {shipped.forms.constFirst()},
                                 {fillForm(shipped.forms.constFirst(), *profile, japanese)});

    Latencies empty;
    Latencies visit;
    for (int run = 0; run < runs; ++run) {
        auto start = Stopwatch::now();
        emptyPage(dir.filePath(u"empty.pdf"_s));
        empty.add(Stopwatch::now() - start);

        start = Stopwatch::now();
        for (const FormDefinition &form : shipped.forms) {
            if (!FormRenderer::writePdf(dir.filePath(form.id + u".pdf"_s), {form}, {fillForm(form, *profile, japanese)}))
                qFatal("a form could not be written");
        }
        visit.add(Stopwatch::now() - start);
    }
    const double emptyMs = empty.percentile(0.5) / 1000;
    const double visitMs = visit.percentile(0.5) / 1000;
    std::printf("A visit of %lld forms, profile to PDF files (%d runs, ms p50 / max): %.0f / %.0f; one empty QPdfWriter page %.1f / %.1f; "
                "ratio %.1f (%.1f a form)\n",
                qlonglong(shipped.forms.size()), runs, visitMs, visit.percentile(1.0) / 1000, emptyMs, empty.percentile(1.0) / 1000,
                visitMs / emptyMs, visitMs / emptyMs / double(shipped.forms.size()));

    qint64 largest = 0;
    qint64 total = 0;
    for (const FormDefinition &form : shipped.forms) {
        const qint64 bytes = QFileInfo(dir.filePath(form.id + u".pdf"_s)).size();
        std::printf("  %-22s %6.1f kB\n", qPrintable(form.id), double(bytes) / 1024);
        largest = std::max(largest, bytes);
        total += bytes;
    }
    QList<FormFill> fills;
    for (const FormDefinition &form : shipped.forms)
        fills.append(fillForm(form, *profile, japanese));
    (void)FormRenderer::writePdf(dir.filePath(u"visit.pdf"_s), shipped.forms, fills);
    std::printf("PDF bytes: largest form %.1f kB, mean %.1f kB, the visit in one file %.1f kB (fonts shared)\n", double(largest) / 1024,
                double(total) / 1024 / double(shipped.forms.size()), double(QFileInfo(dir.filePath(u"visit.pdf"_s)).size()) / 1024);
    return 0;
}
