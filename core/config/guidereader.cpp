// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidereader.h"

#include "tomlreader.h"

#include "common/translation.h"
#include "guide/guidecheck.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Madoguchi {

namespace {

constexpr int kMaxMinutes = 240;
constexpr int kMaxFee = 100000;

int lineOf(const toml::node &node)
{
    return int(node.source().begin.line);
}

/// Reads one file of the catalogue into the catalogue being built.
class Reader : public TomlReader
{
    Q_DECLARE_TR_FUNCTIONS(Madoguchi::Config)

public:
    Reader(const QString &fileName, GuideCatalogue &catalogue)
        : TomlReader(fileName)
        , m_catalogue(catalogue)
    {
        setLanguages(ConfigLoader::supportedLanguages());
    }

    void read(const QByteArray &text)
    {
        auto parsed = parse(text);
        if (!parsed)
            return;
        const toml::table &root = parsed->table();
        allowOnly(root, {"question", "event", "procedure"}, tr("a guide file"));
        eachTable(root, "question", [this](const toml::table &table) { readQuestion(table); });
        eachTable(root, "event", [this](const toml::table &table) { readEvent(table); });
        eachTable(root, "procedure", [this](const toml::table &table) { readProcedure(table); });
    }

private:
    template<typename Read>
    void eachTable(const toml::table &root, const char *key, Read read)
    {
        const toml::node *node = root.get(key);
        if (!node)
            return;
        const toml::array *array = node->as_array();
        if (!array || !array->is_array_of_tables()) {
            error(*node, tr("'%1' must be written [[%1]]").arg(QString::fromLatin1(key)));
            return;
        }
        for (const toml::node &item : *array)
            read(*item.as_table());
    }

    /// An id of lower-case letters, digits and hyphens; reported when missing or malformed.
    QString id(const toml::table &table, const QString &what)
    {
        static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9-]{0,47}$"_s);
        const QString value = string(table, "id", true).value_or(QString());
        if (table.get("id") && !pattern.match(value).hasMatch())
            error(*table.get("id"), tr("%1: the id '%2' must be lower-case letters, digits and hyphens").arg(what, value));
        return value;
    }

    LocalizedText text(const toml::table &table, const char *key, const QString &what, bool required)
    {
        const toml::node *node = table.get(key);
        if (!node) {
            if (required)
                error(table, tr("%1: missing [%2] texts").arg(what, QString::fromLatin1(key)));
            return {};
        }
        return localized(*node, u"%1 %2"_s.arg(what, QString::fromLatin1(key)), true);
    }

    QStringList list(const toml::table &table, const char *key, const QString &what)
    {
        const toml::node *node = table.get(key);
        return node ? stringList(*node, u"%1 %2"_s.arg(what, QString::fromLatin1(key))) : QStringList();
    }

    void readQuestion(const toml::table &table)
    {
        GuideQuestion question;
        question.id = id(table, tr("a question"));
        const QString where = tr("question '%1'").arg(question.id);
        allowOnly(table, {"id", "answers", "text", "why", "answer"}, where);
        question.answers = list(table, "answers", where);
        question.text = text(table, "text", where, true);
        question.why = text(table, "why", where, true);
        question.file = fileName();
        question.line = lineOf(table);
        if (table.get("answers") && question.answers.size() < 2)
            error(*table.get("answers"), tr("%1: a choice needs at least two answers").arg(where));
        const TomlTable *answers = subTable(table, "answer", !question.answers.isEmpty());
        for (const QString &answer : std::as_const(question.answers)) {
            const toml::node *node = answers ? answers->get(answer.toStdString()) : nullptr;
            if (answers && !node)
                error(*answers, tr("%1: no [question.answer.%2] texts").arg(where, answer));
            else if (node)
                question.answerTexts.insert(answer, localized(*node, tr("%1 answer '%2'").arg(where, answer), true));
        }
        if (answers) {
            for (auto &&[key, value] : *answers) {
                if (!question.answers.contains(qs(key.str())))
                    error(value, tr("%1: '%2' is not among its answers").arg(where, qs(key.str())));
            }
        }
        m_catalogue.questions.append(question);
    }

    void readEvent(const toml::table &table)
    {
        LifeEvent event;
        event.id = id(table, tr("a life event"));
        const QString where = tr("life event '%1'").arg(event.id);
        allowOnly(table, {"id", "pictogram", "questions", "rules", "name", "summary"}, where);
        event.pictogram = string(table, "pictogram", true).value_or(QString());
        if (table.get("pictogram") && !servicePictograms().contains(event.pictogram))
            error(*table.get("pictogram"),
                  tr("%1: no pictogram '%2'; one of: %3").arg(where, event.pictogram, servicePictograms().join(u", "_s)));
        event.questions = list(table, "questions", where);
        event.name = text(table, "name", where, true);
        event.summary = text(table, "summary", where, true);
        event.file = fileName();
        event.line = lineOf(table);
        const toml::node *rules = table.get("rules");
        const toml::array *array = rules ? rules->as_array() : nullptr;
        if (!array || array->empty()) {
            error(rules ? *rules : static_cast<const toml::node &>(table), tr("%1: needs rules = [{ procedure = \"…\" }, …]").arg(where));
        } else {
            for (const toml::node &item : *array)
                readRule(item, where, event);
        }
        m_catalogue.events.append(event);
    }

