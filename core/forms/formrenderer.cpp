// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formrenderer.h"

#include "pdftounicode.h"

#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRawFont>

#include <array>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

/// The resolution PDF pages are laid out at: fine enough for 0.1 mm placement.
constexpr int kPdfDpi = 1200;

constexpr double kMmPerInch = 25.4;

const QStringList &families(FormFace face)
{
    static const QStringList mincho{u"IPAmjMincho"_s, u"Noto Serif CJK JP"_s, u"Noto Sans CJK JP"_s};
    static const QStringList gothic{u"IPAexGothic"_s, u"Noto Sans CJK JP"_s, u"IPAmjMincho"_s};
    return face == FormFace::Gothic ? gothic : mincho;
}

/// Millimetres on a page of dpi, as device pixels.
class PageScale
{
public:
    explicit PageScale(double dpi)
        : m_factor(dpi / kMmPerInch)
    {
    }
    [[nodiscard]] double px(double mm) const { return mm * m_factor; }
    [[nodiscard]] QPointF px(QPointF mm) const { return mm * m_factor; }
    [[nodiscard]] QRectF px(const QRectF &mm) const { return QRectF(px(mm.topLeft()), px(mm.bottomRight())); }

private:
    double m_factor;
};

/// A page being drawn: its painter, its scale, and (for PDF pages) the log of the texts drawn, in
/// order, that mendPdfText needs.
struct Canvas {
    QPainter &painter;
    PageScale scale;
    QList<DrawnText> *texts = nullptr;

    void text(const QRectF &boxMm, int flags, const QString &text)
    {
        if (texts)
            texts->append(DrawnText{painter.font(), text});
        painter.drawText(scale.px(boxMm), flags, text);
    }
};

Qt::Alignment alignment(FormAlign align)
{
    switch (align) {
    case FormAlign::Center: return Qt::AlignHCenter | Qt::AlignVCenter;
    case FormAlign::Right: return Qt::AlignRight | Qt::AlignVCenter;
    case FormAlign::Left: break;
    }
    return Qt::AlignLeft | Qt::AlignVCenter;
}

QPen pen(const PageScale &scale, double widthMm)
{
    QPen pen(Qt::black, scale.px(widthMm));
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::MiterJoin);
    return pen;
}

/// True when the text fits the box at this size (on one line, or wrapped within its height).
bool fits(QPainter &painter, const QRectF &box, const QString &text, bool wrap)
{
    const QFontMetricsF metrics(painter.font(), painter.device());
    if (!wrap)
        return metrics.horizontalAdvance(text) <= box.width() && metrics.height() <= box.height() * 1.05;
    const QRectF needed = metrics.boundingRect(box, int(Qt::TextWordWrap | Qt::TextWrapAnywhere), text);
    return needed.height() <= box.height() * 1.05;
}

/// Draws a value in its box, shrinking it down to its smallest size; false when even that is too large.
bool drawValue(Canvas &canvas, const FilledText &text, FormFace face)
{
    QPainter &painter = canvas.painter;
    const QRectF box = canvas.scale.px(text.box);
    double pt = text.pt;
    painter.setFont(FormRenderer::font(face, pt));
    while (pt > text.minPt && !fits(painter, box, text.text, text.wrap)) {
        pt = std::max(text.minPt, pt - 0.5);
        painter.setFont(FormRenderer::font(face, pt));
    }
    const bool fit = fits(painter, box, text.text, text.wrap);
    const int flags = int(alignment(text.align)) | (text.wrap ? int(Qt::TextWordWrap | Qt::TextWrapAnywhere) : 0);
    canvas.text(text.box, flags, text.text);
    return fit;
}

void drawTick(QPainter &painter, const PageScale &scale, const QRectF &boxMm)
{
    const QRectF box = scale.px(boxMm);
    QPainterPath tick;
    tick.moveTo(box.left() + box.width() * 0.18, box.top() + box.height() * 0.52);
    tick.lineTo(box.left() + box.width() * 0.42, box.top() + box.height() * 0.78);
    tick.lineTo(box.left() + box.width() * 0.85, box.top() + box.height() * 0.2);
    painter.setPen(pen(scale, 0.4));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(tick);
}

