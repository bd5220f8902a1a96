// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordprompt.h"

#include "command.h"

#include "auth/secrets.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Madoguchi::Cli {

namespace {

QByteArray readLine(bool echo)
{
    termios saved = {};
    const bool terminal = !echo && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line.append(char(c));
    if (line.endsWith('\r'))
        line.chop(1);
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    return line;
}

} // namespace

Result<QByteArray, PromptErrorCode> readSecret(const QString &prompt)
{
    const bool terminal = ::isatty(STDIN_FILENO);
    if (terminal)
        std::fputs(prompt.toUtf8().constData(), stderr);
    QByteArray line = readLine(!terminal);
    if (line.isEmpty())
        return Error<PromptErrorCode>{PromptErrorCode::NoInput, CliTr::tr("Nothing was entered.")};
    return line;
}

Result<QByteArray, PromptErrorCode> readNewPassword()
{
    if (!::isatty(STDIN_FILENO)) {
        QByteArray line = readLine(true);
        if (line.isEmpty())
            return Error<PromptErrorCode>{PromptErrorCode::NoInput, CliTr::tr("No password on standard input.")};
        return line;
    }
    std::fputs(CliTr::tr("Password: ").toUtf8().constData(), stderr);
    QByteArray first = readLine(false);
    std::fputs(CliTr::tr("Password again: ").toUtf8().constData(), stderr);
    QByteArray second = readLine(false);
    const bool same = Secrets::equal(first, second);
    Secrets::wipe(second);
    if (!same) {
        Secrets::wipe(first);
        return Error<PromptErrorCode>{PromptErrorCode::Mismatch, CliTr::tr("The two passwords differ; nothing was saved.")};
    }
    return first;
}

} // namespace Madoguchi::Cli
