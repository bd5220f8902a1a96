// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidecondition.h"

#include "common/translation.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace Madoguchi {

struct GuideCondition::Node {
    enum class Kind { Test, Not, And, Or } kind = Kind::Test;
    Test test;
    bool equal = true; ///< Test: `=` (or the question alone); false for `!=`
    std::vector<std::shared_ptr<const Node>> children;
};

namespace {

using NodePtr = std::shared_ptr<const GuideCondition::Node>;
using Node = GuideCondition::Node;

struct Token {
    enum class Kind { Word, Equal, NotEqual, Open, Close, End } kind = Kind::End;
    QString text;
    int offset = 0;
};

/// Splits a condition into words (ids and the keywords and / or / not), = != and parentheses.
class Lexer
{
public:
    explicit Lexer(const QString &text)
        : m_text(text)
    {
    }

    std::optional<GuideCondition::ParseError> run(QList<Token> &tokens)
    {
        static const QRegularExpression word(u"\\G[a-z0-9][a-z0-9-]*"_s);
        qsizetype at = 0;
        while (at < m_text.size()) {
            const QChar c = m_text.at(at);
            if (c.isSpace()) {
                ++at;
            } else if (c == u'(' || c == u')') {
                tokens.append({c == u'(' ? Token::Kind::Open : Token::Kind::Close, c, int(at)});
                ++at;
            } else if (c == u'=') {
                tokens.append({Token::Kind::Equal, u"="_s, int(at)});
                ++at;
            } else if (c == u'!' && at + 1 < m_text.size() && m_text.at(at + 1) == u'=') {
                tokens.append({Token::Kind::NotEqual, u"!="_s, int(at)});
                at += 2;
            } else if (const auto match = word.match(m_text, at); match.hasMatch()) {
                tokens.append({Token::Kind::Word, match.captured(), int(at)});
                at += match.capturedLength();
            } else {
                return GuideCondition::ParseError{int(at), ConfigTr::tr("'%1' cannot appear in a condition").arg(c)};
            }
        }
        tokens.append({Token::Kind::End, {}, int(m_text.size())});
        return std::nullopt;
    }

private:
    const QString &m_text;
};

bool isKeyword(const Token &token)
{
    return token.kind == Token::Kind::Word && (token.text == u"and" || token.text == u"or" || token.text == u"not");
}

/// Recursive descent: or := and ("or" and)*; and := unary ("and" unary)*; unary := "not" unary |
/// "(" or ")" | id [("=" | "!=") id].
class Parser
{
public:
    explicit Parser(QList<Token> tokens)
        : m_tokens(std::move(tokens))
    {
    }

    std::variant<NodePtr, GuideCondition::ParseError> run()
    {
        NodePtr root = either();
        if (!m_error && peek().kind != Token::Kind::End)
            fail(ConfigTr::tr("'%1' was not expected here").arg(peek().text));
        if (m_error)
            return *m_error;
        return root;
    }

private:
    const Token &peek() const { return m_tokens.at(m_at); }
    const Token &take() { return m_tokens.at(m_at < m_tokens.size() - 1 ? m_at++ : m_at); }
    bool takeWord(QStringView keyword)
    {
        if (peek().kind == Token::Kind::Word && peek().text == keyword) {
            take();
            return true;
        }
        return false;
    }
    NodePtr fail(const QString &message)
    {
        if (!m_error)
            m_error = GuideCondition::ParseError{peek().offset, message};
        return {};
    }

    NodePtr joined(Node::Kind kind, QStringView keyword, NodePtr (Parser::*operand)())
    {
        NodePtr first = (this->*operand)();
        if (m_error || peek().text != keyword)
            return first;
        auto node = std::make_shared<Node>();
        node->kind = kind;
        node->children.push_back(first);
        while (!m_error && takeWord(keyword))
            node->children.push_back((this->*operand)());
        return node;
    }
    NodePtr either() { return joined(Node::Kind::Or, u"or", &Parser::both); }
    NodePtr both() { return joined(Node::Kind::And, u"and", &Parser::unary); }

