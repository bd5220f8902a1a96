// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pcscdprocess.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLocalSocket>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTimer>

namespace Madoguchi::Test {
namespace {

const char kDriver[] = "/usr/lib/pcsc/drivers/serial/libifdvpcd.so";
constexpr int kWaitMs = 20000;

/// The vpcd driver listens on two ports, CHANNELID and CHANNELID + 1 (one per slot), on every
/// address. Both are taken below the kernel's ephemeral range (32768 and up), where no other test's
/// outgoing connection or port-0 listener can be handed them meanwhile; if either is taken, pcscd
/// drops the whole reader.
quint16 freePortPair()
{
    for (int attempt = 0; attempt < 200; ++attempt) {
        const auto port = quint16(20000 + 2 * QRandomGenerator::global()->bounded(6000));
        QTcpServer first;
        QTcpServer second;
        if (first.listen(QHostAddress::Any, port) && second.listen(QHostAddress::Any, quint16(port + 1)))
            return port;
    }
    FAIL("no free pair of ports for the virtual card reader between 20000 and 32000");
    return 0;
}

} // namespace

PcscdProcess::PcscdProcess()
{
    REQUIRE(QFile::exists(QString::fromLatin1(kDriver)));
    QLocalSocket existing;
    existing.connectToServer(QStringLiteral("/run/pcscd/pcscd.comm"));
    if (existing.waitForConnected(200))
        FAIL("another pcscd is running on this machine; stop it first (systemctl stop pcscd.socket pcscd)");
    QDir().mkpath(QStringLiteral("/run/pcscd"));

    m_port = freePortPair();
    QFile conf(m_dir.filePath(QStringLiteral("madoguchi")));
    REQUIRE(conf.open(QIODevice::WriteOnly));
    conf.write(QStringLiteral("FRIENDLYNAME \"%1\"\nDEVICENAME /dev/null:%2\nLIBPATH %3\nCHANNELID %2\n")
                   .arg(QString::fromLatin1(kReader))
                   .arg(m_port)
                   .arg(QString::fromLatin1(kDriver))
                   .toUtf8());
    conf.close();

    m_pcscd.setProcessChannelMode(QProcess::ForwardedChannels); // pcscd --foreground logs to standard output
    m_pcscd.start(QStringLiteral("/usr/sbin/pcscd"), {QStringLiteral("--foreground"), QStringLiteral("-c"), m_dir.path()});
    REQUIRE(m_pcscd.waitForStarted());

    QObject::connect(&m_monitor, &PcscReaderMonitor::readersChanged, [this](const QStringList &readers) { m_readers = readers; });
    QObject::connect(&m_monitor, &PcscReaderMonitor::cardInserted, [this] { m_cardPresent = true; });
    QObject::connect(&m_monitor, &PcscReaderMonitor::cardRemoved, [this] { m_cardPresent = false; });
    // pcscd creates its socket shortly after starting; the monitor reports failure until then.
    QObject::connect(&m_monitor, &PcscReaderMonitor::failed, [this] {
        m_monitor.stop();
        QTimer::singleShot(50, &m_monitor, [this] { m_monitor.start(); });
    });
    m_monitor.start();
    waitFor([this] { return !m_readers.filter(QString::fromLatin1(kReader)).isEmpty(); }, "pcscd to show the test reader");
}

PcscdProcess::~PcscdProcess()
{
    m_monitor.stop();
    if (m_card.state() != QProcess::NotRunning) {
        m_card.kill();
        m_card.waitForFinished();
    }
    m_pcscd.terminate();
    if (!m_pcscd.waitForFinished(10000))
        m_pcscd.kill();
}

void PcscdProcess::waitFor(const std::function<bool()> &condition, const char *what)
{
    if (condition())
        return;
    // The monitor's signals change what the condition looks at; check it after each one.
    QEventLoop loop;
    const auto check = [&] {
        if (condition())
            loop.quit();
    };
    const QList<QMetaObject::Connection> connections{
        QObject::connect(&m_monitor, &PcscReaderMonitor::readersChanged, &loop, check, Qt::QueuedConnection),
        QObject::connect(&m_monitor, &PcscReaderMonitor::cardInserted, &loop, check, Qt::QueuedConnection),
        QObject::connect(&m_monitor, &PcscReaderMonitor::cardRemoved, &loop, check, Qt::QueuedConnection),
    };
    QTimer::singleShot(kWaitMs, &loop, &QEventLoop::quit); // a guard against hanging, not a wait
    loop.exec();
    for (const QMetaObject::Connection &connection : connections)
        QObject::disconnect(connection);
    INFO("waiting for " << what);
    REQUIRE(condition());
}

void PcscdProcess::placeCard(const QStringList &options)
{
    m_card.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_card.start(QStringLiteral(MADOGUCHI_CARD_EMULATOR), QStringList{QString::number(m_port)} + options);
    REQUIRE(m_card.waitForStarted());
    waitFor([this] { return m_cardPresent; }, "the card to be seen on the reader");
}

void PcscdProcess::liftCard()
{
    m_card.kill();
    m_card.waitForFinished();
    waitFor([this] { return !m_cardPresent; }, "the card to leave the reader");
}

void PcscdProcess::waitForCardToSay(const QByteArray &line)
{
    for (;;) {
        while (m_card.canReadLine()) {
            if (m_card.readLine().trimmed() == line)
                return;
        }
        INFO("waiting for the card to say " << line.toStdString());
        REQUIRE(m_card.waitForReadyRead(kWaitMs));
    }
}

void PcscdProcess::releaseCard()
{
    m_card.write("\n");
    REQUIRE(m_card.waitForBytesWritten(kWaitMs));
}

void PcscdProcess::waitForCardToLeave()
{
    // waitForFinished() is false for a process that has already finished.
    if (m_card.state() != QProcess::NotRunning)
        REQUIRE(m_card.waitForFinished(kWaitMs));
    CHECK(m_card.exitStatus() == QProcess::NormalExit);
    waitFor([this] { return !m_cardPresent; }, "the card to leave the reader");
}

} // namespace Madoguchi::Test
