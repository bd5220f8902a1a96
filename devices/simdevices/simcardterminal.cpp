// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simcardterminal.h"

#include "common/translation.h"

namespace Madoguchi {
namespace {

/// A session with the card that lay on the reader when it began: lifting it (or placing another)
/// ends the session as taking a real card away does.
class SimTerminalChannel final : public CardChannel
{
public:
    SimTerminalChannel(QMutex &mutex, const std::shared_ptr<FakeMyNumberCard> &onReader, std::shared_ptr<FakeMyNumberCard> card)
        : m_mutex(mutex)
        , m_onReader(onReader)
        , m_card(std::move(card))
        , m_connection(*m_card)
    {
    }

    CardResult<CardResponse> transmit(const QByteArray &command) override
    {
        const QMutexLocker lock(&m_mutex);
        if (m_onReader != m_card)
            return CardError{CardErrorCode::CardRemoved, DevicesTr::tr("The card was removed.")};
        return m_connection.transmit(command);
    }

private:
    QMutex &m_mutex;
    const std::shared_ptr<FakeMyNumberCard> &m_onReader;
    std::shared_ptr<FakeMyNumberCard> m_card;
    FakeCardConnection m_connection;
};

} // namespace

SimCardTerminal::SimCardTerminal(QObject *parent)
    : CardTerminal(parent)
    , m_reader([this] { return connectCard(); })
{
}

bool SimCardTerminal::cardPresent() const
{
    const QMutexLocker lock(&m_mutex);
    return m_card != nullptr;
}

QString SimCardTerminal::description() const
{
    return DevicesTr::tr("simulated card reader");
}

void SimCardTerminal::place(const FakeCardProfile &card)
{
    lift();
    {
        const QMutexLocker lock(&m_mutex);
        m_card = std::make_shared<FakeMyNumberCard>(card);
    }
    Q_EMIT cardPresentChanged(true);
}

void SimCardTerminal::lift()
{
    {
        const QMutexLocker lock(&m_mutex);
        if (!m_card)
            return;
        m_card.reset();
    }
    Q_EMIT cardPresentChanged(false);
}

void SimCardTerminal::setReady(bool ready)
{
    if (ready == m_ready)
        return;
    if (!ready)
        lift();
    m_ready = ready;
    Q_EMIT readyChanged(ready);
}

int SimCardTerminal::triesLeft() const
{
    const QMutexLocker lock(&m_mutex);
    return m_card ? m_card->triesLeft() : -1;
}

CardResult<std::unique_ptr<CardChannel>> SimCardTerminal::connectCard()
{
    const QMutexLocker lock(&m_mutex);
    if (!m_ready)
        return CardError{CardErrorCode::ReaderGone, DevicesTr::tr("The card reader was disconnected.")};
    if (!m_card)
        return CardError{CardErrorCode::NoCard, DevicesTr::tr("No card is on the reader.")};
    return std::unique_ptr<CardChannel>(std::make_unique<SimTerminalChannel>(m_mutex, m_card, m_card));
}

} // namespace Madoguchi
