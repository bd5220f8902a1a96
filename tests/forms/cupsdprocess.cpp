// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cupsdprocess.h"

#include "eventwait.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileSystemWatcher>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Madoguchi::Test {

namespace {

void write(const QString &path, const QByteArray &text, QFileDevice::Permissions permissions = {})
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    if (permissions)
        REQUIRE(file.setPermissions(permissions));
}

constexpr auto kOpen = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
constexpr auto kAnyoneWrites = kOpen | QFileDevice::WriteGroup | QFileDevice::WriteOther;

} // namespace

CupsdProcess::CupsdProcess()
{
    REQUIRE(m_dir.isValid());
    const QDir dir(m_dir.path());
    // The jobs run as the scheduler's user (lp when the test runs as root): it must reach its files.
    REQUIRE(QFile::setPermissions(dir.path(), kOpen));
    for (const char *sub : {"spool", "cache", "state", "log", "bin", "bin/backend"})
        REQUIRE(dir.mkpath(QString::fromLatin1(sub)));
    REQUIRE(dir.mkpath(u"jobs"_s));
    REQUIRE(QFile::setPermissions(dir.filePath(u"jobs"_s), kAnyoneWrites));
    // The system's filters and helpers, and one backend of our own beside the system's.
    for (const QFileInfo &part : QDir(u"/usr/lib/cups"_s).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (part.fileName() != u"backend"_s)
            REQUIRE(QFile::link(part.filePath(), dir.filePath(u"bin/"_s + part.fileName())));
    }
    write(dir.filePath(u"bin/backend/capture"_s),
          "#!/bin/sh\n"
          "# Keeps the job's data as a file of the folder the URI names (capture:/folder), complete when it appears.\n"
          "if [ $# -eq 0 ]; then echo 'direct capture \"Unknown\" \"Job capture\"'; exit 0; fi\n"
          "dir=\"${DEVICE_URI#capture:}\"\n"
          "if [ -n \"$6\" ]; then cat \"$6\"; else cat; fi > \"$dir/.job-$1\" && mv \"$dir/.job-$1\" \"$dir/job-$1.prn\"\n",
          kOpen);
    write(dir.filePath(u"cupsd.conf"_s),
          "Listen " + dir.filePath(u"cups.sock"_s).toUtf8()
              + "\nLogLevel info\nBrowsing No\nWebInterface No\nDefaultAuthType None\n"
                "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n");
    const bool root = geteuid() == 0;
    const passwd *self = getpwuid(geteuid());
    const QByteArray user = root ? QByteArray("lp") : QByteArray(self ? self->pw_name : "nobody");
    QByteArray files;
    for (const auto &[key, sub] :
         {std::pair("ServerRoot", ""), std::pair("RequestRoot", "/spool"), std::pair("TempDir", "/spool"), std::pair("CacheDir", "/cache"),
          std::pair("StateDir", "/state"), std::pair("ServerBin", "/bin"), std::pair("ErrorLog", "/log/error_log"),
          std::pair("AccessLog", "/log/access_log"), std::pair("PageLog", "/log/page_log")})
        files += QByteArray(key) + ' ' + dir.path().toUtf8() + sub + '\n';
    files += "DataDir /usr/share/cups\nFileDevice No\nSandboxing Relaxed\nUser " + user + "\nGroup " + (root ? QByteArray("lp") : user)
        + "\nSystemGroup " + (root ? QByteArray("root") : user) + '\n';
    write(dir.filePath(u"cups-files.conf"_s), files);

    QFileSystemWatcher watcher({dir.path()});
    m_cupsd.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_cupsd.start(u"/usr/sbin/cupsd"_s, {u"-f"_s, u"-c"_s, dir.filePath(u"cupsd.conf"_s), u"-s"_s, dir.filePath(u"cups-files.conf"_s)});
    REQUIRE(m_cupsd.waitForStarted());
    // Ready once its socket is there.
    REQUIRE(waitFor([&] { return QFile::exists(dir.filePath(u"cups.sock"_s)) || m_cupsd.state() == QProcess::NotRunning; }, 20000));
    REQUIRE(m_cupsd.state() == QProcess::Running);
}

CupsdProcess::~CupsdProcess()
{
    m_cupsd.terminate();
    if (!m_cupsd.waitForFinished(10000))
        m_cupsd.kill();
}

QProcessEnvironment CupsdProcess::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CUPS_SERVER"_s, QDir(m_dir.path()).filePath(u"cups.sock"_s));
    return environment;
}

QString CupsdProcess::jobsDir() const
{
    return QDir(m_dir.path()).filePath(u"jobs"_s);
}

void CupsdProcess::addPrinter(const QString &name)
{
    QProcess lpadmin;
    lpadmin.setProcessEnvironment(environment());
    lpadmin.start(u"/usr/sbin/lpadmin"_s, {u"-p"_s, name, u"-E"_s, u"-v"_s, u"capture:"_s + jobsDir(), u"-m"_s, u"raw"_s});
    REQUIRE(lpadmin.waitForFinished(20000));
    INFO(lpadmin.readAllStandardError().toStdString());
    REQUIRE(lpadmin.exitCode() == 0);
}

} // namespace Madoguchi::Test
