// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "card/mynumbercardreader.h"
#include "fakemynumbercard.h"
#include "ports/cardterminal.h"

#include <QMutex>

#include <atomic>

#include <memory>

namespace Madoguchi {

/// The card reader of the demo and the tests: a fake My Number card is placed on it and lifted off
/// (the demo's simulated devices window), and read through the same session code as a real card. A
/// card lifted off during a read fails that read as a real one does. Placing and lifting happen in
/// the terminal's thread; reads may run on a worker thread.
class SimCardTerminal final : public CardTerminal
{
    Q_OBJECT
public:
    explicit SimCardTerminal(QObject *parent = nullptr);

    void start() override { }
    void stop() override { }
    [[nodiscard]] bool cardPresent() const override;
    [[nodiscard]] bool ready() const override { return m_ready; }
    [[nodiscard]] CardReader &reader() override { return m_reader; }
    [[nodiscard]] QString description() const override;

    /// Places this card on the reader (lifting any card already there).
    void place(const FakeCardProfile &card);
    /// Lifts the card off the reader.
    void lift();
    /// The reader unplugged (false) or plugged in again, as readyChanged() tells.
    void setReady(bool ready);
    /// The PIN tries the card on the reader has left; -1 without a card.
    [[nodiscard]] int triesLeft() const;

private:
    [[nodiscard]] CardResult<std::unique_ptr<CardChannel>> connectCard();

    mutable QMutex m_mutex;
    std::shared_ptr<FakeMyNumberCard> m_card; ///< guarded by m_mutex
    MyNumberCardReader m_reader;
    std::atomic<bool> m_ready{true}; // read by reads on the worker thread
};

} // namespace Madoguchi
