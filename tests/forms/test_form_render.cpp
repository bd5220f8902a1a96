// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every shipped form filled from the example profile and written as PDF, then read back as a
// reader would: its text (pdftotext) holds the values, names with 𠮷, 髙 and 﨑 included; its fonts
// (pdffonts) are embedded subsets; its pixels (pdftoppm) match the golden within a tolerance. The
// overlay mode prints the values where the full form prints them, and moves them by the printer's
// offset; a character no font draws is flagged, not dropped; a long address shrinks into its box.
// (The text comes out right because mendPdfText mends what Qt 6.4 maps wrongly: 民 as ⺠, 𠮷 as nothing.)
// Goldens: tests/data/forms/<id>.png; MADOGUCHI_UPDATE_GOLDENS=1 writes them anew (then look at them).
#include "config/formreader.h"
#include "forms/formfill.h"
#include "forms/formrenderer.h"
#include "formtestsupport.h"
#include "profile/profilejson.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Madoguchi;
using namespace Madoguchi::Test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kGoldenDpi = 60;

QList<FormDefinition> shippedForms()
{
    const FormsLoadResult shipped = FormReader::shipped();
    REQUIRE(shipped.diagnostics.isEmpty());
    REQUIRE_FALSE(shipped.forms.isEmpty());
    return shipped.forms;
}

QByteArray run(const char *program, const QStringList &arguments)
{
    QProcess process;
    process.start(QString::fromLocal8Bit(program), arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

/// How much two pages differ: the share of pixels whose grey differs by more than a quarter.
double differingShare(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 1;
    const QImage ga = a.convertToFormat(QImage::Format_Grayscale8);
    const QImage gb = b.convertToFormat(QImage::Format_Grayscale8);
    qint64 differing = 0;
    for (int y = 0; y < ga.height(); ++y) {
        const uchar *la = ga.constScanLine(y);
        const uchar *lb = gb.constScanLine(y);
        for (int x = 0; x < ga.width(); ++x)
            differing += std::abs(int(la[x]) - int(lb[x])) > 64 ? 1 : 0;
    }
    return double(differing) / (double(ga.width()) * ga.height());
}

/// The dark pixels of a page.
QList<QPoint> ink(const QImage &page)
{
    const QImage grey = page.convertToFormat(QImage::Format_Grayscale8);
    QList<QPoint> points;
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            if (line[x] < 128)
                points.append(QPoint(x, y));
        }
    }
    return points;
}

/// The text without any space (pdftotext writes 　 as it likes, and breaks lines by layout).
QString compact(QString text)
{
    text.removeIf([](QChar c) { return c.isSpace(); });
    return text;
}

QRect bounds(const QList<QPoint> &points)
{
    QRect box;
    for (const QPoint &point : points)
        box = box.united(QRect(point, QSize(1, 1)));
    return box;
}

} // namespace

TEST_CASE("Every shipped form is a PDF with its values as text, its fonts embedded, and the golden's look", "[forms][pdf]")
{
    const Profile profile = exampleProfile();
    QTemporaryDir dir;
    for (const FormDefinition &form : shippedForms()) {
        INFO(form.id.toStdString());
        const FormFill fill = fillForm(form, profile, japanese());
        const QString pdf = dir.filePath(form.id + u".pdf"_s);
        const auto notes = FormRenderer::writePdf(pdf, {form}, {fill});
        REQUIRE(notes);
        CHECK(notes->undrawable.isEmpty());
        CHECK(notes->overflowing.isEmpty());
        CHECK(QFileInfo(pdf).size() < 300 * 1024);

        const QString text = QString::fromUtf8(run(MADOGUCHI_PDFTOTEXT, {u"-layout"_s, pdf, u"-"_s}));
        for (const FilledText &value : fill.texts) {
            INFO(value.path.toStdString() << " = " << value.text.toStdString());
            CHECK(compact(text).contains(compact(value.text)));
        }

        // Every font embedded ("emb") with its map back to characters ("uni"); a subset, as the size
        // says (each whole font is megabytes).
        const QStringList fonts = QString::fromUtf8(run(MADOGUCHI_PDFFONTS, {pdf})).split(u'\n', Qt::SkipEmptyParts).mid(2);
        REQUIRE_FALSE(fonts.isEmpty());
        static const QRegularExpression embeddedWithMap(u"\\byes\\s+(yes|no)\\s+yes\\b"_s);
        for (const QString &font : fonts) {
            INFO(font.toStdString());
            CHECK(embeddedWithMap.match(font).hasMatch());
        }

        (void)run(MADOGUCHI_PDFTOPPM,
                  {u"-r"_s, QString::number(kGoldenDpi), u"-gray"_s, u"-png"_s, u"-singlefile"_s, pdf, dir.filePath(form.id)});
        const QImage page(dir.filePath(form.id + u".png"_s));
        REQUIRE_FALSE(page.isNull());
        const QString golden = QStringLiteral(MADOGUCHI_TEST_DATA "/forms/") + form.id + u".png"_s;
        if (qEnvironmentVariableIsSet("MADOGUCHI_UPDATE_GOLDENS"))
            REQUIRE(page.save(golden));
        const QImage expected(golden);
        REQUIRE_FALSE(expected.isNull());
        CHECK(differingShare(page, expected) < 0.005);
        QDir().mkpath(QStringLiteral(MADOGUCHI_SCREENSHOTS "/forms"));
        page.save(QStringLiteral(MADOGUCHI_SCREENSHOTS "/forms/") + form.id + u".png"_s);
    }
}

