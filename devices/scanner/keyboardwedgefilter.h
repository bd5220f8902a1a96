// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/codescanner.h"

#include <QList>
#include <QPointer>
#include <QTimer>

class QKeyEvent;

namespace Madoguchi {

/// The fallback for a keyboard-wedge scanner that cannot be read through evdev: an application-wide
/// event filter that tells a scanner's keystrokes from a person's by their rhythm. A scanner types
/// at least `minLength` characters, each within `maxGap` of the last, and ends with Enter or Tab;
/// those keystrokes become one scan and never reach the focused field. Anything slower is handed
/// back, unchanged and in order, to the window it was meant for (delayed by at most `maxGap`).
/// Needs the scanner's keyboard layout to match the desktop's, and no input method composing.
class KeyboardWedgeFilter : public CodeScanner
{
    Q_OBJECT
public:
    explicit KeyboardWedgeFilter(std::chrono::milliseconds maxGap = std::chrono::milliseconds(40), int minLength = 4,
                                 QObject *parent = nullptr);
    ~KeyboardWedgeFilter() override;

    void start() override;
    void stop() override;
    [[nodiscard]] bool isConnected() const override { return m_installed; }
    [[nodiscard]] QString description() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct HeldKey {
        QPointer<QObject> window;
        int key;
        Qt::KeyboardModifiers modifiers;
        QString text;
    };

    bool keyPressed(QObject *window, const QKeyEvent &event);
    bool keyReleased(const QKeyEvent &event);
    void handBack();

    qint64 m_maxGapMs;
    int m_minLength;
    QList<HeldKey> m_held;
    QList<int> m_swallowedReleases;
    qint64 m_lastTimestamp = 0;
    QTimer m_flush;
    bool m_installed = false;
    bool m_handingBack = false;
};

} // namespace Madoguchi
