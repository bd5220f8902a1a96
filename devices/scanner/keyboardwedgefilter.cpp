// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyboardwedgefilter.h"

#include "common/translation.h"
#include "scan/scanerror.h"

#include <QCoreApplication>
#include <QKeyEvent>

namespace Madoguchi {

namespace {

constexpr qsizetype kMaxPendingReleases = 64;

bool isTerminator(int key)
{
    return key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab;
}

bool isTypedCharacter(const QKeyEvent &event)
{
    const Qt::KeyboardModifiers other = event.modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    return other == Qt::NoModifier && event.text().size() == 1 && event.text().front().isPrint();
}

} // namespace

KeyboardWedgeFilter::KeyboardWedgeFilter(std::chrono::milliseconds maxGap, int minLength, QObject *parent)
    : CodeScanner(parent)
    , m_maxGapMs(maxGap.count())
    , m_minLength(minLength)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(maxGap);
    connect(&m_flush, &QTimer::timeout, this, &KeyboardWedgeFilter::handBack);
}

KeyboardWedgeFilter::~KeyboardWedgeFilter()
{
    stop();
}

void KeyboardWedgeFilter::start()
{
    if (m_installed || !QCoreApplication::instance())
        return;
    QCoreApplication::instance()->installEventFilter(this);
    m_installed = true;
    Q_EMIT connectedChanged(true);
}

void KeyboardWedgeFilter::stop()
{
    if (!m_installed)
        return;
    handBack();
    QCoreApplication::instance()->removeEventFilter(this);
    m_installed = false;
    Q_EMIT connectedChanged(false);
}

QString KeyboardWedgeFilter::description() const
{
    return DevicesTr::tr("keyboard-wedge scanner (keystrokes to this application)");
}

bool KeyboardWedgeFilter::eventFilter(QObject *watched, QEvent *event)
{
    // Key events reach the window first and its items afterwards; only the window's copy counts.
    if (m_handingBack || !watched->isWindowType())
        return false;
    if (event->type() == QEvent::KeyPress)
        return keyPressed(watched, static_cast<const QKeyEvent &>(*event));
    if (event->type() == QEvent::KeyRelease)
        return keyReleased(static_cast<const QKeyEvent &>(*event));
    return false;
}

bool KeyboardWedgeFilter::keyPressed(QObject *window, const QKeyEvent &event)
{
    const auto timestamp = qint64(event.timestamp());
    const bool inRhythm = !m_held.isEmpty() && timestamp - m_lastTimestamp <= m_maxGapMs;
    if (event.isAutoRepeat() || (!isTypedCharacter(event) && !isTerminator(event.key()))) {
        handBack();
        return false;
    }
    if (isTerminator(event.key())) {
        if (!inRhythm || m_held.size() < m_minLength) {
            handBack();
            return false;
        }
        m_flush.stop();
        QByteArray scan;
        for (const HeldKey &held : std::as_const(m_held))
            scan += held.text.toUtf8();
        m_held.clear();
        m_swallowedReleases.append(event.key());
        Q_EMIT scanned(scan.left(kMaxScanBytes + 1));
        return true;
    }
    if (!inRhythm)
        handBack();
    m_held.append({window, event.key(), event.modifiers(), event.text()});
    m_swallowedReleases.append(event.key());
    if (m_swallowedReleases.size() > kMaxPendingReleases) // releases lost to a focus change must not pile up
        m_swallowedReleases.removeFirst();
    m_lastTimestamp = timestamp;
    m_flush.start();
    return true;
}

bool KeyboardWedgeFilter::keyReleased(const QKeyEvent &event)
{
    return !event.isAutoRepeat() && m_swallowedReleases.removeOne(event.key());
}

void KeyboardWedgeFilter::handBack()
{
    m_flush.stop();
    const QList<HeldKey> held = std::exchange(m_held, {});
    m_handingBack = true;
    for (const HeldKey &key : held) {
        if (!key.window)
            continue;
        QKeyEvent press(QEvent::KeyPress, key.key, key.modifiers, key.text);
        QCoreApplication::sendEvent(key.window, &press);
        QKeyEvent release(QEvent::KeyRelease, key.key, key.modifiers, key.text);
        QCoreApplication::sendEvent(key.window, &release);
    }
    m_handingBack = false;
}

} // namespace Madoguchi
