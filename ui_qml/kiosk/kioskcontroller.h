// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "card/cardreading.h"
#include "client/clienttypes.h"
#include "person/basicfouritems.h"
#include "ports/printerstatus.h"
#include "servicelistmodel.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QObject>
#include <QTimeZone>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace Madoguchi {

class CardTerminal;
class LanguageCatalogs;
class OfficeClient;
class ReceiptPrinter;

/// The kiosk's flow, for its QML screens: attract → services (in the visitor's language) → the ticket,
/// issued by the office server and printed; back to the attract screen when the visitor is done or
/// walks away. Never issues a ticket while the server cannot be reached, never loses one that was
/// issued (a retry after a lost answer returns the same ticket), and shows the ticket on screen when
/// the printer cannot print it, saying why.
class KioskController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Kiosk)
    QML_SINGLETON
    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QStringList languages READ languages NOTIFY officeChanged)
    Q_PROPERTY(QString officeName READ officeName NOTIFY officeChanged)
    Q_PROPERTY(bool officeOpen READ officeOpen NOTIFY officeChanged)
    Q_PROPERTY(Madoguchi::ServiceListModel *services READ services CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString ticketNumber READ ticketNumber NOTIFY ticketChanged)
    Q_PROPERTY(QString ticketStatusUrl READ ticketStatusUrl NOTIFY ticketChanged)
    Q_PROPERTY(QString ticketServices READ ticketServices NOTIFY ticketChanged)
    Q_PROPERTY(int ticketAhead READ ticketAhead NOTIFY ticketChanged)
    Q_PROPERTY(QString ticketEstimate READ ticketEstimate NOTIFY ticketChanged)
    Q_PROPERTY(QString ticketReservation READ ticketReservation NOTIFY ticketChanged)
    Q_PROPERTY(QStringList ticketDocuments READ ticketDocuments NOTIFY ticketChanged)
    Q_PROPERTY(bool ticketHasDetails READ ticketHasDetails NOTIFY ticketChanged)
    Q_PROPERTY(Madoguchi::CardReading *card READ card NOTIFY cardChanged)
    Q_PROPERTY(bool clerkCalled READ clerkCalled NOTIFY clerkCalledChanged)
    Q_PROPERTY(bool voiceGuidance READ voiceGuidance WRITE setVoiceGuidance NOTIFY voiceGuidanceChanged)
    Q_PROPERTY(PrintState printState READ printState NOTIFY printStateChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY countdownChanged)
    Q_PROPERTY(bool stillThereAsked READ stillThereAsked NOTIFY stillThereAskedChanged)
