// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pcscreadermonitor.h"

#include "logging/devicelogging.h"
#include "pcsccontext.h"

#include <PCSC/pcsclite.h>

#include <map>
#include <vector>

namespace Madoguchi {
namespace {

const char kPnpReader[] = "\\\\?PnP?\\Notification";

} // namespace

PcscReaderMonitor::PcscReaderMonitor(QObject *parent)
    : QObject(parent)
{
}

PcscReaderMonitor::~PcscReaderMonitor()
{
    stop();
}

void PcscReaderMonitor::start()
{
    if (m_thread)
        return;
    m_stopping = false;
    m_thread = QThread::create([this] { watch(); });
    m_thread->start();
}

void PcscReaderMonitor::stop()
{
    if (!m_thread)
        return;
    m_stopping = true;
    // A cancel that lands just before the thread enters SCardGetStatusChange is lost, so cancel
    // again until the thread has ended.
    do {
        if (const quintptr context = m_context.load())
            SCardCancel(SCARDCONTEXT(context));
    } while (!m_thread->wait(100));
    delete m_thread;
    m_thread = nullptr;
}

void PcscReaderMonitor::watch()
{
    PcscContext context;
    if (auto established = context.establish(); !established) {
        QMetaObject::invokeMethod(this, [this, message = established.error().message] { Q_EMIT failed(message); });
        return;
    }
    m_context = quintptr(context.handle());
    QStringList readers;
    std::map<QString, bool> present;
    bool first = true;
    while (!m_stopping) {
        const auto now = context.readers();
        if (!now) {
            QMetaObject::invokeMethod(this, [this, message = now.error().message] { Q_EMIT failed(message); });
            break;
        }
        if (*now != readers || first) {
            readers = *now;
            first = false;
            QMetaObject::invokeMethod(this, [this, readers] { Q_EMIT readersChanged(readers); });
            for (auto it = present.begin(); it != present.end();) {
                if (!readers.contains(it->first)) {
                    if (it->second)
                        QMetaObject::invokeMethod(this, [this, name = it->first] { Q_EMIT cardRemoved(name); });
                    it = present.erase(it);
                } else {
                    ++it;
                }
            }
        }
        std::vector<QByteArray> names;
        names.reserve(size_t(readers.size()));
        for (const QString &reader : std::as_const(readers))
            names.push_back(reader.toUtf8());
        std::vector<SCARD_READERSTATE> states(names.size() + 1);
        for (size_t i = 0; i < names.size(); ++i) {
            states[i].szReader = names[i].constData();
            states[i].dwCurrentState = present[readers.at(qsizetype(i))] ? SCARD_STATE_PRESENT : SCARD_STATE_EMPTY;
        }
        states.back().szReader = kPnpReader;
        states.back().dwCurrentState = DWORD(readers.size()) << 16;
        const LONG result = SCardGetStatusChange(context.handle(), INFINITE, states.data(), DWORD(states.size()));
        if (result == SCARD_E_CANCELLED || m_stopping)
            break;
        if (result != SCARD_S_SUCCESS && result != SCARD_E_UNKNOWN_READER && result != SCARD_E_TIMEOUT) {
            qCWarning(lcCard) << "PC/SC monitoring stopped:" << pcsc_stringify_error(result);
            QMetaObject::invokeMethod(this, [this, message = pcscError(result, false).message] { Q_EMIT failed(message); });
            break;
        }
        for (size_t i = 0; i < names.size(); ++i) {
            const QString &reader = readers.at(qsizetype(i));
            const bool isPresent = states[i].dwEventState & SCARD_STATE_PRESENT;
            if (isPresent == present[reader] || (states[i].dwEventState & SCARD_STATE_UNKNOWN))
                continue;
            present[reader] = isPresent;
            QMetaObject::invokeMethod(this, [this, reader, isPresent] {
                if (isPresent)
                    Q_EMIT cardInserted(reader);
                else
                    Q_EMIT cardRemoved(reader);
            });
        }
    }
    m_context = 0;
}

} // namespace Madoguchi
