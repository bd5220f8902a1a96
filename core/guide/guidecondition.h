// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <variant>

namespace Madoguchi {

/// A resident's answers to a life event's questions: question id → answer id ("yes" or "no" for a
/// yes/no question).
using GuideAnswers = QHash<QString, QString>;

/// When a rule of the life-event guide applies, written in the catalogue as a small expression over
/// the answers (docs/guide.md): `kokuho`, `not abroad`, `school-step = entry`, `q != a`, joined by
/// `and`, `or` and parentheses. A yes/no question named alone means "answered yes"; a question not
/// answered equals no answer.
class GuideCondition
{
public:
    /// One comparison the condition makes: the question and the answer it is compared with.
    struct Test {
        QString question;
        QString answer;
    };
    /// Why a text is not a condition, and where (0-based offset into the text).
    struct ParseError {
        int offset = 0;
        QString message;
    };

    /// The condition that always holds (a rule without `when`).
    GuideCondition();
    [[nodiscard]] static std::variant<GuideCondition, ParseError> parse(const QString &text);

    [[nodiscard]] bool holds(const GuideAnswers &answers) const;
    /// Every comparison, in the order written; a question alone is a test against "yes".
    [[nodiscard]] QList<Test> tests() const;
    /// The questions read, each once, in the order first read.
    [[nodiscard]] QStringList questions() const;
    [[nodiscard]] const QString &text() const { return m_text; }
    /// The condition as a tree for a script to evaluate (the resident's web guide): true, or
    /// ["is", question, answer], ["isNot", question, answer], ["not", c], ["all", c…], ["any", c…].
    [[nodiscard]] QJsonValue toJson() const;

    struct Node;

private:
    std::shared_ptr<const Node> m_root;
    QString m_text;
};

} // namespace Madoguchi
