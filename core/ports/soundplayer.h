// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>

namespace Madoguchi {

/// Plays one sound at a time (a WAV file in memory) on the machine's speakers.
class SoundPlayer : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// Starts the sound at a volume from 0 to 1; finished() follows when it has been played (or could not be).
    virtual void play(const QByteArray &wav, double volume) = 0;

Q_SIGNALS:
    void finished();
};

} // namespace Madoguchi
