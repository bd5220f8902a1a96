// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root of Madoguchi: picks the subcommand and hands it its arguments.
#include "commands/boardcommand.h"
#include "commands/command.h"
#include "commands/configcommand.h"
#include "commands/countercommand.h"
#include "commands/democommand.h"
#include "commands/devicescommand.h"
#include "commands/formscommand.h"
#include "commands/guidecommand.h"
#include "commands/kioskcommand.h"
#include "commands/provisioncommands.h"
#include "commands/servercommand.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Madoguchi::Cli;

namespace {

QString usage(const QList<Command> &commands)
{
    QString text = CliTr::tr("Usage: madoguchi <command> [options]\n\n"
                             "Madoguchi (窓口) — counter reservation and ticketing for municipal offices.\n\n"
                             "Commands:\n");
    for (const Command &command : commands)
        text += u"  "_s + command.name.leftJustified(10) + command.summary + u'\n';
    text += CliTr::tr("\nRun 'madoguchi <command> --help' for the options of a command.\n"
                      "Options:\n  -h, --help     show this help\n  -v, --version  show the version");
    return text;
}

/// True when the argument follows the command.
bool hasArgument(int argc, char *argv[], const char *argument)
{
    for (int i = 2; i < argc; ++i) {
        if (qstrcmp(argv[i], argument) == 0)
            return true;
    }
    return false;
}

/// The application object: device diagnostics draw tickets and the forms commands draw forms with
/// fonts, so they need a GUI application, offscreen because they open no window; the front ends and the demo open windows.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    if (argc > 1 && (qstrcmp(argv[1], "devices") == 0 || qstrcmp(argv[1], "forms") == 0)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    if (argc > 1
        && (qstrcmp(argv[1], "kiosk") == 0 || qstrcmp(argv[1], "board") == 0 || qstrcmp(argv[1], "counter") == 0
            || (qstrcmp(argv[1], "demo") == 0 && !hasArgument(argc, argv, "--text")))) {
        // Without a display, fall back to offscreen so that the command can explain itself (or take screenshots).
        const bool display = !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && !display)
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(u"madoguchi"_s);
    QCoreApplication::setOrganizationName(u"madoguchi"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MADOGUCHI_VERSION));

    const QList<Command> commands{boardCommand(), configCommand(), counterCommand(), demoCommand(),  devicesCommand(), formsCommand(),
                                  guideCommand(), kioskCommand(),  serverCommand(),  tokenCommand(), staffCommand(),   auditCommand()};
    const QStringList arguments = QCoreApplication::arguments();
    const QString name = arguments.value(1);
    if (name.isEmpty() || name == u"--help"_s || name == u"-h"_s || name == u"help"_s) {
        (name.isEmpty() ? err : out)(usage(commands));
        return name.isEmpty() ? UsageError : Success;
    }
    if (name == u"--version"_s || name == u"-v"_s) {
        out(u"madoguchi "_s + QCoreApplication::applicationVersion());
        return Success;
    }
    for (const Command &command : commands) {
        if (command.name == name)
            return command.run(QStringList{u"madoguchi "_s + name} + arguments.mid(2));
    }
    err(CliTr::tr("madoguchi: unknown command '%1'. Run 'madoguchi --help' for the list.").arg(name));
    return UsageError;
}
