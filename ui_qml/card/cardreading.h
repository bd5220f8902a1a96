// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "person/basicfouritems.h"
#include "ports/cardreader.h"

#include <QObject>
#include <QThreadPool>
#include <QtQml/qqmlregistration.h>

namespace Madoguchi {

class CardTerminal;

/// Reading a visitor's My Number card, step by step, for a screen: consent, placing the card, its
/// PIN tries read first, a warning to confirm at one try left, the PIN entered digit by digit (the
/// digits stay in this object, wiped after use; the screen only learns how many there are), the read,
/// and what went wrong in words a visitor understands: a wrong PIN with the tries left, a locked
/// card and where to reset it, a card lifted too early, another kind of card, a broken reader.
/// The card is used on one worker thread, never the screen's.
class CardReading : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by the kiosk")
    Q_PROPERTY(Step step READ step NOTIFY stepChanged)
    Q_PROPERTY(bool cardPresent READ cardPresent NOTIFY cardPresentChanged)
    Q_PROPERTY(int triesLeft READ triesLeft NOTIFY stepChanged)
    Q_PROPERTY(int pinLength READ pinLength NOTIFY pinLengthChanged)
    Q_PROPERTY(int pinDigits READ pinDigits CONSTANT)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(bool individualNumberWanted READ individualNumberWanted NOTIFY stepChanged)
public:
    enum class Step {
        Idle,        ///< not reading
        Consent,     ///< asked whether to read the card, and what is read
        PlaceCard,   ///< waiting for the card on the reader
        Checking,    ///< reading the PIN tries left (uses none)
        LastTry,     ///< one try left: the visitor confirms before the PIN pad
        Pin,         ///< the PIN pad
        Reading,     ///< verifying the PIN and reading the basic four items
        Done,        ///< read: read() was emitted
        Locked,      ///< the card's PIN is locked
        Unavailable, ///< the reader does not work now
    };
    Q_ENUM(Step)

    explicit CardReading(CardTerminal &terminal, QObject *parent = nullptr);
    /// Waits for a card call in progress (at most the card's own time, a second or two).
    ~CardReading() override;

    [[nodiscard]] Step step() const { return m_step; }
    [[nodiscard]] bool cardPresent() const;
    /// Whether the reader can be used now (a front end need not offer the card step when not).
    [[nodiscard]] bool readerReady() const;
    /// The card's PIN tries left, once read (-1 before).
    [[nodiscard]] int triesLeft() const { return m_triesLeft; }
    /// How many digits have been entered (never which).
    [[nodiscard]] int pinLength() const { return int(m_pin.size()); }
    [[nodiscard]] static int pinDigits() { return kPinDigits; }
    /// Why the last step did not work, translated; empty when it did.
    [[nodiscard]] QString problem() const { return m_problem; }
    /// The next read also takes the individual number, for a form the office reads it for (the
    /// consent says so); reset() turns it off.
    [[nodiscard]] bool individualNumberWanted() const { return m_individualNumberWanted; }
    void setIndividualNumberWanted(bool wanted);

    /// Asks the visitor whether to read the card (Consent).
    Q_INVOKABLE void offer();
    /// The visitor agreed: place the card (or, if it lies there already, its tries are read).
    Q_INVOKABLE void consent();
    /// At one try left the visitor is sure of the PIN: the pad, with the last try allowed.
    Q_INVOKABLE void acceptLastTry();
    /// A digit of the PIN pad (0–9); ignored once four are entered.
    Q_INVOKABLE void pressDigit(int digit);
    /// Removes the last digit entered.
    Q_INVOKABLE void removeDigit();
    /// Verifies the four digits and reads the card.
    Q_INVOKABLE void confirmPin();
    /// Back to Idle: the PIN is wiped and the answer of a card call in progress is dropped.
    Q_INVOKABLE void reset();

    static constexpr int kPinDigits = 4;

Q_SIGNALS:
    void stepChanged();
    void cardPresentChanged();
    void pinLengthChanged();
    void problemChanged();
    /// The card was read (step Done). Personal data: never logged.
    void read(const Madoguchi::BasicFourItems &items);
    /// The individual number was read too (12 digits), just before read(): for the forms that take it
    /// alone; the receiver wipes it once it has been printed.
    void individualNumberRead(const QByteArray &digits);
    /// The visitor did something on the reading's screens (a digit, a button, the card placed).
    void used();

private:
    void setStep(Step step);
    void setProblem(const QString &problem);
    void wipePin();
    void checkTries();
    void triesRead(const CardResult<int> &tries);
    void cardRead(const CardResult<CardReadout> &readout);
    /// Puts the step and the message that fit a failed card call.
    void failed(const CardError &error);
    void presenceChanged(bool present);
    void readinessChanged(bool ready);
    /// Back to placing the card: what was typed and the last-try consent are given up.
    void askForCard();
    /// Runs a card call on the worker, and its answer here unless reset() came between.
    template<typename Result>
    void run(std::function<Result(CardReader &)> call, void (CardReading::*answer)(const Result &));

    CardTerminal &m_terminal;
    QThreadPool m_worker;
    Step m_step = Step::Idle;
    int m_triesLeft = -1;
    bool m_lastTryAccepted = false;
    bool m_individualNumberWanted = false;
    QByteArray m_pin; ///< the digits entered; wiped as soon as they are used or given up
    QString m_problem;
    int m_attempt = 0; ///< counts reset(): an answer of an earlier attempt is dropped
};

} // namespace Madoguchi
