// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formreader.h"

#include "tomlreader.h"

#include "common/enumnames.h"
#include "profile/fieldcatalogue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

constexpr EnumName<FormAlign> kAligns[] = {{FormAlign::Left, u"left"}, {FormAlign::Center, u"center"}, {FormAlign::Right, u"right"}};
constexpr EnumName<FormFace> kFaces[] = {{FormFace::Mincho, u"mincho"}, {FormFace::Gothic, u"gothic"}};
constexpr EnumName<ValuePart> kParts[] = {
    {ValuePart::Whole, u"whole"}, {ValuePart::Era, u"era"},           {ValuePart::Year, u"year"},       {ValuePart::Month, u"month"},
    {ValuePart::Day, u"day"},     {ValuePart::PostalFirst, u"first"}, {ValuePart::PostalLast, u"last"},
};

struct Paper {
    QStringView name;
    QSizeF size;
};
const Paper kPapers[] = {
    {u"A4", {210, 297}}, {u"A4-landscape", {297, 210}}, {u"A3", {297, 420}}, {u"B4", {257, 364}}, {u"B5", {182, 257}},
};

/// The era letters of JIS X 0301 a circled era option names (a filled form circles by them).
const QStringList kEraLetters{u"M"_s, u"T"_s, u"S"_s, u"H"_s, u"R"_s};

constexpr double kMinPt = 4;
constexpr double kMaxPt = 48;

/// Where a value, a choice or a blank is printed: no two may meet.
struct Place {
    QRectF rect;
    QString what;
    int line = 0;
};

class Reader : public TomlReader
{
    Q_DECLARE_TR_FUNCTIONS(Madoguchi::Config)

public:
    Reader(const QString &fileName)
        : TomlReader(fileName)
    {
        setLanguages(ConfigLoader::supportedLanguages());
    }

