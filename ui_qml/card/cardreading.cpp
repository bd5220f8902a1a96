// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardreading.h"

#include "ports/cardterminal.h"
#include "uitranslation.h"

namespace Madoguchi {

CardReading::CardReading(CardTerminal &terminal, QObject *parent)
    : QObject(parent)
    , m_terminal(terminal)
{
    m_worker.setMaxThreadCount(1); // one card call at a time, in order
    connect(&m_terminal, &CardTerminal::cardPresentChanged, this, &CardReading::presenceChanged);
    connect(&m_terminal, &CardTerminal::readyChanged, this, &CardReading::readinessChanged);
}

CardReading::~CardReading()
{
    wipePin();
    m_worker.waitForDone();
}

bool CardReading::cardPresent() const
{
    return m_terminal.cardPresent();
}

bool CardReading::readerReady() const
{
    return m_terminal.ready();
}

void CardReading::offer()
{
    reset();
    setStep(Step::Consent);
}

void CardReading::consent()
{
    if (m_step != Step::Consent)
        return;
    Q_EMIT used();
    setProblem({});
    m_lastTryAccepted = false;
    if (!m_terminal.ready()) {
        setStep(Step::Unavailable);
        return;
    }
    setStep(Step::PlaceCard);
    if (m_terminal.cardPresent())
        checkTries();
}

void CardReading::acceptLastTry()
{
    if (m_step != Step::LastTry)
        return;
    Q_EMIT used();
    m_lastTryAccepted = true;
    setStep(Step::Pin);
}

void CardReading::pressDigit(int digit)
{
    if (m_step != Step::Pin || digit < 0 || digit > 9 || m_pin.size() >= kPinDigits)
        return;
    Q_EMIT used();
    m_pin.append(char('0' + digit));
    Q_EMIT pinLengthChanged();
}

void CardReading::removeDigit()
{
    if (m_step != Step::Pin || m_pin.isEmpty())
        return;
    Q_EMIT used();
    m_pin[m_pin.size() - 1] = '\0';
    m_pin.chop(1);
    Q_EMIT pinLengthChanged();
}

void CardReading::confirmPin()
{
    if (m_step != Step::Pin || m_pin.size() != kPinDigits)
        return;
    Q_EMIT used();
    auto pin = std::make_shared<SecurePin>(m_pin); // takes the digits and wipes m_pin
    m_pin.clear();
    Q_EMIT pinLengthChanged();
    setProblem({});
    setStep(Step::Reading);
    const LastPinTry lastTry = m_lastTryAccepted ? LastPinTry::Accept : LastPinTry::Refuse;
    run<CardResult<CardReadout>>(
        [pin, lastTry, number = m_individualNumberWanted](CardReader &reader) -> CardResult<CardReadout> {
            if (number)
                return reader.readWithIndividualNumber(std::move(*pin), lastTry);
            auto items = reader.readBasicFour(std::move(*pin), lastTry); // EF 0001 is never touched
            if (!items)
                return items.error();
            return CardReadout{*items, {}};
        },
        &CardReading::cardRead);
}

void CardReading::setIndividualNumberWanted(bool wanted)
{
    if (wanted == m_individualNumberWanted || (m_step != Step::Idle && m_step != Step::Consent))
        return; // never changed behind the consent the visitor gave
    m_individualNumberWanted = wanted;
    Q_EMIT stepChanged();
}

void CardReading::reset()
{
    ++m_attempt;
    wipePin();
    m_triesLeft = -1;
    m_lastTryAccepted = false;
    m_individualNumberWanted = false;
    setProblem({});
    setStep(Step::Idle);
}

void CardReading::setStep(Step step)
{
    if (step == m_step)
        return;
    m_step = step;
    Q_EMIT stepChanged();
}

void CardReading::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged();
}

void CardReading::wipePin()
{
    if (m_pin.isEmpty())
        return;
    SecurePin::wipe(m_pin);
    m_pin.clear();
    Q_EMIT pinLengthChanged();
}

void CardReading::checkTries()
{
    setStep(Step::Checking);
    run<CardResult<int>>([](CardReader &reader) { return reader.pinTriesLeft(); }, &CardReading::triesRead);
}

