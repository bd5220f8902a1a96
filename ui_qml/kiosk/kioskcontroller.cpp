// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskcontroller.h"

#include "client/officeclient.h"
#include "common/languagecatalogs.h"
#include "injectedsingleton.h"
#include "ports/receiptprinter.h"
#include "profile/profile.h"
#include "profile/profilejson.h"
#include "scan/reservationcode.h"
#include "scan/scanpayload.h"
#include "ticket/ticketlayout.h"
#include "uitranslation.h"

#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace Madoguchi {

namespace {

KioskController *s_instance = nullptr;

} // namespace

KioskController::KioskController(OfficeClient &client, ReceiptPrinter *printer, const LanguageCatalogs &catalogs, QTimeZone timeZone,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_printer(printer)
    , m_catalogs(catalogs)
    , m_timeZone(std::move(timeZone))
{
    m_inactivity.setSingleShot(true);
    m_stillThere.setSingleShot(true);
    setInactivityTimeout(std::chrono::seconds(90));
    connect(&m_inactivity, &QTimer::timeout, this, &KioskController::finish);
    connect(&m_stillThere, &QTimer::timeout, this, [this] { setStillThereAsked(true); });
    m_countdown.setInterval(std::chrono::seconds(1));
    connect(&m_countdown, &QTimer::timeout, this, &KioskController::countdownChanged);
    m_idleRefresh.setInterval(std::chrono::seconds(30));
    connect(&m_idleRefresh, &QTimer::timeout, this, &KioskController::refresh);
    connect(&m_printJob, &QFutureWatcher<PrinterResult<PrinterStatus>>::finished, this, &KioskController::printed);
    s_instance = this;
}

KioskController::~KioskController()
{
    m_printJob.waitForFinished(); // the printer outlives no job
    if (s_instance == this)
        s_instance = nullptr;
}

KioskController *KioskController::create(QQmlEngine *, QJSEngine *)
{
    return injectedSingleton(s_instance);
}

QString KioskController::ticketServices() const
{
    if (!m_ticket)
        return {};
    QStringList names;
    for (const QString &code : m_ticket->services)
        names.append(m_services.name(code).value_or(code));
    return names.join(u'\n');
}

QStringList KioskController::ticketDocuments() const
{
    QStringList documents;
    if (m_ticket) {
        for (const QString &code : m_ticket->services) {
            for (const QString &document : m_services.documents(code)) {
                if (!documents.contains(document))
                    documents.append(document);
            }
        }
    }
    return documents;
}

QString KioskController::ticketReservation() const
{
    if (!m_ticket || !m_ticket->appointment)
        return {};
    return KioskTr::tr("Reservation at %1").arg(m_ticket->appointment->due.toTimeZone(m_timeZone).toString(u"HH:mm"));
}

void KioskController::refresh()
{
    m_client.overview([this](const ClientResult<OfficeOverview> &overview) { overviewArrived(overview); });
}

void KioskController::begin()
{
    touched();
    if (m_card)
        m_card->reset();
    setScreen(Screen::Services);
    refresh();
}

void KioskController::chooseLanguage(const QString &language)
{
    touched();
    if (language == m_language || !m_overview.languages.contains(language))
        return;
    m_language = language;
    m_client.setLanguage(m_language);
    Q_EMIT languageChanged(); // first: the program installs the language's catalogue, which the model's texts use
    m_services.setServices(m_overview.services, m_language);
    Q_EMIT officeChanged();
}

void KioskController::setCardTerminal(CardTerminal *terminal)
{
    m_card.reset();
    if (terminal) {
        m_card = std::make_unique<CardReading>(*terminal);
        connect(m_card.get(), &CardReading::used, this, &KioskController::touched);
        connect(m_card.get(), &CardReading::read, this, &KioskController::cardRead);
    }
    Q_EMIT cardChanged();
}

void KioskController::issue(const QString &serviceCode)
{
    touched();
    if (m_busy || !m_services.name(serviceCode))
        return;
    // Details the visitor brought already (a pre-application) are not asked for again, and a reader
    // that cannot be used now is not offered.
    if (m_card && m_card->readerReady() && m_broughtDetails.isEmpty() && m_screen != Screen::Card) {
        m_cardService = serviceCode;
        m_card->offer();
        setMessage({});
        setScreen(Screen::Card);
        return;
    }
    requestTicket(serviceCode);
}

void KioskController::skipCard()
{
    touched();
    if (m_screen != Screen::Card || m_busy)
        return;
    m_card->reset();
    requestTicket(m_cardService);
}

void KioskController::cardRead(const BasicFourItems &items)
{
    if (m_screen != Screen::Card)
        return; // the visitor went on (a reservation scanned) while the card was read
    Profile profile;
    applyBasicFourItems(profile, items, ValueSource::Card, QDateTime::currentDateTimeUtc());
    m_broughtDetails = profileChangeJson(profile, ValueSource::Card);
    requestTicket(m_cardService);
}

void KioskController::requestTicket(const QString &serviceCode)
{
    if (m_busy)
        return;
    TicketRequest request;
    request.services = {serviceCode};
    sendIssue(serviceCode, request, [this](const ClientResult<Ticket> &ticket) { ticketIssued(ticket); });
}

void KioskController::requestRoutedTicket(const QStringList &procedures)
{
    if (m_busy)
        return;
    TicketRequest request;
    request.procedures = procedures;
    sendIssue(procedures.join(u' '), request, [this](const ClientResult<Ticket> &ticket) { routedTicketIssued(ticket); });
}

void KioskController::sendIssue(const QString &pending, TicketRequest request, std::function<void(const ClientResult<Ticket> &)> done)
{
    if (pending != m_pendingService) { // a new request; the same one again is a retry under its key
        m_pendingService = pending;
        m_idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    setBusy(true);
    setMessage({});
    request.language = m_language;
    request.idempotencyKey = m_idempotencyKey;
    request.profile = m_broughtDetails;
    m_client.issue(request, std::move(done));
}

void KioskController::routedTicketIssued(const ClientResult<Ticket> &ticket)
{
    if (ticket || ticket.error().code == ClientErrorCode::Unreachable) {
        ticketIssued(ticket);
        return;
    }
    setBusy(false);
    m_pendingService.clear();
    setMessage(detailsReadMessage());
}

void KioskController::startReservation()
{
    touched();
    if (m_card)
        m_card->reset();
    setMessage({});
    setScreen(Screen::Reservation);
}

void KioskController::checkIn(const QString &typedCode)
{
    touched();
    const auto code = normalizedReservationCode(typedCode);
    if (!code) {
        setMessage(KioskTr::tr("A reservation code has 8 letters and digits, like 7K3M-Q2P7. Please check it."));
        return;
    }
    if (!reservationCodeCheckDigitValid(*code)) {
        setMessage(KioskTr::tr("This code is not right. Please check each character, or scan the QR code."));
        return;
    }
    checkInCode(*code);
}

void KioskController::scanned(const QByteArray &raw)
{
    touched();
    if (m_busy)
        return; // one thing at a time; the visitor can scan again
    const auto payload = parseScanPayload(raw);
    if (payload && payload->kind == ScanPayload::Kind::ReservationCode) {
        if (m_screen == Screen::Ticket)
            finish(); // the next visitor scanned while the last ticket was still shown
        if (m_card)
            m_card->reset(); // a card step under way is given up, and what was typed with it
        checkInCode(payload->code);
        return;
    }
    if (m_screen == Screen::Attract)
        begin();
    if (!payload)
        setMessage(KioskTr::tr("This code cannot be read. If it is your reservation, please type its code."));
    else if (payload->kind == ScanPayload::Kind::StatusToken)
        setMessage(KioskTr::tr("This is the code of a ticket: scan it with your phone to follow your turn."));
    else if (payload->kind == ScanPayload::Kind::PreApplication) {
        // The values go to the visit of the ticket the visitor takes next, so no one writes them again.
        if (m_screen == Screen::Ticket) { // the next visitor scanned while the last ticket was still shown
            finish();
            begin();
        }
        m_broughtDetails =
            profileChangeJson(payload->preApplication->toProfile(QDateTime::currentDateTimeUtc()), ValueSource::PreApplication);
        if (!payload->preApplication->procedures.isEmpty() && officeOpen())
            requestRoutedTicket(payload->preApplication->procedures);
        else
            setMessage(detailsReadMessage());
    } else
        setMessage(KioskTr::tr("This code cannot be used here."));
}

QString KioskController::detailsReadMessage()
{
    return KioskTr::tr("Your details from home have been read. Please choose your procedure: the clerk will have them.");
}

void KioskController::checkInCode(const QString &canonicalCode)
{
    if (m_busy)
        return;
    setBusy(true);
    setMessage({});
    CheckInRequest request;
    request.code = canonicalCode;
    request.language = m_language;
    m_client.checkIn(request, [this](const ClientResult<Ticket> &ticket) { checkedIn(ticket); });
}

void KioskController::checkedIn(const ClientResult<Ticket> &ticket)
{
    setBusy(false);
    if (!ticket) {
        if (!failedUnreachable(ticket.error())) {
            // The server told why in the visitor's language (Accept-Language).
            setMessage(ticket.error().message);
            if (m_screen == Screen::Attract)
                setScreen(Screen::Reservation);
        }
        return;
    }
    showTicket(*ticket);
}

void KioskController::callClerk()
{
    touched();
    m_client.callClerk(m_language, [this](const ClientResult<AssistanceCall> &call) {
        if (!call) {
            setMessage(KioskTr::tr("The clerk could not be called. Please ask at the nearest counter."));
            return;
        }
        setMessage({});
        setClerkCalled(true);
    });
}

void KioskController::setClerkCalled(bool called)
{
    if (called == m_clerkCalled)
        return;
    m_clerkCalled = called;
    Q_EMIT clerkCalledChanged();
}

void KioskController::setVoiceGuidance(bool on)
{
    touched();
    if (on == m_voiceGuidance)
        return;
    m_voiceGuidance = on;
    Q_EMIT voiceGuidanceChanged();
}

void KioskController::setVoiceGuidanceDefault(bool on)
{
    m_voiceGuidanceDefault = on;
    setVoiceGuidance(on);
}

void KioskController::finish()
{
    setClerkCalled(false);
    setVoiceGuidance(m_voiceGuidanceDefault);
    m_ticket.reset();
    m_pendingService.clear();
    m_cardService.clear();
    m_broughtDetails = {};
    if (m_card)
        m_card->reset();
    setPrintState(PrintState::None);
    setMessage({});
    Q_EMIT ticketChanged();
    if (!m_overview.languages.isEmpty())
        chooseLanguage(m_overview.languages.constFirst());
    setScreen(Screen::Attract);
    stopInactivity(); // chooseLanguage() counted as a touch; the idle screen's waits are re-read every 30 s
}

void KioskController::touched()
{
    if (m_screen != Screen::Attract)
        restartInactivity();
}

void KioskController::setInactivityTimeout(std::chrono::milliseconds timeout, std::chrono::milliseconds warning)
{
    m_inactivity.setInterval(timeout);
    m_warning = std::min(warning, timeout);
    m_stillThere.setInterval(timeout - m_warning);
}

int KioskController::secondsLeft() const
{
    if (!m_inactivity.isActive())
        return 0;
    // A coarse timer may report a little more than its interval.
    const int remaining = std::min(m_inactivity.remainingTime(), m_inactivity.interval());
    return (remaining + 999) / 1000;
}

void KioskController::restartInactivity()
{
    m_inactivity.start();
    m_stillThere.start();
    m_countdown.start();
    m_idleRefresh.stop();
    setStillThereAsked(false);
    Q_EMIT countdownChanged();
}

void KioskController::stopInactivity()
{
    m_inactivity.stop();
    m_stillThere.stop();
    m_countdown.stop();
    m_idleRefresh.start();
    setStillThereAsked(false);
    Q_EMIT countdownChanged();
}

void KioskController::setStillThereAsked(bool asked)
{
    if (asked == m_stillThereAsked)
        return;
    m_stillThereAsked = asked;
    Q_EMIT stillThereAskedChanged();
}

void KioskController::setScreen(Screen screen)
{
    if (screen == m_screen)
        return;
    m_screen = screen;
    if (screen != Screen::Attract)
        restartInactivity();
    Q_EMIT screenChanged();
}

void KioskController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void KioskController::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

void KioskController::setPrintState(PrintState state)
{
    if (state == m_printState)
        return;
    m_printState = state;
    Q_EMIT printStateChanged();
}

void KioskController::overviewArrived(const ClientResult<OfficeOverview> &overview)
{
    if (!overview) {
        setMessage(KioskTr::tr("The office system cannot be reached, so no tickets can be issued now. Please ask a clerk."));
        if (m_screen == Screen::Services)
            setScreen(Screen::Unavailable);
        Q_EMIT refreshed(false);
        return;
    }
    m_overview = *overview;
    m_timeZone = m_overview.timeZone; // the office's, as the server says
    if (m_language.isEmpty() || !m_overview.languages.contains(m_language)) {
        m_language = m_overview.languages.value(0, QStringLiteral("ja"));
        m_client.setLanguage(m_language);
        Q_EMIT languageChanged();
    }
    m_services.setServices(m_overview.services, m_language);
    Q_EMIT officeChanged();
    if (m_screen == Screen::Unavailable) {
        setMessage({});
        setScreen(Screen::Services);
    }
    Q_EMIT refreshed(true);
}

void KioskController::ticketIssued(const ClientResult<Ticket> &ticket)
{
    setBusy(false);
    if (!ticket) {
        if (!failedUnreachable(ticket.error())) {
            m_pendingService.clear(); // refused: a new attempt is a new request
            setMessage(KioskTr::tr("No ticket could be issued: %1").arg(ticket.error().message));
            if (m_screen == Screen::Card)
                setScreen(Screen::Services); // what the card gave stays for the visitor's next choice
        }
        return;
    }
    m_pendingService.clear();
    m_broughtDetails = {}; // the visit has them now
    showTicket(*ticket);
}

bool KioskController::failedUnreachable(const ClientError &error)
{
    if (error.code != ClientErrorCode::Unreachable)
        return false;
    setMessage(KioskTr::tr("The office system cannot be reached, so no ticket was issued. Please ask a clerk."));
    setScreen(Screen::Unavailable);
    return true;
}

void KioskController::showTicket(const Ticket &ticket)
{
    m_ticket = ticket;
    Q_EMIT ticketChanged();
    setScreen(Screen::Ticket);
    print();
}

void KioskController::print()
{
    if (!m_printer) {
        setPrintState(PrintState::Failed);
        setMessage(KioskTr::tr("This kiosk has no printer. Please note your number or photograph the code on the screen."));
        return;
    }
    TicketContent content;
    content.language = m_ticket->language.isEmpty() ? m_language : m_ticket->language;
    content.officeName = m_overview.name.text(content.language);
    content.number = m_ticket->number;
    const QStringList names = ticketServices().split(u'\n');
    for (qsizetype i = 0; i < names.size(); ++i)
        content.services.append({names.at(i), {}, m_ticket->checklist.value(i)});
    content.issuedAt = m_ticket->issuedAt;
    content.timeZone = m_timeZone;
    content.ahead = m_ticket->ahead;
    content.estimateKnown = m_ticket->estimate.known;
    content.estimateLow = m_ticket->estimate.low;
    content.estimateHigh = m_ticket->estimate.high;
    content.statusUrl = m_ticket->statusUrl;
    if (m_ticket->appointment)
        content.appointmentDue = m_ticket->appointment->due;
    content.detailsKept = ticketHasDetails();
    const TicketDocument document = TicketLayout(m_catalogs).layout(content, m_printer->paperWidth());
    setPrintState(PrintState::Printing);
    setBusy(true); // one job at a time: the next visitor waits for this ticket to come out
    ReceiptPrinter *printer = m_printer;
    m_printJob.setFuture(QtConcurrent::run([printer, document] { return printer->print(document); }));
}

void KioskController::printed()
{
    const PrinterResult<PrinterStatus> result = m_printJob.result();
    setBusy(false);
    if (!m_ticket)
        return; // the visitor left before the printer finished
    if (!result) {
        setPrintState(PrintState::Failed);
        setMessage(KioskTr::tr("The ticket could not be printed (%1). Your number is on the screen: please note it or "
                               "photograph the code.")
                       .arg(result.error().message));
        return;
    }
    setPrintState(PrintState::Printed);
}

} // namespace Madoguchi
