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