TEST_CASE("The names of the example household come out of the PDF character for character", "[forms][pdf]")
{
    const QList<FormDefinition> forms = shippedForms();
    const auto form = std::find_if(forms.begin(), forms.end(), [](const FormDefinition &f) { return f.id == u"residence-change"_s; });
    REQUIRE(form != forms.end());
    Profile profile = exampleProfile();
    const QString longAddress = u"北海道札幌市中央区北一条西二丁目三番地四号　札幌市役所前ビルディング東館十五階千五百十二号室"_s;
    REQUIRE(profile.set({u"address"_s, 0}, longAddress, ValueSource::Clerk, QDateTime::currentDateTimeUtc()));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"names.pdf"_s);
    const auto notes = FormRenderer::writePdf(pdf, {*form}, {fillForm(*form, profile, japanese())});
    REQUIRE(notes);
    CHECK(notes->overflowing.isEmpty()); // shrunk into its box
    const QString text = compact(QString::fromUtf8(run(MADOGUCHI_PDFTOTEXT, {u"-layout"_s, pdf, u"-"_s})));
    for (const QString &name : {u"𠮷田"_s, u"髙﨑"_s, u"令和8年11月28日"_s, compact(longAddress)})
        CHECK(text.contains(name));
}

TEST_CASE("The overlay prints only the values, where the full form prints them, moved by the printer's offset", "[forms][overlay]")
{
    const Profile profile = exampleProfile();
    constexpr double dpi = 100;
    for (const FormDefinition &form : shippedForms()) {
        INFO(form.id.toStdString());
        const FormFill fill = fillForm(form, profile, japanese());
        const QImage full = FormRenderer::preview(form, fill, dpi);
        const QImage overlay = FormRenderer::preview(form, fill, dpi, {true, {}, false});
        const QList<QPoint> overlayInk = ink(overlay);
        REQUIRE_FALSE(overlayInk.isEmpty());
        // Every value's pixel is a pixel of the full form; the form's own drawing is gone.
        const QImage fullGrey = full.convertToFormat(QImage::Format_Grayscale8);
        const auto inFull =
            std::count_if(overlayInk.begin(), overlayInk.end(), [&](const QPoint &p) { return fullGrey.pixelColor(p).value() < 128; });
        CHECK(double(inFull) / double(overlayInk.size()) > 0.99);
        CHECK(overlayInk.size() < ink(full).size() / 2);

        const QImage moved = FormRenderer::preview(form, fill, dpi, {true, {2.54, -1.27}, false});
        const QRect before = bounds(overlayInk);
        const QRect after = bounds(ink(moved));
        CHECK(std::abs(after.left() - before.left() - 10) <= 1);
        CHECK(std::abs(after.top() - before.top() + 5) <= 1);
    }
}

TEST_CASE("A character no font draws is flagged on its field, and printed as it is", "[forms][gaiji]")
{
    CHECK(FormRenderer::undrawable(u"𠮷田 髙﨑 辻\U000E0100"_s).isEmpty());
    CHECK(FormRenderer::undrawable(u"\uE000田"_s) == QList<char32_t>{0xE000});

    const QList<FormDefinition> forms = shippedForms();
    Profile profile = exampleProfile();
    REQUIRE(profile.set({u"givenName"_s, 1}, u"\uE000太"_s, ValueSource::Clerk, QDateTime::currentDateTimeUtc()));
    QTemporaryDir dir;
    QList<FormFill> fills;
    for (const FormDefinition &form : forms)
        fills.append(fillForm(form, profile, japanese()));
    const auto notes = FormRenderer::writePdf(dir.filePath(u"all.pdf"_s), forms, fills);
    REQUIRE(notes);
    REQUIRE_FALSE(notes->undrawable.isEmpty());
    for (const UndrawableCharacter &character : notes->undrawable) {
        CHECK(character.path == u"members[0].givenName"_s);
        CHECK(character.codePoint == 0xE000);
    }
    // The box the font draws for it stands in the PDF; the value itself goes on unchanged.
    const QJsonObject values = formValuesJson(forms, profile);
    CHECK(QJsonDocument(values).toJson().contains(u"\uE000太"_s.toUtf8()));

    CHECK_FALSE(FormRenderer::writePdf(dir.filePath(u"no/such/folder/x.pdf"_s), forms, fills));
}
