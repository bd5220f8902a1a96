// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace Madoguchi::Cli {

/// The translation context of the command line (lupdate reads it from the declaration).
struct CliTr {
    Q_DECLARE_TR_FUNCTIONS(Madoguchi::Cli)
};

/// Exit codes shared by every subcommand.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

/// A subcommand of the madoguchi executable.
struct Command {
    QString name;
    QString summary;
    /// Runs the command with its own arguments (argv[0] is "madoguchi <name>").
    std::function<int(const QStringList &arguments)> run;
};

/// Parses arguments with the parser, handling --help; returns an exit code when the command
/// should stop (help shown or bad usage), or -1 to go on.
[[nodiscard]] int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description);

/// A positional argument after a verb: its name and what it is, for --help.
struct Operand {
    QString name;
    QString description;
};

/// Like parse(), for "<command> <verb> [operands] options…": also checks that the verb is followed by
/// exactly the operands.
[[nodiscard]] int parseVerb(QCommandLineParser &parser, const QStringList &arguments, const QString &verb, const QString &description,
                            const QList<Operand> &operands = {});

/// One verb of a command with verbs ("madoguchi devices list"), run with "madoguchi <command> <verb>"
/// as argv[0] and the verb itself as the first positional argument.
struct Verb {
    QString name;
    std::function<int(const QStringList &arguments)> run;
};

/// Runs the verb that arguments name; prints usage (and succeeds) for --help, or fails with it for
/// a missing or unknown verb.
[[nodiscard]] int runVerb(const QStringList &arguments, const QList<Verb> &verbs, const QString &usage);

/// Writes a line to standard output / standard error, UTF-8.
void out(const QString &line);
void err(const QString &line);

} // namespace Madoguchi::Cli
