// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftounicode.h"

#include <QFile>
#include <QGlyphRun>
#include <QHash>
#include <QMap>
#include <QRawFont>
#include <QRegularExpression>
#include <QTextLayout>

#include <optional>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

/// The glyphs of one font face in the order they were first drawn, each with the text it stands for.
struct FaceGlyphs {
    QRawFont font;
    QList<quint32> glyphs{0}; ///< Qt's subset starts with the empty glyph
    QList<QString> texts{QString()};
};

/// The faces drawn, by family, with their glyphs in first-drawn order (as Qt's subsets number them).
QMap<QString, FaceGlyphs> glyphsByFace(const QList<DrawnText> &drawn)
{
    QMap<QString, FaceGlyphs> faces;
    for (const DrawnText &item : drawn) {
        QTextLayout layout(item.text, item.font);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        if (line.isValid())
            line.setLineWidth(1e9);
        layout.endLayout();
        for (qsizetype i = 0; i < item.text.size();) {
            const qsizetype length = item.text.at(i).isHighSurrogate() && i + 1 < item.text.size() ? 2 : 1;
            const QString character = item.text.mid(i, length);
            for (const QGlyphRun &run : layout.glyphRuns(int(i), int(length))) {
                FaceGlyphs &face = faces[run.rawFont().familyName()];
                if (!face.font.isValid())
                    face.font = run.rawFont();
                for (const quint32 glyph : run.glyphIndexes()) {
                    if (!face.glyphs.contains(glyph)) {
                        face.glyphs.append(glyph);
                        face.texts.append(character);
                    }
                }
            }
            i += length;
        }
    }
    return faces;
}

QString fromUtf16Hex(QStringView hex)
{
    QString text;
    for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
        text.append(QChar(char16_t(hex.mid(i, 4).toUInt(nullptr, 16))));
    return text;
}

QByteArray toUtf16Hex(const QString &text)
{
    QByteArray hex;
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex;
}

/// The characters of Qt's ToUnicode map, by glyph of the subset (empty where Qt found none).
QList<QString> readToUnicode(const QByteArray &cmap)
{
    QMap<int, QString> mapped;
    const QString text = QString::fromLatin1(cmap);
    static const QRegularExpression ranges(u"beginbfrange(.*?)endbfrange"_s, QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression range(u"<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*(\\[[^\\]]*\\]|<[0-9A-Fa-f]*>)"_s);
    static const QRegularExpression hexString(u"<([0-9A-Fa-f]*)>"_s);
    for (const QRegularExpressionMatch &block : ranges.globalMatch(text)) {
        for (const QRegularExpressionMatch &entry : range.globalMatch(block.captured(1))) {
            const int first = entry.captured(1).toInt(nullptr, 16);
            const int last = entry.captured(2).toInt(nullptr, 16);
            const QString target = entry.captured(3);
            if (target.startsWith(u'[')) {
                int glyph = first;
                for (const QRegularExpressionMatch &value : hexString.globalMatch(target))
                    mapped[glyph++] = fromUtf16Hex(value.captured(1));
            } else {
                const QString start = fromUtf16Hex(hexString.match(target).captured(1));
                for (int glyph = first; glyph <= last && !start.isEmpty(); ++glyph)
                    mapped[glyph] = QString(QChar(char16_t(start.at(0).unicode() + (glyph - first))));
            }
        }
    }
    QList<QString> result;
    const int count = mapped.isEmpty() ? 0 : mapped.lastKey() + 1;
    for (int glyph = 0; glyph < count; ++glyph) {
        const QString value = mapped.value(glyph);
        result.append(value == QString(QChar(u'\0')) ? QString() : value);
    }
    return result;
}

/// True when the glyphs drawn are the glyphs of the subset: as many, and each glyph Qt did map to a
/// character is the glyph that character has in the face.
bool accountsFor(const FaceGlyphs &face, const QList<QString> &qtMap)
{
    if (face.glyphs.size() != qtMap.size())
        return false;
    for (qsizetype k = 1; k < qtMap.size(); ++k) {
        if (qtMap.at(k).isEmpty())
            continue;
        const QList<quint32> glyph = face.font.glyphIndexesForString(qtMap.at(k));
        if (glyph.size() != 1 || glyph.constFirst() != face.glyphs.at(k))
            return false;
    }
    return true;
}

QByteArray toUnicodeMap(const QList<QString> &texts)
{
    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    QList<QByteArray> entries;
    for (qsizetype glyph = 1; glyph < texts.size(); ++glyph) {
        if (!texts.at(glyph).isEmpty())
            entries.append('<' + QByteArray::number(qlonglong(glyph), 16).rightJustified(4, '0').toUpper() + "> <"
                           + toUtf16Hex(texts.at(glyph)) + '>');
    }
    for (qsizetype i = 0; i < entries.size(); i += 100) {
        const QList<QByteArray> block = entries.mid(i, 100);
        cmap += QByteArray::number(block.size()) + " beginbfchar\n" + block.join('\n') + "\nendbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return cmap;
}

/// The objects of a PDF by number, from its (last) cross-reference table.
struct PdfFile {
    QByteArray bytes;
    QMap<int, qsizetype> offsets;
    qsizetype xref = -1;
    QByteArray root;
    QByteArray info;
    int size = 0;

    [[nodiscard]] QByteArray object(int number) const
    {
        const qsizetype start = offsets.value(number, -1);
        const qsizetype end = start < 0 ? -1 : bytes.indexOf("endobj", start);
        return end < 0 ? QByteArray() : bytes.mid(start, end - start);
    }
};

std::optional<PdfFile> readPdf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    PdfFile pdf;
    pdf.bytes = file.readAll();
    static const QRegularExpression startxref(u"startxref\\s+(\\d+)\\s*%%EOF\\s*$"_s);
    const QRegularExpressionMatch at = startxref.match(QString::fromLatin1(pdf.bytes.right(64)));
    if (!at.hasMatch())
        return std::nullopt;
    pdf.xref = at.captured(1).toLongLong();
    const qsizetype trailer = pdf.bytes.indexOf("trailer", pdf.xref);
    if (!pdf.bytes.mid(pdf.xref).startsWith("xref") || trailer < 0)
        return std::nullopt;
    const QString table = QString::fromLatin1(pdf.bytes.mid(pdf.xref, trailer - pdf.xref));
    static const QRegularExpression section(u"(\\d+) (\\d+)\\s*\\n((?:\\d{10} \\d{5} [nf] ?\\r?\\n)+)"_s);
    for (const QRegularExpressionMatch &part : section.globalMatch(table)) {
        int number = part.captured(1).toInt();
        for (const QString &line : part.captured(3).split(u'\n', Qt::SkipEmptyParts)) {
            if (line.contains(u" n"_s))
                pdf.offsets.insert(number, line.left(10).toLongLong());
            ++number;
        }
    }
    const QString tail = QString::fromLatin1(pdf.bytes.mid(trailer));
    static const QRegularExpression root(u"/Root (\\d+ \\d+ R)"_s);
    static const QRegularExpression info(u"/Info (\\d+ \\d+ R)"_s);
    static const QRegularExpression size(u"/Size (\\d+)"_s);
    pdf.root = root.match(tail).captured(1).toLatin1();
    pdf.info = info.match(tail).captured(1).toLatin1();
    pdf.size = size.match(tail).captured(1).toInt();
    if (pdf.root.isEmpty() || pdf.size == 0)
        return std::nullopt;
    return pdf;
}

/// The contents of a stream object written with a direct /Length.
std::optional<QByteArray> streamOf(const PdfFile &pdf, int number)
{
    const QByteArray object = pdf.object(number);
    static const QRegularExpression length(u"/Length (\\d+)\\s*>>"_s);
    const QRegularExpressionMatch match = length.match(QString::fromLatin1(object.left(200)));
    const qsizetype start = object.indexOf("stream\n");
    if (!match.hasMatch() || start < 0 || object.contains("/Filter"))
        return std::nullopt;
    return object.mid(start + 7, match.captured(1).toLongLong());
}

} // namespace