void drawCircle(QPainter &painter, const PageScale &scale, const QRectF &boxMm)
{
    painter.setPen(pen(scale, 0.3));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(scale.px(boxMm.adjusted(-0.4, -0.4, 0.4, 0.4)));
}

/// The form as printed on plain paper: its text, rules, boxes, the options of its choices and the
/// boxes left for the visitor.
void drawFixed(Canvas &canvas, const FormDefinition &form)
{
    QPainter &painter = canvas.painter;
    const PageScale &scale = canvas.scale;
    const auto label = [&](const QRectF &boxMm, double pt, int flags, const QString &text, FormFace face = FormFace::Mincho,
                           bool bold = false) {
        painter.setPen(Qt::black);
        painter.setFont(FormRenderer::font(face, pt, bold));
        canvas.text(boxMm, flags, text);
    };
    for (const FormLine &line : form.lines) {
        painter.setPen(pen(scale, line.width));
        painter.drawLine(scale.px(line.from), scale.px(line.to));
    }
    for (const FormBox &box : form.boxes) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(box.width > 0 ? pen(scale, box.width) : QPen(Qt::NoPen));
        painter.drawRect(scale.px(box.rect));
        if (!box.label.isEmpty())
            label(box.rect.adjusted(0.8, 0.5, -0.8, -0.5), box.labelPt, int(Qt::AlignLeft | Qt::AlignTop), box.label);
    }
    for (const FormText &text : form.texts)
        label(text.box, text.pt, int(alignment(text.align)) | int(Qt::TextWordWrap), text.text, text.face, text.bold);
    for (const FormCircle &circle : form.circles) {
        for (const FormOption &option : circle.options)
            label(option.box, circle.pt, int(Qt::AlignCenter), option.text);
    }
    for (const FormCheck &check : form.checks) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(pen(scale, 0.25));
        painter.drawRect(scale.px(check.box));
        if (!check.text.isEmpty())
            label(QRectF(check.box.right() + 1, check.box.top() - 1, 40, check.box.height() + 2), check.pt,
                  int(Qt::AlignLeft | Qt::AlignVCenter), check.text);
    }
    for (const FormBlank &blank : form.blanks) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(pen(scale, 0.3));
        painter.drawRect(scale.px(blank.rect));
        painter.setPen(pen(scale, 0.15));
        for (int cell = 1; cell < blank.cells; ++cell) {
            const double x = blank.rect.left() + blank.rect.width() * cell / blank.cells;
            painter.drawLine(scale.px(QPointF(x, blank.rect.top())), scale.px(QPointF(x, blank.rect.bottom())));
        }
        if (!blank.label.isEmpty())
            label(blank.rect.adjusted(0.8, 0.4, -0.8, -0.4), 6.5, int(Qt::AlignLeft | Qt::AlignTop), blank.label);
    }
}

/// Draws one form on the canvas (the page at its resolution).
FormRenderNotes paintForm(Canvas &canvas, const FormDefinition &form, const FormFill &fill, const FormRenderOptions &options)
{
    QPainter &painter = canvas.painter;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (options.background && !options.overlay && !form.background.isEmpty()) {
        const QImage scanned(form.background);
        if (!scanned.isNull())
            painter.drawImage(canvas.scale.px(QRectF(QPointF(0, 0), form.paper)), scanned);
    }
    if (!options.overlay)
        drawFixed(canvas, form);

    FormRenderNotes notes;
    painter.translate(canvas.scale.px(options.offsetMm));
    painter.setPen(Qt::black);
    for (const FilledText &text : fill.texts) {
        if (!drawValue(canvas, text, FormFace::Mincho))
            notes.overflowing.append(text.path);
        for (const char32_t c : FormRenderer::undrawable(text.text))
            notes.undrawable.append(UndrawableCharacter{text.path, c});
    }
    for (const QRectF &box : fill.circled)
        drawCircle(painter, canvas.scale, box);
    for (const QRectF &box : fill.ticked)
        drawTick(painter, canvas.scale, box);
    painter.restore();
    return notes;
}

