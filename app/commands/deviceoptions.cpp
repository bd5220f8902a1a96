// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deviceoptions.h"

#include "command.h"
#include "qmlwindow.h"

#include "common/privatefiles.h"

using namespace Qt::StringLiterals;

namespace Madoguchi::Cli {

DeviceOptions::DeviceOptions(const QString &role)
    : server(serverOption())
    , tokenFile(u"token-file"_s,
                CliTr::tr("A file holding this %1's device token (madoguchi token new --role %1), readable by its user "
                          "alone (chmod 600).")
                    .arg(role),
                CliTr::tr("file"))
{
}

void DeviceOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(server);
    parser.addOption(tokenFile);
}

int DeviceOptions::read(const QCommandLineParser &parser, QUrl &serverUrl, QString &token) const
{
    serverUrl = QUrl(parser.value(server), QUrl::StrictMode);
    if (!serverUrl.isValid() || serverUrl.scheme().isEmpty() || !parser.isSet(tokenFile)) {
        err(CliTr::tr("Give the server with --server http://… and the file of this device's token with --token-file."));
        return UsageError;
    }
    auto secret = PrivateFiles::readSecretLine(parser.value(tokenFile), u"--token-file"_s);
    if (!secret) {
        err(secret.error().message);
        return Failure;
    }
    token = QString::fromLatin1(secret->trimmed());
    if (token.isEmpty()) {
        err(CliTr::tr("%1 holds no token.").arg(parser.value(tokenFile)));
        return Failure;
    }
    return -1;
}

} // namespace Madoguchi::Cli
