// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evdevkeymap.h"
#include "reconnectingscanner.h"

class QSocketNotifier;

namespace Madoguchi {

/// A keyboard-wedge scanner read directly from its evdev node (best its
/// /dev/input/by-id/usb-…-event-kbd name), taken exclusively (EVIOCGRAB) so that its keystrokes
/// never reach the desktop or a focused field. Needs no focus and no input method; reopens the
/// node when the scanner is plugged in again.
class EvdevScanner : public ReconnectingScanner
{
    Q_OBJECT
public:
    /// `exclusive` false leaves the keystrokes to the desktop as well (for trying a scanner out).
    EvdevScanner(QString path, KeyLayout layout, bool exclusive, QObject *parent = nullptr);
    ~EvdevScanner() override;

    [[nodiscard]] QString description() const override;

protected:
    [[nodiscard]] std::optional<QString> openDevice() override;
    void closeDevice() override;

private:
    void readEvents();

    QString m_path;
    bool m_exclusive;
    EvdevLineDecoder m_decoder;
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Madoguchi
