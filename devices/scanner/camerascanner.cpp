// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "camerascanner.h"

#include "common/translation.h"

#include <QCamera>
#include <QCameraDevice>
#include <QMediaCaptureSession>
#include <QVideoSink>

namespace Madoguchi {

CameraScanner::CameraScanner(QVideoSink *sink, QObject *parent)
    : CodeScanner(parent)
    , m_sink(sink)
{
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("camera decoder"));
    m_thread.start();
    m_clock.start();
}

CameraScanner::CameraScanner(const QCameraDevice &camera, QObject *parent)
    : CameraScanner(nullptr, parent)
{
    m_cameraName = camera.description();
    m_ownSink = std::make_unique<QVideoSink>();
    m_camera = std::make_unique<QCamera>(camera);
    m_session = std::make_unique<QMediaCaptureSession>();
    m_session->setCamera(m_camera.get());
    m_session->setVideoSink(m_ownSink.get());
    m_sink = m_ownSink.get();
    connect(m_camera.get(), &QCamera::errorOccurred, this, [this](QCamera::Error error, const QString &why) {
        if (error != QCamera::NoError)
            Q_EMIT problem(DevicesTr::tr("The camera %1 cannot be used (%2).").arg(m_cameraName, why));
    });
    connect(m_camera.get(), &QCamera::activeChanged, this, &CodeScanner::connectedChanged);
}

CameraScanner::~CameraScanner()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

void CameraScanner::start()
{
    if (m_running || !m_sink)
        return;
    m_running = true;
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &CameraScanner::frameArrived);
    if (m_camera)
        m_camera->start();
    else
        Q_EMIT connectedChanged(true);
}

void CameraScanner::stop()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_sink)
        disconnect(m_sink, &QVideoSink::videoFrameChanged, this, &CameraScanner::frameArrived);
    m_pending = {};
    if (m_camera)
        m_camera->stop();
    else
        Q_EMIT connectedChanged(false);
}

bool CameraScanner::isConnected() const
{
    return m_running && (m_camera ? m_camera->isActive() : !m_sink.isNull());
}

QString CameraScanner::description() const
{
    return m_camera ? DevicesTr::tr("camera %1").arg(m_cameraName) : DevicesTr::tr("camera (frames from the screen's viewfinder)");
}

void CameraScanner::frameArrived(const QVideoFrame &frame)
{
    if (!frame.isValid())
        return;
    if (m_busy) {
        m_pending = frame; // only the newest waiting frame is worth decoding
        return;
    }
    decodeOnWorker(frame);
}

void CameraScanner::decodeOnWorker(const QVideoFrame &frame)
{
    m_busy = true;
    QMetaObject::invokeMethod(m_worker, [this, frame] {
        const QList<DecodedCode> codes = m_decoder.decode(frame);
        QMetaObject::invokeMethod(this, [this, codes] { decoded(codes); });
    });
}

void CameraScanner::decoded(const QList<DecodedCode> &codes)
{
    m_busy = false;
    const qint64 now = m_clock.elapsed();
    for (const DecodedCode &code : codes) {
        const auto seen = m_lastSeen.constFind(code.text);
        const bool fresh = seen == m_lastSeen.cend() || now - *seen > m_repeatMs;
        m_lastSeen.insert(code.text, now);
        if (fresh && m_running)
            Q_EMIT scanned(code.text);
    }
    m_lastSeen.removeIf([&](const auto &entry) { return now - entry.value() > m_repeatMs; });
    Q_EMIT frameDecoded(int(codes.size()));
    if (m_pending.isValid())
        decodeOnWorker(std::exchange(m_pending, {}));
}

} // namespace Madoguchi