    void readRule(const toml::node &item, const QString &where, LifeEvent &event)
    {
        const toml::table *table = item.as_table();
        if (!table) {
            error(item, tr("%1: each rule is a table, e.g. { procedure = \"…\", when = \"…\" }").arg(where));
            return;
        }
        allowOnly(*table, {"procedure", "when"}, tr("%1, a rule").arg(where));
        GuideRule rule;
        rule.procedure = string(*table, "procedure", true).value_or(QString());
        rule.line = lineOf(item);
        if (const auto when = string(*table, "when", false)) {
            auto parsed = GuideCondition::parse(*when);
            if (auto *failure = std::get_if<GuideCondition::ParseError>(&parsed)) {
                error(*table->get("when"),
                      tr("%1, the rule for '%2': %3 (at character %4 of the condition)")
                          .arg(where, rule.procedure, failure->message)
                          .arg(failure->offset + 1));
                return;
            }
            rule.when = std::get<GuideCondition>(std::move(parsed));
        }
        event.rules.append(rule);
    }

    void readProcedure(const toml::table &table)
    {
        GuideProcedure procedure;
        procedure.id = id(table, tr("a procedure"));
        const QString where = tr("procedure '%1'").arg(procedure.id);
        allowOnly(table,
                  {"id", "service", "forms", "minutes", "after", "fee", "name", "summary", "fee_note", "online", "elsewhere", "document"},
                  where);
        procedure.service = string(table, "service", false).value_or(QString());
        procedure.elsewhere = text(table, "elsewhere", where, false);
        if (table.get("service") == nullptr && table.get("elsewhere") == nullptr)
            error(table, tr("%1: needs the service that handles it, or [procedure.elsewhere] texts").arg(where));
        if (table.get("service") && table.get("elsewhere"))
            error(*table.get("elsewhere"), tr("%1: has both a service and an elsewhere; it is one or the other").arg(where));
        procedure.forms = list(table, "forms", where);
        procedure.minutes = int(integer(table, "minutes", 1, kMaxMinutes).value_or(0));
        if (!table.get("minutes"))
            error(table, tr("%1: missing key 'minutes'").arg(where));
        procedure.after = list(table, "after", where);
        procedure.fee = int(integer(table, "fee", 0, kMaxFee).value_or(0));
        procedure.name = text(table, "name", where, true);
        procedure.summary = text(table, "summary", where, true);
        procedure.feeNote = text(table, "fee_note", where, false);
        procedure.online = text(table, "online", where, false);
        if (const toml::node *documents = table.get("document")) {
            const toml::array *array = documents->as_array();
            if (!array || !array->is_array_of_tables())
                error(*documents, tr("%1: documents are written [[procedure.document]]").arg(where));
            else
                for (const toml::node &document : *array)
                    procedure.documents.append(localized(document, tr("%1 document").arg(where), true));
        }
        procedure.file = fileName();
        procedure.line = lineOf(table);
        m_catalogue.procedures.append(procedure);
    }

    GuideCatalogue &m_catalogue;
};

} // namespace

GuideLoadResult GuideReader::readTexts(const QList<std::pair<QString, QByteArray>> &files)
{
    GuideLoadResult result;
    GuideCatalogue catalogue;
    for (const auto &[name, text] : files) {
        Reader reader(name, catalogue);
        reader.read(text);
        result.diagnostics += reader.diagnostics();
    }
    if (!result.diagnostics.isEmpty())
        return result;
    result.diagnostics = checkGuide(catalogue);
    if (result.diagnostics.isEmpty())
        result.catalogue = std::move(catalogue);
    return result;
}

GuideLoadResult GuideReader::readFolder(const QString &folder)
{
    QList<std::pair<QString, QByteArray>> files;
    const QFileInfoList entries = QDir(folder).entryInfoList({u"*.toml"_s}, QDir::Files, QDir::Name);
    GuideLoadResult unreadable;
    for (const QFileInfo &entry : entries) {
        QFile file(entry.filePath());
        if (!file.open(QIODevice::ReadOnly))
            unreadable.diagnostics.append({entry.filePath(), 0, 0, ConfigTr::tr("cannot read the file: %1").arg(file.errorString())});
        else
            files.append({entry.filePath(), file.readAll()});
    }
    if (entries.isEmpty())
        unreadable.diagnostics.append({folder, 0, 0, ConfigTr::tr("no guide files (*.toml) in this folder")});
    if (!unreadable.diagnostics.isEmpty())
        return unreadable;
    return readTexts(files);
}

GuideLoadResult GuideReader::shipped()
{
    return readFolder(u":/madoguchi/guide"_s);
}

GuideLoadResult GuideReader::forOffice(const OfficeConfig &office)
{
    if (office.guideCatalogue.isEmpty())
        return {};
    return office.guideCatalogue == u"shipped"_s ? shipped() : readFolder(office.guideCatalogue);
}

} // namespace Madoguchi
