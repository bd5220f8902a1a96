// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QQuickImageProvider>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace Madoguchi {

class SimCardTerminal;
class SimPrinter;
class SimScanner;

/// A reservation the demo booked, to be checked in at the kiosk.
struct DemoReservation {
    QString code;
    QString service; ///< its name, in the office's language
    QDateTime due;   ///< in the office's timezone
};

/// The demo's simulated devices, for their window: the scanner (hold a booked reservation's code
/// to it), the card reader (place a sample holder's My Number card, one with one PIN try left, a
/// locked one or a transit card, and lift it), and the printer (the last ticket as on paper; paper
/// out at a touch).
class DemoDevices : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(DemoDevices)
    QML_SINGLETON
    Q_PROPERTY(QVariantList reservations READ reservations CONSTANT)
    Q_PROPERTY(int ticketsPrinted READ ticketsPrinted NOTIFY ticketsPrintedChanged)
    Q_PROPERTY(bool paperOut READ paperOut WRITE setPaperOut NOTIFY paperOutChanged)
    Q_PROPERTY(QStringList cardHolders READ cardHolders CONSTANT)
    Q_PROPERTY(bool cardPlaced READ cardPlaced NOTIFY cardChanged)
public:
    DemoDevices(SimScanner &scanner, SimCardTerminal &cardReader, SimPrinter &printer, QList<DemoReservation> reservations,
                QObject *parent = nullptr);
    ~DemoDevices() override;

    /// The QML singleton DemoDevices: the object the demo created before loading the QML.
    static DemoDevices *create(QQmlEngine *engine, QJSEngine *scriptEngine);

    /// {code, service, time}, by time.
    [[nodiscard]] QVariantList reservations() const;
    [[nodiscard]] int ticketsPrinted() const;
    [[nodiscard]] bool paperOut() const { return m_paperOut; }
    void setPaperOut(bool out);

    /// A code held to the kiosk's scanner.
    Q_INVOKABLE void scan(const QString &payload);

    /// The sample card holders' names (fictional people; every card's PIN is 1234).
    [[nodiscard]] QStringList cardHolders() const;
    [[nodiscard]] bool cardPlaced() const;
    /// Places sample holder `holder`'s card (0-based) with this many PIN tries left (3 new, 0 locked).
    Q_INVOKABLE void placeCard(int holder, int triesLeft);
    /// Places a card that is not a My Number card (a transit IC card).
    Q_INVOKABLE void placeOtherCard();
    /// Lifts the card off the reader.
    Q_INVOKABLE void liftCard();
    /// The printer may have printed: the preview follows.
    void printerUsed();

Q_SIGNALS:
    void ticketsPrintedChanged();
    void paperOutChanged();
    void cardChanged();

private:
    SimScanner &m_scanner;
    SimCardTerminal &m_cardReader;
    SimPrinter &m_printer;
    QList<DemoReservation> m_reservations;
    bool m_paperOut = false;
    int m_shownPrinted = 0;
};

/// "image://demoticket/<n>": the simulated printer's last ticket (n only makes each one a new image).
class DemoTicketProvider : public QQuickImageProvider
{
public:
    explicit DemoTicketProvider(SimPrinter &printer);
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    SimPrinter &m_printer;
};

} // namespace Madoguchi
