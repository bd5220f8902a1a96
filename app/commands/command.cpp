// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include <QRegularExpression>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Madoguchi::Cli {

int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err(parser.errorText());
        err(QStringLiteral("Try '%1 --help'.").arg(arguments.value(0)));
        return UsageError;
    }
    if (parser.isSet(help)) {
        // Qt names the program by its path; name it by the command the user typed.
        QString text = parser.helpText();
        static const QRegularExpression program(u"^Usage: \\S+"_s);
        out(text.replace(program, u"Usage: "_s + arguments.value(0)));
        return Success;
    }
    return -1;
}

int runVerb(const QStringList &arguments, const QList<Verb> &verbs, const QString &usage)
{
    const QString verb = arguments.value(1);
    const QStringList rest = QStringList{arguments.value(0) + u' ' + verb} + arguments.mid(1);
    for (const Verb &candidate : verbs) {
        if (candidate.name == verb)
            return candidate.run(rest);
    }
    if (verb == u"--help"_s || verb == u"-h"_s) {
        out(usage);
        return Success;
    }
    err(usage);
    return UsageError;
}

int parseVerb(QCommandLineParser &parser, const QStringList &arguments, const QString &verb, const QString &description,
              const QList<Operand> &operands)
{
    parser.addPositionalArgument(verb, description);
    for (const Operand &operand : operands)
        parser.addPositionalArgument(operand.name, operand.description);
    if (const int code = parse(parser, arguments, description); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) != verb || positional.size() != 1 + operands.size()) {
        err(CliTr::tr("Usage: %1 %2 … (see --help).").arg(arguments.value(0), verb));
        return UsageError;
    }
    return -1;
}

void out(const QString &line)
{
    std::fputs((line + u'\n').toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void err(const QString &line)
{
    std::fputs((line + u'\n').toUtf8().constData(), stderr);
}

} // namespace Madoguchi::Cli