/// Draws the forms one a page; the log, when given, receives every text drawn.
std::optional<FormRenderNotes> paintDocument(QPagedPaintDevice &device, const QList<FormDefinition> &forms, const QList<FormFill> &fills,
                                             const FormRenderOptions &options, QList<DrawnText> *texts)
{
    FormRenderNotes notes;
    if (forms.isEmpty())
        return notes;
    device.setPageSize(QPageSize(forms.constFirst().paper, QPageSize::Millimeter));
    device.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&device))
        return std::nullopt;
    Canvas canvas{painter, PageScale(device.logicalDpiX()), texts};
    FormRenderOptions onPaper = options;
    onPaper.background = false; // a scanned form is for previews, never printed
    for (qsizetype i = 0; i < forms.size() && i < fills.size(); ++i) {
        if (i > 0) {
            device.setPageSize(QPageSize(forms.at(i).paper, QPageSize::Millimeter));
            device.newPage();
        }
        const FormRenderNotes page = paintForm(canvas, forms.at(i), fills.at(i), onPaper);
        notes.undrawable += page.undrawable;
        notes.overflowing += page.overflowing;
    }
    return notes;
}

bool isVariationSelector(char32_t c)
{
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
}

} // namespace

QFont FormRenderer::font(FormFace face, double pt, bool bold)
{
    QFont font;
    font.setFamilies(families(face));
    font.setPointSizeF(pt);
    font.setBold(bold);
    font.setKerning(false);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QList<char32_t> FormRenderer::undrawable(const QString &text)
{
    static const std::array<QRawFont, 3> fonts = [] {
        std::array<QRawFont, 3> raw;
        const QStringList names{u"IPAmjMincho"_s, u"Noto Serif CJK JP"_s, u"IPAexGothic"_s};
        for (std::size_t i = 0; i < raw.size(); ++i) {
            QFont font(names.at(qsizetype(i)));
            font.setPixelSize(16);
            raw[i] = QRawFont::fromFont(font);
        }
        return raw;
    }();
    QList<char32_t> missing;
    for (const char32_t c : text.toUcs4()) {
        // A variation selector chooses a glyph of the character before it (辻 + U+E0100): whether a
        // font has that variant cannot be told character by character.
        if (c < 0x20 || c == u' ' || c == 0x3000 || isVariationSelector(c))
            continue;
        const bool drawn = std::any_of(fonts.begin(), fonts.end(),
                                       [c](const QRawFont &font) { return font.isValid() && font.supportsCharacter(uint(c)); });
        if (!drawn && !missing.contains(c))
            missing.append(c);
    }
    return missing;
}

FormRenderNotes FormRenderer::paint(QPainter &painter, double dpi, const FormDefinition &form, const FormFill &fill,
                                    const FormRenderOptions &options)
{
    Canvas canvas{painter, PageScale(dpi)};
    return paintForm(canvas, form, fill, options);
}

std::optional<FormRenderNotes> FormRenderer::paintPages(QPagedPaintDevice &device, const QList<FormDefinition> &forms,
                                                        const QList<FormFill> &fills, const FormRenderOptions &options)
{
    return paintDocument(device, forms, fills, options, nullptr);
}

std::optional<FormRenderNotes> FormRenderer::writePdf(const QString &path, const QList<FormDefinition> &forms, const QList<FormFill> &fills,
                                                      const FormRenderOptions &options)
{
    QList<DrawnText> texts;
    std::optional<FormRenderNotes> notes;
    {
        QPdfWriter writer(path);
        writer.setResolution(kPdfDpi);
        writer.setCreator(u"Madoguchi"_s);
        writer.setTitle(forms.isEmpty() ? QString() : forms.constFirst().title.text(u"ja"_s));
        notes = paintDocument(writer, forms, fills, options, &texts);
    } // the writer finishes the file here
    if (notes && mendPdfText(path, texts) < 0)
        return std::nullopt;
    return notes;
}

QImage FormRenderer::preview(const FormDefinition &form, const FormFill &fill, double dpi, const FormRenderOptions &options,
                             FormRenderNotes *notes)
{
    const PageScale scale(dpi);
    QImage image(QSize(qRound(scale.px(form.paper.width())), qRound(scale.px(form.paper.height()))), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / kMmPerInch * 1000));
    image.setDotsPerMeterY(qRound(dpi / kMmPerInch * 1000));
    image.fill(Qt::white);
    QPainter painter(&image);
    const FormRenderNotes drawn = paint(painter, dpi, form, fill, options);
    if (notes)
        *notes = drawn;
    return image;
}

} // namespace Madoguchi