public:
    /// Attract: nobody at the kiosk (its QML shows the services under a welcome, with the languages).
    /// Card: reading the visitor's My Number card after the service was chosen (card()).
    enum class Screen { Attract, Services, Reservation, Card, Ticket, Unavailable };
    Q_ENUM(Screen)
    enum class PrintState { None, Printing, Printed, Failed };
    Q_ENUM(PrintState)

    /// `printer` may be null (a kiosk without one shows tickets on screen only). `catalogs` lays
    /// tickets out in the visitor's language; `timeZone` is the office's, for the printed time.
    KioskController(OfficeClient &client, ReceiptPrinter *printer, const LanguageCatalogs &catalogs, QTimeZone timeZone,
                    QObject *parent = nullptr);
    ~KioskController() override;

    /// The QML singleton Kiosk: the controller main() created before loading the QML.
    static KioskController *create(QQmlEngine *engine, QJSEngine *scriptEngine);

    [[nodiscard]] Screen screen() const { return m_screen; }
    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] QStringList languages() const { return m_overview.languages; }
    [[nodiscard]] QString officeName() const { return m_overview.name.text(m_language); }
    /// False outside opening hours: no tickets are issued then.
    [[nodiscard]] bool officeOpen() const { return m_overview.open; }
    [[nodiscard]] ServiceListModel *services() { return &m_services; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QString ticketNumber() const { return m_ticket ? m_ticket->number : QString(); }
    [[nodiscard]] QString ticketStatusUrl() const { return m_ticket ? m_ticket->statusUrl.toString() : QString(); }
    /// The ticket's procedures by name, in the visitor's language.
    [[nodiscard]] QString ticketServices() const;
    [[nodiscard]] int ticketAhead() const { return m_ticket ? m_ticket->ahead : 0; }
    [[nodiscard]] QString ticketEstimate() const { return m_ticket ? estimateText(m_ticket->estimate) : QString(); }
    /// What to have ready for the ticket's procedures, in the visitor's language.
    [[nodiscard]] QStringList ticketDocuments() const;
    /// "Reservation at 10:30" when the ticket is a reservation's check-in.
    [[nodiscard]] QString ticketReservation() const;
    /// The visit of the ticket keeps details the visitor brought (card, pre-application): the clerk has them.
    [[nodiscard]] bool ticketHasDetails() const { return m_ticket && m_ticket->profileValuesKept > 0; }
    [[nodiscard]] PrintState printState() const { return m_printState; }
    /// A clerk was called for this visitor and is on the way.
    [[nodiscard]] bool clerkCalled() const { return m_clerkCalled; }

    /// Each screen read aloud in the visitor's language (a visitor switches it; finish() restores the default).
    [[nodiscard]] bool voiceGuidance() const { return m_voiceGuidance; }
    void setVoiceGuidance(bool on);
    /// Whether voice guidance is on for each new visitor (off unless the kiosk is set up so).
    void setVoiceGuidanceDefault(bool on);

    /// How long without a touch before the kiosk returns to the attract screen (90 s by default), and
    /// how long before that it asks whether the visitor is still there (20 s; WCAG 2.2.1).
    void setInactivityTimeout(std::chrono::milliseconds timeout, std::chrono::milliseconds warning = std::chrono::seconds(20));
    /// Whole seconds until the kiosk returns to the attract screen; 0 on the attract screen.
    [[nodiscard]] int secondsLeft() const;
    /// The visitor has not touched the screen for a while and is asked whether to continue.
    [[nodiscard]] bool stillThereAsked() const { return m_stillThereAsked; }

    /// The kiosk's My Number card reader, or null (no card step): once a service is chosen the
    /// visitor may have the card read so as not to write; the details go with the ticket's visit.
    void setCardTerminal(CardTerminal *terminal);
    /// The card step's state for its screen, or null without a card reader.
    [[nodiscard]] CardReading *card() const { return m_card.get(); }

    /// Asks the server for the office and its queues (also done by begin()).
    Q_INVOKABLE void refresh();
    /// A visitor touched the attract screen.
    Q_INVOKABLE void begin();
    /// The visitor chose a language (one of languages()).
    Q_INVOKABLE void chooseLanguage(const QString &language);
    /// The visitor chose a service: issue a ticket for it.
    Q_INVOKABLE void issue(const QString &serviceCode);
    /// On the card screen: a ticket for the chosen service without reading the card.
    Q_INVOKABLE void skipCard();
    /// The visitor has a reservation: the screen to scan or type its code.
    Q_INVOKABLE void startReservation();
    /// Checks in the reservation whose code the visitor typed (forgiving case, spaces and hyphens).
    Q_INVOKABLE void checkIn(const QString &typedCode);
    /// A code read by the kiosk's scanner: a reservation checks in from any screen; anything else
    /// is explained.
    void scanned(const QByteArray &raw);
    /// The visitor asks for a clerk to come to the kiosk.
    Q_INVOKABLE void callClerk();
    /// The visitor is done: back to the attract screen in the office's first language.
    Q_INVOKABLE void finish();
    /// Any touch, or "continue" when asked whether still there: restarts the inactivity countdown.
    Q_INVOKABLE void touched();

Q_SIGNALS:
    void screenChanged();
    void languageChanged();
    void officeChanged();
    void busyChanged();
    void messageChanged();
    void ticketChanged();
    void printStateChanged();
    void clerkCalledChanged();
    void voiceGuidanceChanged();
    /// secondsLeft() changed (once a second while a visitor is at the kiosk).
    void countdownChanged();
    void stillThereAskedChanged();
    void cardChanged();
    /// The server answered (or did not) to refresh().
    void refreshed(bool reachable);

private:
    void setScreen(Screen screen);
    void setBusy(bool busy);
    void setMessage(const QString &message);
    void setPrintState(PrintState state);
    void setClerkCalled(bool called);
    void setStillThereAsked(bool asked);
    void restartInactivity();
    void stopInactivity();
    /// Asks the server for a ticket for the service, with what the visitor brought.
    void requestTicket(const QString &serviceCode);
    /// A pre-application from the resident's web guide names the guide's procedures: one ticket
    /// routed through their counters, in one scan.
    void requestRoutedTicket(const QStringList &procedures);
    /// Sends an issue request with the visitor's language, the details brought and a retry key: a new
    /// one unless `pending` (what is asked for) is what the last unanswered request asked for.
    void sendIssue(const QString &pending, TicketRequest request, std::function<void(const ClientResult<Ticket> &)> done);
    /// Refused (the office has no guide, or none of the procedures is at its counters): the details
    /// stay for the procedure the visitor chooses.
    void routedTicketIssued(const ClientResult<Ticket> &ticket);
    [[nodiscard]] static QString detailsReadMessage();
    void cardRead(const BasicFourItems &items);
    void overviewArrived(const ClientResult<OfficeOverview> &overview);
    void ticketIssued(const ClientResult<Ticket> &ticket);
    void checkedIn(const ClientResult<Ticket> &ticket);
    void checkInCode(const QString &canonicalCode);
    void showTicket(const Ticket &ticket);
    /// Says that nothing was issued when the server could not be reached; false for other failures.
    bool failedUnreachable(const ClientError &error);
    void print();
    void printed();

    OfficeClient &m_client;
    ReceiptPrinter *m_printer;
    const LanguageCatalogs &m_catalogs;
    QTimeZone m_timeZone;
    ServiceListModel m_services;
    OfficeOverview m_overview;
    QString m_language;
    Screen m_screen = Screen::Attract;
    bool m_busy = false;
    QString m_message;
    std::optional<Ticket> m_ticket;
    PrintState m_printState = PrintState::None;
    bool m_clerkCalled = false;
    bool m_voiceGuidance = false;
    bool m_voiceGuidanceDefault = false;
    QString m_pendingService; ///< the service (or the procedures) of an issue whose answer did not arrive
    QString m_cardService;    ///< the service chosen before the card step
    std::unique_ptr<CardReading> m_card;
    /// What a scanned pre-application brought, for the visit of the next ticket ({"source", "values"});
    /// personal data, forgotten with the visitor.
    QJsonObject m_broughtDetails;
    QString m_idempotencyKey; ///< reused when the visitor asks again for the same service
    QTimer m_inactivity;      ///< back to the attract screen
    QTimer m_stillThere;      ///< asks whether the visitor is still there, this long before
    QTimer m_countdown;       ///< once a second while a visitor is at the kiosk, for secondsLeft()
    QTimer m_idleRefresh;     ///< keeps the waits on the idle screen current
    bool m_stillThereAsked = false;
    std::chrono::milliseconds m_warning{std::chrono::seconds(20)};
    QFutureWatcher<PrinterResult<PrinterStatus>> m_printJob;
};

} // namespace Madoguchi
