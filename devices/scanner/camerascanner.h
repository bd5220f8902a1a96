// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framedecoder.h"
#include "ports/codescanner.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QThread>
#include <QVideoFrame>

#include <chrono>
#include <memory>

class QCamera;
class QCameraDevice;
class QMediaCaptureSession;
class QVideoSink;

namespace Madoguchi {

/// Codes read from camera frames. Frames arrive through a QVideoSink (the kiosk's viewfinder, or a
/// camera this scanner opens itself); each is decoded on a worker thread, and frames that arrive while
/// one is being decoded are skipped except the newest, so a slow machine falls behind by at most one
/// frame. A code held in front of the camera is delivered once; it is delivered again only after it
/// has been out of sight for the repeat interval.
class CameraScanner : public CodeScanner
{
    Q_OBJECT
public:
    /// Reads the frames that reach `sink` (not owned; a QML VideoOutput's sink, say).
    explicit CameraScanner(QVideoSink *sink, QObject *parent = nullptr);
    /// Opens the camera itself.
    explicit CameraScanner(const QCameraDevice &camera, QObject *parent = nullptr);
    ~CameraScanner() override;

    void start() override;
    void stop() override;
    [[nodiscard]] bool isConnected() const override;
    [[nodiscard]] QString description() const override;

    /// How long a code must be out of sight before it counts as a new scan (two seconds by default).
    void setRepeatInterval(std::chrono::milliseconds interval) { m_repeatMs = interval.count(); }

Q_SIGNALS:
    /// A frame was decoded (with or without codes in it): for diagnostics and tests.
    void frameDecoded(int codesFound);

private:
    void frameArrived(const QVideoFrame &frame);
    void decodeOnWorker(const QVideoFrame &frame);
    void decoded(const QList<DecodedCode> &codes);

    QPointer<QVideoSink> m_sink;
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QCamera> m_camera;
    std::unique_ptr<QVideoSink> m_ownSink;
    QString m_cameraName;
    QThread m_thread;
    QObject *m_worker = nullptr;
    FrameDecoder m_decoder;
    bool m_running = false;
    bool m_busy = false;
    QVideoFrame m_pending;
    QHash<QByteArray, qint64> m_lastSeen;
    QElapsedTimer m_clock;
    qint64 m_repeatMs = 2000;
};

} // namespace Madoguchi