    NodePtr unary()
    {
        if (takeWord(u"not")) {
            auto node = std::make_shared<Node>();
            node->kind = Node::Kind::Not;
            node->children.push_back(unary());
            return node;
        }
        if (peek().kind == Token::Kind::Open) {
            take();
            NodePtr inner = either();
            if (m_error)
                return {};
            if (peek().kind != Token::Kind::Close)
                return fail(ConfigTr::tr("a ')' is missing"));
            take();
            return inner;
        }
        if (peek().kind != Token::Kind::Word || isKeyword(peek()))
            return fail(peek().kind == Token::Kind::End ? ConfigTr::tr("the condition ends where a question id was expected")
                                                        : ConfigTr::tr("a question id was expected, not '%1'").arg(peek().text));
        auto node = std::make_shared<Node>();
        node->test.question = take().text;
        node->test.answer = u"yes"_s;
        if (peek().kind == Token::Kind::Equal || peek().kind == Token::Kind::NotEqual) {
            node->equal = take().kind == Token::Kind::Equal;
            if (peek().kind != Token::Kind::Word || isKeyword(peek()))
                return fail(ConfigTr::tr("an answer id was expected after '%1'").arg(node->equal ? u"="_s : u"!="_s));
            node->test.answer = take().text;
        }
        return node;
    }

    QList<Token> m_tokens;
    qsizetype m_at = 0;
    std::optional<GuideCondition::ParseError> m_error;
};

bool evaluate(const Node &node, const GuideAnswers &answers)
{
    switch (node.kind) {
    case Node::Kind::Test: return (answers.value(node.test.question) == node.test.answer) == node.equal;
    case Node::Kind::Not: return !evaluate(*node.children.front(), answers);
    case Node::Kind::And:
        return std::all_of(node.children.begin(), node.children.end(), [&](const NodePtr &child) { return evaluate(*child, answers); });
    case Node::Kind::Or:
        return std::any_of(node.children.begin(), node.children.end(), [&](const NodePtr &child) { return evaluate(*child, answers); });
    }
    return false;
}

QJsonValue treeOf(const Node &node)
{
    QJsonArray tree;
    switch (node.kind) {
    case Node::Kind::Test: return QJsonArray{node.equal ? u"is"_s : u"isNot"_s, node.test.question, node.test.answer};
    case Node::Kind::Not: tree.append(u"not"_s); break;
    case Node::Kind::And: tree.append(u"all"_s); break;
    case Node::Kind::Or: tree.append(u"any"_s); break;
    }
    for (const NodePtr &child : node.children)
        tree.append(treeOf(*child));
    return tree;
}

void collect(const Node &node, QList<GuideCondition::Test> &tests)
{
    if (node.kind == Node::Kind::Test)
        tests.append(node.test);
    for (const NodePtr &child : node.children)
        collect(*child, tests);
}

} // namespace

GuideCondition::GuideCondition() = default;

std::variant<GuideCondition, GuideCondition::ParseError> GuideCondition::parse(const QString &text)
{
    QList<Token> tokens;
    if (auto error = Lexer(text).run(tokens))
        return *error;
    auto parsed = Parser(std::move(tokens)).run();
    if (auto *error = std::get_if<ParseError>(&parsed))
        return *error;
    GuideCondition condition;
    condition.m_root = std::get<NodePtr>(parsed);
    condition.m_text = text.simplified();
    return condition;
}

bool GuideCondition::holds(const GuideAnswers &answers) const
{
    return !m_root || evaluate(*m_root, answers);
}

QJsonValue GuideCondition::toJson() const
{
    return m_root ? treeOf(*m_root) : QJsonValue(true);
}

QList<GuideCondition::Test> GuideCondition::tests() const
{
    QList<Test> tests;
    if (m_root)
        collect(*m_root, tests);
    return tests;
}

QStringList GuideCondition::questions() const
{
    QStringList questions;
    for (const Test &test : tests()) {
        if (!questions.contains(test.question))
            questions.append(test.question);
    }
    return questions;
}

} // namespace Madoguchi
