// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "officefiles.h"

#include "command.h"

#include "auth/secrets.h"
#include "common/privatefiles.h"
#include "config/configloader.h"
#include "config/formreader.h"
#include "config/guidereader.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Madoguchi::Cli {

std::optional<OfficeConfig> loadOffice(const QString &path)
{
    const ConfigLoadResult loaded = ConfigLoader::loadFile(path);
    for (const ConfigDiagnostic &diagnostic : loaded.diagnostics)
        err(diagnostic.toString());
    return loaded.config;
}

std::optional<QList<FormDefinition>> readForms(const QString &folder)
{
    const FormsLoadResult read = folder.isEmpty() ? FormReader::shipped() : FormReader::readFolder(folder);
    for (const ConfigDiagnostic &diagnostic : read.diagnostics)
        err(diagnostic.toString());
    if (!read.diagnostics.isEmpty())
        return std::nullopt;
    return read.forms;
}

QCommandLineOption formsFolderOption()
{
    return QCommandLineOption(u"forms"_s, CliTr::tr("A folder of form definitions (default: the forms shipped with Madoguchi)."),
                              CliTr::tr("folder"));
}

std::optional<GuideCatalogue> readGuide(const QString &folder)
{
    GuideLoadResult read = folder.isEmpty() ? GuideReader::shipped() : GuideReader::readFolder(folder);
    for (const ConfigDiagnostic &diagnostic : read.diagnostics)
        err(diagnostic.toString());
    return std::move(read.catalogue);
}

QCommandLineOption guideFolderOption()
{
    return QCommandLineOption(u"guide"_s, CliTr::tr("A folder of guide files (default: the life-event guide shipped with Madoguchi)."),
                              CliTr::tr("folder"));
}

OfficeOptions::OfficeOptions()
    : config(u"config"_s, CliTr::tr("The office configuration (TOML)."), CliTr::tr("file"))
    , data(u"data"_s,
           CliTr::tr("Where the database is kept (default: the configuration's data_dir, else "
                     "$XDG_DATA_HOME/madoguchi/<office id>)."),
           CliTr::tr("dir"))
{
}

void OfficeOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(config);
    parser.addOption(data);
}

std::optional<OfficeConfig> OfficeOptions::office(const QCommandLineParser &parser) const
{
    if (!parser.isSet(config)) {
        err(CliTr::tr("--config FILE is required."));
        return std::nullopt;
    }
    return loadOffice(parser.value(config));
}

int OfficeOptions::prepare(const QCommandLineParser &parser, OfficeConfig &officeConfig, QString &dir) const
{
    if (!Secrets::initialize()) {
        err(CliTr::tr("The system offers no secure random numbers; cannot run."));
        return Failure;
    }
    auto loaded = office(parser);
    if (!loaded)
        return UsageError;
    officeConfig = std::move(*loaded);
    dir = dataDir(parser, officeConfig);
    return dir.isEmpty() ? Failure : -1;
}

QString OfficeOptions::dataDir(const QCommandLineParser &parser, const OfficeConfig &office) const
{
    QString dir = parser.value(data);
    if (dir.isEmpty())
        dir = office.server.dataDir;
    if (dir.isEmpty())
        dir = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(u"madoguchi/"_s + office.id);
    if (auto folder = PrivateFiles::ensurePrivateFolder(dir); !folder) {
        err(folder.error().message);
        return {};
    }
    return dir;
}

} // namespace Madoguchi::Cli
