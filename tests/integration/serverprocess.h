// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpcall.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace Madoguchi::Test {

/// A real `madoguchi server` process on loopback with its own data directory, and the real
/// provisioning commands to give it devices and staff.
class ServerProcess
{
public:
    /// config: an office file under tests/data/server, or an absolute path; extra: TOML appended (e.g. a [notify] table).
    explicit ServerProcess(const QString &config = QStringLiteral("server-office.toml"), const QByteArray &extra = {});
    ~ServerProcess();

    /// Gives the office a [server] public_url of this server's own loopback address (turn notices need
    /// one): reserves a free port for it, on which start() then listens. Call before anything else.
    void usePublicUrl();
    /// Starts the server and waits for it to listen (port 0: the reserved port, else any free port);
    /// fails the test when it does not. A reserved port taken meanwhile is reserved anew.
    void start(quint16 port = 0);
    /// SIGKILL, as a crash or power cut would.
    void kill();
    /// SIGTERM and wait for a clean exit; returns the exit code.
    int terminate();

    /// `madoguchi token new`; returns the printed token.
    QString deviceToken(const QString &role, const QString &name);
    /// `madoguchi staff add` with the password on standard input.
    void addStaff(const QString &login, const QString &role, const QByteArray &password);
    /// Runs `madoguchi ARGS --config … --data …` (a provisioning command); fails the test unless it exits 0.
    /// Returns what it printed on standard output.
    QByteArray command(const QStringList &arguments, const QByteArray &input = {});
    /// Logs in over the API; returns the session token.
    QString login(const QString &login, const QByteArray &password, int counter);

    /// One HTTP request; body is sent as JSON when non-empty.
    Reply request(const QByteArray &method, const QString &path, const QString &token = {}, const QJsonObject &body = {},
                  const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    /// A request with a raw body and content type.
    Reply raw(const QByteArray &method, const QString &path, const QString &token, const QByteArray &body, const QByteArray &contentType);

    /// What the server logged (standard error) so far, across restarts.
    [[nodiscard]] QByteArray log();
    /// Waits until the log contains the text; false on timeout.
    bool waitForLog(const QByteArray &text, int timeoutMs = 10000);

    [[nodiscard]] QUrl url(const QString &path) const;
    [[nodiscard]] quint16 port() const { return m_port; }
    /// The server's resident memory now, in KiB (VmRSS); 0 when it is not running.
    [[nodiscard]] qint64 residentKiB() const;
    [[nodiscard]] bool running() const { return m_process && m_process->state() == QProcess::Running; }
    [[nodiscard]] QString dataDir() const { return m_dir.path(); }
    [[nodiscard]] QString configPath() const { return m_config; }
    [[nodiscard]] QString databasePath() const;

private:
    void collectLog();
    /// Reserves a free loopback port and writes it into the office's public_url.
    void reservePort();
    /// Starts the server on the port; true when it listens, false when the port was taken.
    bool launch(quint16 port);
    QByteArray runCommand(const QStringList &arguments, const QByteArray &input);

    QTemporaryDir m_dir;
    QString m_config;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    quint16 m_reservedPort = 0;
    QByteArray m_log;
};

/// The start of the next five-minute reservation slot of tests/data/server/server-office.toml.
[[nodiscard]] QDateTime nextReservationSlot();
/// True when the instant falls on today's office day (Asia/Tokyo): a reservation then may check in now.
[[nodiscard]] bool onTodaysOfficeDay(const QDateTime &instant);
/// The body of POST /api/v1/appointments for the "moving" service.
[[nodiscard]] QJsonObject reservationRequest(const QDateTime &due, const QString &language = QStringLiteral("en"));

} // namespace Madoguchi::Test
