// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskvoice.h"

#include "text/phrasebreaks.h"

#include "card/cardreading.h"
#include "common/languagecatalogs.h"
#include "kioskcontroller.h"

using namespace Qt::StringLiterals;

namespace Madoguchi {

KioskVoice::KioskVoice(KioskController &kiosk, SpeechSynthesizer &speech, SoundPlayer &player, const LanguageCatalogs &catalogs,
                       SoundSettings settings, QObject *parent)
    : QObject(parent)
    , m_kiosk(kiosk)
    , m_catalogs(catalogs)
    , m_queue(speech, player, settings)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(0);
    connect(&m_settle, &QTimer::timeout, this, &KioskVoice::update);
    for (const auto signal :
         {&KioskController::screenChanged, &KioskController::languageChanged, &KioskController::officeChanged,
          &KioskController::messageChanged, &KioskController::ticketChanged, &KioskController::printStateChanged,
          &KioskController::clerkCalledChanged, &KioskController::voiceGuidanceChanged, &KioskController::stillThereAskedChanged})
        connect(&m_kiosk, signal, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_kiosk, &KioskController::cardChanged, this, &KioskVoice::followCard);
    followCard();
    connect(&m_queue, &SpeechQueue::sounding, this, [this](const QString &text, const QString &language) {
        if (!text.isEmpty())
            Q_EMIT speaking(text, language);
    });
}

void KioskVoice::followCard()
{
    if (const CardReading *card = m_kiosk.card()) {
        connect(card, &CardReading::stepChanged, &m_settle, qOverload<>(&QTimer::start));
        connect(card, &CardReading::problemChanged, &m_settle, qOverload<>(&QTimer::start));
    }
}

QString KioskVoice::shown(const char *context, const char *source) const
{
    return withoutBreakMarks(m_catalogs.translate(m_kiosk.language(), context, source));
}

// The sources are the screens' own texts (the QML files' qsTr), so that the voice says what is shown.
QString KioskVoice::guidance() const
{
    // The question comes first: unanswered, the kiosk starts over.
    if (m_kiosk.stillThereAsked())
        return shown("StillThereDialog", "Are you still there?") + u'\n'
            + shown("StillThereDialog", "The kiosk returns to the start in %1 s. Touch “Continue” to go on.").arg(m_kiosk.secondsLeft());
    if (!m_kiosk.message().isEmpty())
        return m_kiosk.message();
    if (m_kiosk.clerkCalled())
        return shown("KioskWindow", "A clerk has been called and will come to you. Please wait here.");
    QStringList parts;
    switch (m_kiosk.screen()) {
    case KioskController::Screen::Attract:
    case KioskController::Screen::Services: {
        if (m_kiosk.screen() == KioskController::Screen::Attract)
            parts.append(shown("ServicesPage", "Welcome to %1").arg(m_kiosk.officeName()));
        if (!m_kiosk.officeOpen()) {
            parts.append(shown("ServicesPage", "The office is closed now. Please come back during opening hours."));
            break;
        }
        parts.append(shown("ServicesPage", "Which procedure are you here for?"));
        const ServiceListModel &services = *m_kiosk.services();
        for (int row = 0; row < services.rowCount(); ++row) {
            const QModelIndex index = services.index(row);
            parts.append(index.data(ServiceListModel::NameRole).toString());
            parts.append(index.data(ServiceListModel::ProceduresRole).toString());
            parts.append(shown("ServiceCard", "People waiting: %1").arg(index.data(ServiceListModel::WaitingRole).toInt()));
        }
        break;
    }
    case KioskController::Screen::Reservation:
        parts = {shown("ReservationPage", "Check in your reservation"),
                 shown("ReservationPage", "Hold the QR code of your reservation (on paper or on your phone) under the reader."),
                 shown("ReservationPage", "Or type the code of your reservation:")};
        break;
    case KioskController::Screen::Ticket:
        parts = {shown("TicketPage", "Your number"), m_kiosk.ticketNumber(), m_kiosk.ticketServices(),
                 shown("TicketPage", "People ahead of you: %1").arg(m_kiosk.ticketAhead())};
        if (const QStringList documents = m_kiosk.ticketDocuments(); !documents.isEmpty())
            parts.append(shown("TicketPage", "Please have these ready:") + u'\n' + documents.join(u'\n'));
        if (m_kiosk.printState() == KioskController::PrintState::Printed)
            parts.append(shown("TicketPage", "Please take your ticket."));
        break;
    case KioskController::Screen::Card: parts = cardGuidance(); break;
    case KioskController::Screen::Unavailable: break; // the message says why
    }
    parts.removeAll(QString());
    return parts.join(u'\n');
}

// The card page's title and explanation (CardPage.qml), then what went wrong; never a digit of the PIN.
QStringList KioskVoice::cardGuidance() const
{
    const CardReading *card = m_kiosk.card();
    if (!card)
        return {};
    const auto page = [this](const char *source) { return shown("CardPage", source); };
    QStringList parts;
    switch (card->step()) {
    case CardReading::Step::Idle: return {};
    case CardReading::Step::Consent:
        parts = {page("Read your My Number card instead of writing?"),
                 page("The kiosk reads the name, address, date of birth and sex on your card and gives them to the clerk, who fills in "
                      "your forms. Your individual number is not read. The details are deleted at the end of the day. You need the "
                      "card's 4-digit PIN.")};
        break;
    case CardReading::Step::PlaceCard:
        parts = {page("Place your My Number card on the reader"),
                 page("The reader is below the screen. Leave the card there until the screen says it has been read.")};
        break;
    case CardReading::Step::LastTry:
        parts = {page("Only one PIN try is left"),
                 page("If this PIN is wrong too, the card is locked and must be reset at the municipal office. If you are not sure of "
                      "the PIN, take a ticket without the card: the clerk will help you.")};
        break;
    case CardReading::Step::Pin:
        parts = {page("Enter your card's 4-digit PIN"),
                 page("The digits are not shown on the screen. Tries left: %1").arg(card->triesLeft())};
        break;
    case CardReading::Step::Done:
        parts = {page("Your card has been read"), page("Please take your card with you. Your ticket is coming.")};
        break;
    case CardReading::Step::Locked:
        parts = {page("The PIN of this card is locked"),
                 page("The PIN was entered wrongly too many times. It can be reset at the My Number card counter of the municipal "
                      "office with the card. You can still take a ticket now: the clerk will help you with the forms.")};
        break;
    case CardReading::Step::Unavailable:
        parts = {page("The card reader cannot be used now"), page("Please take a ticket: the clerk will enter your details.")};
        break;
    case CardReading::Step::Checking:
    case CardReading::Step::Reading: parts = {page("Reading the card…"), page("Please do not move the card.")}; break;
    }
    // The problem first: it is why the visitor is asked again.
    if (!card->problem().isEmpty())
        parts.prepend(card->problem());
    return parts;
}

void KioskVoice::update()
{
    if (!m_kiosk.voiceGuidance()) {
        m_queue.dropPending();
        m_said.clear();
        return;
    }
    const QString text = guidance();
    if (text == m_said || text.isEmpty())
        return;
    m_said = text;
    m_queue.dropPending();
    m_queue.enqueueSentence(text, m_kiosk.language());
}

} // namespace Madoguchi
