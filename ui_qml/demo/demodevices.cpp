// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodevices.h"

#include "injectedsingleton.h"
#include "simdevices/simcardterminal.h"
#include "simdevices/simprinter.h"
#include "simdevices/simscanner.h"

namespace Madoguchi {

namespace {

DemoDevices *s_instance = nullptr;

} // namespace

DemoDevices::DemoDevices(SimScanner &scanner, SimCardTerminal &cardReader, SimPrinter &printer, QList<DemoReservation> reservations,
                         QObject *parent)
    : QObject(parent)
    , m_scanner(scanner)
    , m_cardReader(cardReader)
    , m_printer(printer)
    , m_reservations(std::move(reservations))
{
    connect(&m_cardReader, &CardTerminal::cardPresentChanged, this, &DemoDevices::cardChanged);
    s_instance = this;
}

DemoDevices::~DemoDevices()
{
    if (s_instance == this)
        s_instance = nullptr;
}

DemoDevices *DemoDevices::create(QQmlEngine *, QJSEngine *)
{
    return injectedSingleton(s_instance);
}

QVariantList DemoDevices::reservations() const
{
    QVariantList list;
    for (const DemoReservation &reservation : m_reservations)
        list.append(QVariantMap{{QStringLiteral("code"), reservation.code},
                                {QStringLiteral("service"), reservation.service},
                                {QStringLiteral("time"), reservation.due.toString(u"HH:mm")}});
    return list;
}

int DemoDevices::ticketsPrinted() const
{
    return m_printer.printed();
}

void DemoDevices::setPaperOut(bool out)
{
    if (out == m_paperOut)
        return;
    m_paperOut = out;
    m_printer.setStatus({.known = true, .paperOut = out});
    Q_EMIT paperOutChanged();
}

void DemoDevices::scan(const QString &payload)
{
    m_scanner.deliver(payload.toUtf8());
}

QStringList DemoDevices::cardHolders() const
{
    QStringList names;
    for (const FakeCardProfile &card : sampleCardHolders())
        names.append(card.holder.name);
    return names;
}

bool DemoDevices::cardPlaced() const
{
    return m_cardReader.cardPresent();
}

void DemoDevices::placeCard(int holder, int triesLeft)
{
    const QList<FakeCardProfile> holders = sampleCardHolders();
    if (holder < 0 || holder >= holders.size())
        return;
    FakeCardProfile card = holders.at(holder);
    card.triesLeft = std::clamp(triesLeft, 0, FakeCardProfile().triesLeft);
    m_cardReader.place(card);
}

void DemoDevices::placeOtherCard()
{
    FakeCardProfile card;
    card.myNumberCard = false;
    m_cardReader.place(card);
}

void DemoDevices::liftCard()
{
    m_cardReader.lift();
}

void DemoDevices::printerUsed()
{
    if (m_printer.printed() == m_shownPrinted)
        return;
    m_shownPrinted = m_printer.printed();
    Q_EMIT ticketsPrintedChanged();
}

DemoTicketProvider::DemoTicketProvider(SimPrinter &printer)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_printer(printer)
{
}

QImage DemoTicketProvider::requestImage(const QString &, QSize *size, const QSize &requestedSize)
{
    QImage ticket = m_printer.lastTicket();
    if (ticket.isNull()) {
        ticket = QImage(1, 1, QImage::Format_RGB32);
        ticket.fill(Qt::white);
    }
    if (requestedSize.isValid() && !requestedSize.isEmpty())
        ticket = ticket.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (size)
        *size = ticket.size();
    return ticket;
}

} // namespace Madoguchi