int mendPdfText(const QString &path, const QList<DrawnText> &drawn)
{
    const auto pdf = readPdf(path);
    if (!pdf)
        return -1;
    const QMap<QString, FaceGlyphs> faces = glyphsByFace(drawn);
    static const QRegularExpression type0(u"/Subtype /Type0.*/ToUnicode (\\d+) 0 R"_s, QRegularExpression::DotMatchesEverythingOption);
    QMap<int, QByteArray> mended;
    for (auto it = pdf->offsets.begin(); it != pdf->offsets.end(); ++it) {
        const QRegularExpressionMatch font = type0.match(QString::fromLatin1(pdf->object(it.key()).left(600)));
        if (!font.hasMatch())
            continue;
        const int toUnicode = font.captured(1).toInt();
        const auto cmap = streamOf(*pdf, toUnicode);
        if (!cmap)
            continue;
        const QList<QString> qtMap = readToUnicode(*cmap);
        for (const FaceGlyphs &face : faces) {
            if (accountsFor(face, qtMap)) {
                mended.insert(toUnicode, toUnicodeMap(face.texts));
                break;
            }
        }
    }
    if (mended.isEmpty())
        return 0;

    // The incremental update: the new maps as the same objects, a cross-reference section for
    // them, and a trailer pointing back at the original one.
    QByteArray update;
    QMap<int, qsizetype> offsets;
    for (auto it = mended.begin(); it != mended.end(); ++it) {
        offsets.insert(it.key(), pdf->bytes.size() + update.size());
        update += QByteArray::number(it.key()) + " 0 obj\n<< /Length " + QByteArray::number(it.value().size()) + " >>\nstream\n"
            + it.value() + "\nendstream\nendobj\n";
    }
    const qsizetype xref = pdf->bytes.size() + update.size();
    update += "xref\n0 1\n0000000000 65535 f \n";
    for (auto it = offsets.begin(); it != offsets.end(); ++it)
        update += QByteArray::number(it.key()) + " 1\n" + QByteArray::number(qlonglong(it.value())).rightJustified(10, '0') + " 00000 n \n";
    update += "trailer\n<< /Size " + QByteArray::number(pdf->size) + " /Root " + pdf->root
        + (pdf->info.isEmpty() ? QByteArray() : " /Info " + pdf->info) + " /Prev " + QByteArray::number(qlonglong(pdf->xref))
        + " >>\nstartxref\n" + QByteArray::number(qlonglong(xref)) + "\n%%EOF\n";
    QFile file(path);
    if (!file.open(QIODevice::Append) || file.write(update) != update.size())
        return -1;
    return int(mended.size());
}

} // namespace Madoguchi
