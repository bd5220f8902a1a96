// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardreader.h"

#include <QObject>
#include <QString>

namespace Madoguchi {

/// The card reader where a visitor places a My Number card (the kiosk's, a counter's): whether a
/// card lies on it now, and the session with that card. Presence is told in the thread that created
/// the terminal; the reader's calls block, so front ends make them from one worker thread at a time.
class CardTerminal : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// Starts watching the reader. A reader that is missing, or PC/SC that is not running, is
    /// retried until stop(); each failure is told once through problem().
    virtual void start() = 0;
    /// Stops watching.
    virtual void stop() = 0;

    /// True while a card lies on the reader.
    [[nodiscard]] virtual bool cardPresent() const = 0;
    /// True while the reader can be used: it is attached and PC/SC runs (readyChanged() tells).
    [[nodiscard]] virtual bool ready() const = 0;
    /// The card on the reader (every call opens a fresh session with it).
    [[nodiscard]] virtual CardReader &reader() = 0;
    /// What and where the reader is, for diagnostics ("PC/SC reader SONY FeliCa RC-S300").
    [[nodiscard]] virtual QString description() const = 0;

Q_SIGNALS:
    /// A card was placed on the reader, or taken off it.
    void cardPresentChanged(bool present);
    /// The reader became usable, or stopped being so.
    void readyChanged(bool ready);
    /// Something a person setting up the kiosk should know (no reader, pcscd stopped), translated.
    void problem(const QString &message);
};

} // namespace Madoguchi