    FormLoadResult read(const QByteArray &text)
    {
        FormLoadResult result;
        const auto parsed = parse(text);
        if (!parsed) {
            result.diagnostics = diagnostics();
            return result;
        }
        const toml::table &root = parsed->table();
        allowOnly(root,
                  {"id", "title", "services", "paper", "dates", "background", "read_individual_number", "text", "line", "box", "field",
                   "circle", "check", "blank", "rows"},
                  tr("the top level"));
        FormDefinition form;
        form.file = fileName();
        readHeader(root, form);
        readItems(root, form, 0, -1);
        if (const toml::node *rows = root.get("rows"))
            forEachTable(*rows, u"[[rows]]"_s, [&](const toml::table &table) { readRows(table, form); });
        checkPlaces(form);
        checkIndividualNumber(root, form);
        result.diagnostics = diagnostics();
        if (result.diagnostics.isEmpty())
            result.form = std::move(form);
        return result;
    }

private:
    void readHeader(const toml::table &root, FormDefinition &form)
    {
        form.id = string(root, "id", true).value_or(QString());
        static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9-]{0,63}$"_s);
        if (const toml::node *id = root.get("id"); id && id->is_string() && !idPattern.match(form.id).hasMatch())
            error(*id, tr("a form id must be lower-case letters, digits or '-' (at most 64)"));
        if (const toml::node *title = root.get("title"))
            form.title = localized(*title, u"title"_s, false);
        else
            error(root, tr("missing key 'title'"));
        if (const toml::node *services = root.get("services"))
            form.services = stringList(*services, u"services"_s);
        form.paper = readPaper(root);
        m_paper = form.paper;
        const QString dates = string(root, "dates", false).value_or(u"wareki"_s);
        if (dates != u"wareki"_s && dates != u"western"_s)
            error(*root.get("dates"), tr("'dates' must be \"wareki\" or \"western\""));
        form.dates = dates == u"western"_s ? FormDates::Western : FormDates::Wareki;
        form.readIndividualNumber = boolean(root, "read_individual_number").value_or(false);
        if (const auto background = string(root, "background", false)) {
            form.background = QFileInfo(fileName()).dir().filePath(*background);
            if (!QFileInfo::exists(form.background))
                error(*root.get("background"), tr("the background image %1 does not exist").arg(form.background));
        }
    }

    QSizeF readPaper(const toml::table &root)
    {
        const toml::node *node = root.get("paper");
        if (!node)
            return kPapers[0].size;
        if (node->is_string()) {
            const QString name = qs(node->as_string()->get());
            for (const Paper &paper : kPapers) {
                if (paper.name == name)
                    return paper.size;
            }
        } else if (const auto size = pair(*node, "paper");
                   size && size->x() >= 50 && size->y() >= 50 && size->x() <= 500 && size->y() <= 500) {
            return QSizeF(size->x(), size->y());
        }
        error(*node, tr("'paper' must be A4, A4-landscape, A3, B4, B5 or [width, height] in millimetres (50–500)"));
        return kPapers[0].size;
    }

    /// Two numbers [a, b].
    std::optional<QPointF> pair(const toml::node &node, const char *key)
    {
        const toml::array *array = node.as_array();
        if (!array || array->size() != 2 || !array->get(0)->is_number() || !array->get(1)->is_number()) {
            error(node, tr("'%1' must be two numbers in millimetres, e.g. [20, 35.5]").arg(QString::fromLatin1(key)));
            return std::nullopt;
        }
        const auto number = [](const toml::node &n) {
            return n.is_integer() ? double(n.as_integer()->get()) : n.as_floating_point()->get();
        };
        return QPointF(number(*array->get(0)), number(*array->get(1)));
    }

    std::optional<QPointF> requiredPair(const toml::table &table, const char *key)
    {
        const toml::node *node = table.get(key);
        if (!node) {
            error(table, tr("missing key '%1'").arg(QString::fromLatin1(key)));
            return std::nullopt;
        }
        return pair(*node, key);
    }

    /// at = [x, y] and size = [width, height], moved down by dy (a household row).
    QRectF rect(const toml::table &table, double dy)
    {
        const auto at = requiredPair(table, "at");
        const auto size = requiredPair(table, "size");
        if (!at || !size)
            return {};
        if (size->x() <= 0 || size->y() <= 0)
            error(*table.get("size"), tr("'size' must be a width and a height above 0"));
        const QRectF placed(at->x(), at->y() + dy, size->x(), size->y());
        onPaper(placed, table);
        return placed;
    }

    template<typename E, std::size_t N>
    E named(const toml::table &table, const char *key, const EnumName<E> (&names)[N], E fallback)
    {
        const auto text = string(table, key, false);
        if (!text)
            return fallback;
        if (const auto value = valueOf(names, *text))
            return *value;
        error(*table.get(key), tr("'%1' must be one of: %2").arg(QString::fromLatin1(key), namesOf(names).join(u", "_s)));
        return fallback;
    }

    double points(const toml::table &table, const char *key, double fallback)
    {
        return number(table, key, kMinPt, kMaxPt).value_or(fallback);
    }

    void forEachTable(const toml::node &node, const QString &what, const std::function<void(const toml::table &)> &read)
    {
        const toml::array *array = node.as_array();
        if (!array) {
            error(node, tr("%1 must be an array of tables").arg(what));
            return;
        }
        for (const toml::node &item : *array) {
            if (const toml::table *table = item.as_table())
                read(*table);
            else
                error(item, tr("%1 must be an array of tables").arg(what));
        }
    }

    /// The field a place names, checked for the person it is printed for.
    const FieldDefinition *field(const toml::table &table, int person)
    {
        const auto id = string(table, "field", true);
        if (!id)
            return nullptr;
        const FieldDefinition *field = findField(*id);
        if (!field) {
            error(*table.get("field"), tr("unknown field '%1' (madoguchi forms fields lists them)").arg(*id));
            return nullptr;
        }
        if (person > 0 && field->scope != FieldScope::Person) {
            error(*table.get("field"), tr("'%1' is one value for the visit: it cannot be printed for a household member").arg(*id));
            return nullptr;
        }
        return field;
    }

    int person(const toml::table &table, int rowPerson)
    {
        if (rowPerson >= 0) {
            if (table.get("person"))
                error(*table.get("person"), tr("a place in [[rows]] prints the row's person: it takes no 'person'"));
            return rowPerson;
        }
        return int(integer(table, "person", 0, 9).value_or(0));
    }

    /// The items of the form (rowPerson -1), or of one household row (the row's person, moved down by dy).
    void readItems(const toml::table &table, FormDefinition &form, double dy, int rowPerson)
    {
        if (const toml::node *texts = table.get("text"))
            forEachTable(*texts, u"[[text]]"_s, [&](const toml::table &t) { form.texts.append(readText(t, dy)); });
        if (const toml::node *lines = table.get("line"))
            forEachTable(*lines, u"[[line]]"_s, [&](const toml::table &t) { form.lines.append(readLine(t, dy)); });
        if (const toml::node *boxes = table.get("box"))
            forEachTable(*boxes, u"[[box]]"_s, [&](const toml::table &t) { form.boxes.append(readBox(t, dy)); });
        if (const toml::node *values = table.get("field"))
            forEachTable(*values, u"[[field]]"_s, [&](const toml::table &t) {
                if (auto value = readValue(t, dy, rowPerson))
                    form.values.append(*value);
            });
        if (const toml::node *circles = table.get("circle"))
            forEachTable(*circles, u"[[circle]]"_s, [&](const toml::table &t) {
                if (auto circle = readCircle(t, dy, rowPerson))
                    form.circles.append(*circle);
            });
        if (const toml::node *checks = table.get("check"))
            forEachTable(*checks, u"[[check]]"_s, [&](const toml::table &t) {
                if (auto check = readCheck(t, dy, rowPerson))
                    form.checks.append(*check);
            });
        if (const toml::node *blanks = table.get("blank"))
            forEachTable(*blanks, u"[[blank]]"_s, [&](const toml::table &t) { form.blanks.append(readBlank(t, dy, rowPerson)); });
    }

    FormText readText(const toml::table &table, double dy)
    {
        allowOnly(table, {"at", "size", "text", "pt", "align", "face", "bold"}, u"[[text]]"_s);
        return FormText{rect(table, dy),
                        string(table, "text", true).value_or(QString()),
                        points(table, "pt", 9),
                        named(table, "align", kAligns, FormAlign::Left),
                        named(table, "face", kFaces, FormFace::Mincho),
                        boolean(table, "bold").value_or(false)};
    }

    FormLine readLine(const toml::table &table, double dy)
    {
        allowOnly(table, {"from", "to", "width"}, u"[[line]]"_s);
        const QPointF from = requiredPair(table, "from").value_or(QPointF()) + QPointF(0, dy);
        const QPointF to = requiredPair(table, "to").value_or(QPointF()) + QPointF(0, dy);
        onPaper(QRectF(from, to).normalized().adjusted(0, 0, 0.001, 0.001), table);
        return FormLine{from, to, number(table, "width", 0.05, 3).value_or(0.3)};
    }

    FormBox readBox(const toml::table &table, double dy)
    {
        allowOnly(table, {"at", "size", "width", "label", "label_pt"}, u"[[box]]"_s);
        return FormBox{rect(table, dy), number(table, "width", 0, 3).value_or(0.3), string(table, "label", false).value_or(QString()),
                       points(table, "label_pt", 7)};
    }

    std::optional<FormValue> readValue(const toml::table &table, double dy, int rowPerson)
    {
        allowOnly(table, {"field", "person", "at", "size", "pt", "min_pt", "align", "wrap", "part"}, u"[[field]]"_s);
        FormValue value;
        value.person = person(table, rowPerson);
        const FieldDefinition *definition = field(table, value.person);
        value.box = rect(table, dy);
        value.pt = points(table, "pt", 11);
        value.minPt = points(table, "min_pt", value.pt);
        if (value.minPt > value.pt)
            error(*table.get("min_pt"), tr("'min_pt' must not be above 'pt'"));
        value.align = named(table, "align", kAligns, FormAlign::Left);
        value.wrap = boolean(table, "wrap").value_or(false);
        value.part = named(table, "part", kParts, ValuePart::Whole);
        value.line = int(table.source().begin.line);
        if (!definition)
            return std::nullopt;
        value.field = QString(definition->id);
        const bool date = definition->type == FieldType::Date;
        const bool postal = definition->type == FieldType::PostalCode;
        const bool datePart =
            value.part == ValuePart::Era || value.part == ValuePart::Year || value.part == ValuePart::Month || value.part == ValuePart::Day;
        const bool postalPart = value.part == ValuePart::PostalFirst || value.part == ValuePart::PostalLast;
        if ((datePart && !date) || (postalPart && !postal)) {
            error(*table.get("part"), tr("'%1' has no part '%2'").arg(value.field, nameOf(kParts, value.part)));
            return std::nullopt;
        }
        return value;
    }

    std::optional<FormCircle> readCircle(const toml::table &table, double dy, int rowPerson)
    {
        allowOnly(table, {"field", "person", "part", "pt", "options"}, u"[[circle]]"_s);
        FormCircle circle;
        circle.person = person(table, rowPerson);
        const FieldDefinition *definition = field(table, circle.person);
        circle.part = named(table, "part", kParts, ValuePart::Whole);
        circle.pt = points(table, "pt", 9);
        circle.line = int(table.source().begin.line);
        if (const toml::node *options = table.get("options")) {
            forEachTable(*options, u"options"_s, [&](const toml::table &option) {
                allowOnly(option, {"value", "at", "size", "text"}, u"options"_s);
                circle.options.append(FormOption{string(option, "value", true).value_or(QString()), rect(option, dy),
                                                 string(option, "text", true).value_or(QString())});
            });
        } else {
            error(table, tr("missing key 'options'"));
        }
        if (!definition)
            return std::nullopt;
        circle.field = QString(definition->id);
        const bool era = circle.part == ValuePart::Era && definition->type == FieldType::Date;
        if (!era && (circle.part != ValuePart::Whole || definition->type != FieldType::Choice)) {
            error(table, tr("a circled choice is of a choice field, or of a date's era (part = \"era\")"));
            return std::nullopt;
        }
        for (const FormOption &option : std::as_const(circle.options)) {
            const bool known = era ? kEraLetters.contains(option.value) : !choiceLabel(*definition, option.value).isEmpty();
            if (!known)
                error(table, tr("'%1' is not a value of '%2'").arg(option.value, circle.field));
        }
        return circle;
    }

    std::optional<FormCheck> readCheck(const toml::table &table, double dy, int rowPerson)
    {
        allowOnly(table, {"field", "person", "equals", "at", "size", "text", "pt"}, u"[[check]]"_s);
        FormCheck check;
        check.person = person(table, rowPerson);
        const FieldDefinition *definition = field(table, check.person);
        check.equals = string(table, "equals", true).value_or(QString());
        check.box = rect(table, dy);
        check.text = string(table, "text", false).value_or(QString());
        check.pt = points(table, "pt", 9);
        check.line = int(table.source().begin.line);
        if (!definition)
            return std::nullopt;
        check.field = QString(definition->id);
        if (definition->type != FieldType::Choice || choiceLabel(*definition, check.equals).isEmpty()) {
            error(table, tr("'%1' is not a value of '%2'").arg(check.equals, check.field));
            return std::nullopt;
        }
        return check;
    }

    FormBlank readBlank(const toml::table &table, double dy, int rowPerson)
    {
        allowOnly(table, {"at", "size", "label", "cells", "holds", "person"}, u"[[blank]]"_s);
        FormBlank blank{rect(table, dy), string(table, "label", false).value_or(QString()), int(integer(table, "cells", 0, 20).value_or(0)),
                        int(table.source().begin.line)};
        if (const auto holds = string(table, "holds", false)) {
            if (*holds != u"individual-number"_s)
                error(*table.get("holds"), tr("a [[blank]] holds only \"individual-number\""));
            else if (blank.cells != 12)
                error(table, tr("the individual number's [[blank]] has 12 cells"));
            blank.individualNumber = true;
            blank.person = person(table, rowPerson);
        } else if (table.get("person")) {
            error(*table.get("person"), tr("only the individual number's [[blank]] names a person"));
        }
        return blank;
    }

    void readRows(const toml::table &table, FormDefinition &form)
    {
        allowOnly(table, {"first", "count", "pitch", "text", "line", "box", "field", "circle", "check", "blank"}, u"[[rows]]"_s);
        const int first = int(integer(table, "first", 0, 9).value_or(0));
        const int count = int(integer(table, "count", 1, 10).value_or(1));
        const double pitch = number(table, "pitch", 1, 200).value_or(10);
        if (first + count - 1 > 9)
            error(table, tr("[[rows]] goes past the tenth person of a household"));
        for (int row = 0; row < count; ++row)
            readItems(table, form, row * pitch, first + row);
    }

    /// No two places of values meet.
    void checkPlaces(const FormDefinition &form)
    {
        QList<Place> places;
        for (const FormValue &value : form.values)
            places.append({value.box, u"'%1' of person %2"_s.arg(value.field).arg(value.person), value.line});
        for (const FormCircle &circle : form.circles) {
            for (const FormOption &option : circle.options)
                places.append(
                    {option.box, u"'%1' option %2 of person %3"_s.arg(circle.field, option.value).arg(circle.person), circle.line});
        }
        for (const FormCheck &check : form.checks)
            places.append({check.box, u"'%1' = %2 of person %3"_s.arg(check.field, check.equals).arg(check.person), check.line});
        for (const FormBlank &blank : form.blanks)
            places.append({blank.rect, u"the blank '%1'"_s.arg(blank.label), blank.line});
        for (qsizetype i = 0; i < places.size(); ++i) {
            for (qsizetype j = 0; j < i; ++j) {
                const QRectF meet = places.at(i).rect.intersected(places.at(j).rect);
                if (meet.width() > 0.01 && meet.height() > 0.01)
                    error(places.at(i).line,
                          tr("%1 overlaps %2 (line %3)").arg(places.at(i).what, places.at(j).what).arg(places.at(j).line));
            }
        }
    }

    /// A form that reads the individual number has a box for the visitor's.
    void checkIndividualNumber(const toml::table &root, const FormDefinition &form)
    {
        if (!form.readIndividualNumber)
            return;
        const bool box = std::any_of(form.blanks.begin(), form.blanks.end(),
                                     [](const FormBlank &blank) { return blank.individualNumber && blank.person == 0; });
        if (!box)
            error(*root.get("read_individual_number"),
                  tr("a form that reads the individual number needs a [[blank]] with holds = \"individual-number\" for person 0"));
    }

    /// Reports what is drawn outside the paper, at the table that draws it.
    void onPaper(const QRectF &rect, const toml::table &table)
    {
        const QRectF page(QPointF(0, 0), m_paper);
        if (!rect.isNull() && !page.contains(rect))
            error(table, tr("this is drawn outside the paper (%1 × %2 mm)").arg(m_paper.width()).arg(m_paper.height()));
    }

    QSizeF m_paper;
};

} // namespace

