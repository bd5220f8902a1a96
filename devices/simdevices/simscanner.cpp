// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simscanner.h"

#include "profile/profilejson.h"

#include "common/translation.h"
#include "scan/preapplication.h"
#include "simdevices/fakemynumbercard.h"

namespace Madoguchi {

SimScanner::SimScanner(QList<QByteArray> payloads, bool deliverOnStart, QObject *parent)
    : CodeScanner(parent)
    , m_payloads(std::move(payloads))
    , m_deliverOnStart(deliverOnStart)
{
}

void SimScanner::start()
{
    if (m_running)
        return;
    m_running = true;
    Q_EMIT connectedChanged(true);
    if (m_deliverOnStart) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                for (qsizetype i = 0; i < m_payloads.size() && m_running; ++i)
                    scanNext();
            },
            Qt::QueuedConnection);
    }
}

void SimScanner::stop()
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT connectedChanged(false);
}

QString SimScanner::description() const
{
    return DevicesTr::tr("simulated scanner");
}

void SimScanner::scanNext()
{
    if (!m_running || m_payloads.isEmpty())
        return;
    const QByteArray payload = m_payloads.at(m_next);
    m_next = (m_next + 1) % m_payloads.size();
    Q_EMIT scanned(payload);
}

void SimScanner::deliver(const QByteArray &raw)
{
    if (m_running)
        Q_EMIT scanned(raw);
}

QList<QByteArray> sampleScanPayloads()
{
    PreApplication application;
    application.procedures = {QStringLiteral("moving-in"), QStringLiteral("national-health-insurance")};
    Profile profile;
    (void)applyBasicFourItems(profile, sampleCardHolders().constFirst().holder, ValueSource::PreApplication,
                              QDateTime::currentDateTimeUtc());
    application.profile = profileToJson(profile);
    return {"7K3M-Q2P7", "https://madoguchi.example/s/q5XrN2Jz0vYb7-Pk_3mWdQ", encodePreApplication(application), "4901234567894"};
}

} // namespace Madoguchi