void CardReading::triesRead(const CardResult<int> &tries)
{
    if (!tries) {
        failed(tries.error());
        return;
    }
    m_triesLeft = *tries;
    if (m_triesLeft == 0)
        setStep(Step::Locked);
    else if (m_triesLeft == 1 && !m_lastTryAccepted)
        setStep(Step::LastTry);
    else
        setStep(Step::Pin);
}

void CardReading::cardRead(const CardResult<CardReadout> &readout)
{
    if (!readout) {
        failed(readout.error());
        return;
    }
    setStep(Step::Done);
    if (!readout->individualNumber.isEmpty())
        Q_EMIT individualNumberRead(readout->individualNumber);
    Q_EMIT read(readout->items);
}

void CardReading::failed(const CardError &error)
{
    switch (error.code) {
    case CardErrorCode::WrongPin:
        // The tries are read again: at one left the visitor is warned before trying again.
        setProblem(CardTr::tr("The PIN is not right. Please enter it again."));
        m_lastTryAccepted = false;
        checkTries();
        return;
    case CardErrorCode::LastTryLeft: // the card has been used elsewhere since its tries were read
        m_triesLeft = 1;
        setStep(Step::LastTry);
        return;
    case CardErrorCode::Locked:
        m_triesLeft = 0;
        setStep(Step::Locked);
        return;
    case CardErrorCode::NoReader:
    case CardErrorCode::ReaderGone: setStep(Step::Unavailable); return;
    case CardErrorCode::NotMyNumberCard:
        setProblem(CardTr::tr("This card is not a My Number card. Please place your My Number card on the reader."));
        break;
    case CardErrorCode::NoCard:
    case CardErrorCode::CardRemoved:
        setProblem(CardTr::tr("The card was moved before the reading finished. Please place it again and leave it there until the "
                              "screen says it has been read."));
        if (m_step == Step::Reading && m_terminal.cardPresent()) {
            // Lifted and placed again during the read: no presence change is left to come, so the
            // card is asked about at once (once: a failed check goes back to waiting for the card).
            wipePin();
            m_lastTryAccepted = false;
            checkTries();
            return;
        }
        break;
    case CardErrorCode::BadPin:
    case CardErrorCode::NotAllowed:
    case CardErrorCode::Unreadable: setProblem(CardTr::tr("The card could not be read. Please place it again and keep it still.")); break;
    }
    askForCard();
}

void CardReading::askForCard()
{
    wipePin();
    m_lastTryAccepted = false; // another card may come: its last try is confirmed anew
    setStep(Step::PlaceCard);
}

void CardReading::readinessChanged(bool ready)
{
    if (!ready && m_step != Step::Idle && m_step != Step::Consent && m_step != Step::Done)
        setStep(Step::Unavailable);
    else if (ready && m_step == Step::Unavailable) {
        setProblem({});
        askForCard();
        if (m_terminal.cardPresent())
            checkTries();
    }
}

void CardReading::presenceChanged(bool present)
{
    Q_EMIT cardPresentChanged();
    if (present && m_step == Step::PlaceCard) {
        Q_EMIT used();
        setProblem({});
        checkTries();
    } else if (!present && (m_step == Step::Pin || m_step == Step::LastTry || m_step == Step::Checking)) {
        // Lifted before the PIN was sent: asked for again; whatever was typed is forgotten.
        ++m_attempt;
        setProblem(CardTr::tr("The card was taken off the reader. Please place it again and leave it there: the PIN is asked "
                              "once it is read."));
        askForCard();
    }
}

template<typename Result>
void CardReading::run(std::function<Result(CardReader &)> call, void (CardReading::*answer)(const Result &))
{
    // The destructor waits for the worker, so this object outlives the call; an answer queued to it
    // is dropped with it.
    CardReader &reader = m_terminal.reader();
    m_worker.start([this, &reader, call = std::move(call), answer, attempt = m_attempt] {
        QMetaObject::invokeMethod(this, [this, answer, attempt, result = call(reader)] {
            if (m_attempt == attempt)
                (this->*answer)(result);
        });
    });
}

} // namespace Madoguchi