FormLoadResult FormReader::readText(const QByteArray &text, const QString &fileName)
{
    return Reader(fileName).read(text);
}

FormLoadResult FormReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        FormLoadResult result;
        result.diagnostics.append({path, 0, 0, ConfigTr::tr("cannot read the file: %1").arg(file.errorString())});
        return result;
    }
    return readText(file.readAll(), path);
}

FormsLoadResult FormReader::readFolder(const QString &folder)
{
    FormsLoadResult result;
    std::map<QString, QString> files;
    const QFileInfoList entries = QDir(folder).entryInfoList({u"*.toml"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &entry : entries) {
        FormLoadResult read = readFile(entry.filePath());
        result.diagnostics += read.diagnostics;
        if (!read.form)
            continue;
        if (const auto it = files.find(read.form->id); it != files.end()) {
            result.diagnostics.append(
                {entry.filePath(), 1, 0, ConfigTr::tr("the form id '%1' is taken by %2").arg(read.form->id, it->second)});
            continue;
        }
        files.emplace(read.form->id, entry.filePath());
        result.forms.append(std::move(*read.form));
    }
    std::sort(result.forms.begin(), result.forms.end(), [](const FormDefinition &a, const FormDefinition &b) { return a.id < b.id; });
    return result;
}

FormsLoadResult FormReader::shipped()
{
    return readFolder(u":/madoguchi/forms"_s);
}

} // namespace Madoguchi
