// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketlayout.h"

#include "common/languagecatalogs.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Madoguchi {
namespace {

constexpr const char *kContext = "Madoguchi::TicketText";
const char *const kYourNumber = QT_TRANSLATE_NOOP("Madoguchi::TicketText", "Your number");
const char *const kCounters = QT_TRANSLATE_NOOP("Madoguchi::TicketText", "%1 (counter %2)");
//: The issue time on a ticket, as a QDateTime format; Japanese: "yyyy年M月d日 H:mm"
const char *const kTimeFormat = QT_TRANSLATE_NOOP("Madoguchi::TicketText", "yyyy-MM-dd HH:mm");
const char *const kIssued = QT_TRANSLATE_NOOP("Madoguchi::TicketText", "Issued: %1");
const char *const kReservation = QT_TRANSLATE_NOOP("Madoguchi::TicketText", "Reservation at %1");
const char *const kDetailsKept = QT_TRANSLATE_NOOP("Madoguchi::TicketText", "The clerk has your details: you will not need to write them.");
const char *const kAhead = QT_TRANSLATE_NOOP("Madoguchi::TicketText", "People ahead of you: %1");
const char *const kEstimate = QT_TRANSLATE_NOOP("Madoguchi::TicketText", "Estimated wait: %1–%2 min (for reference only)");
const char *const kScan = QT_TRANSLATE_NOOP("Madoguchi::TicketText", "Scan to follow your turn on your phone.");
const char *const kPleaseWait = QT_TRANSLATE_NOOP("Madoguchi::TicketText", "Please wait until your number is called.");

constexpr int kQrModuleDots58 = 5;
constexpr int kQrModuleDots80 = 6;

TicketBlock text(const QString &value, TicketAlign align = TicketAlign::Left, int scale = 1, bool bold = false)
{
    TicketBlock block;
    block.text = value;
    block.align = align;
    block.scale = scale;
    block.bold = bold;
    return block;
}

TicketBlock ofKind(TicketBlock::Kind kind)
{
    TicketBlock block;
    block.kind = kind;
    return block;
}

} // namespace

TicketLayout::TicketLayout(const LanguageCatalogs &catalogs)
    : m_catalogs(catalogs)
{
}

QString TicketLayout::tr(const QString &language, const char *source) const
{
    return m_catalogs.translate(language, kContext, source);
}

QString TicketLayout::serviceLine(const QString &language, const TicketService &service) const
{
    if (service.counters.isEmpty())
        return service.name;
    QStringList numbers;
    for (const int counter : service.counters)
        numbers.append(QString::number(counter));
    return tr(language, kCounters).arg(service.name, numbers.join(u", "_s));
}

TicketDocument TicketLayout::layout(const TicketContent &content, PaperWidth width) const
{
    const QString &language = content.language;
    const bool narrow = width == PaperWidth::Mm58;
    TicketDocument document;
    document.language = language;
    document.width = width;
    QList<TicketBlock> &blocks = document.blocks;

    blocks.append(text(content.officeName, TicketAlign::Center, 1, true));
    blocks.append(text(tr(language, kYourNumber), TicketAlign::Center));
    blocks.append(text(content.number, TicketAlign::Center, narrow ? 3 : 4, true));
    blocks.append(ofKind(TicketBlock::Kind::Rule));
    const QString bullet = language.startsWith(u"ja"_s) || language.startsWith(u"zh"_s) ? u"・"_s : u"- "_s;
    for (const TicketService &service : content.services) {
        blocks.append(text(bullet + serviceLine(language, service)));
        // A one-stop visit's checklist: a box to tick for each procedure at that counter.
        for (const QString &procedure : service.procedures)
            blocks.append(text(u"　□ "_s + procedure));
    }
    const QDateTime local = content.issuedAt.toTimeZone(content.timeZone);
    blocks.append(text(tr(language, kIssued).arg(local.toString(tr(language, kTimeFormat)))));
    if (content.appointmentDue.isValid())
        blocks.append(text(tr(language, kReservation).arg(content.appointmentDue.toTimeZone(content.timeZone).toString(u"HH:mm")),
                           TicketAlign::Left, 1, true));
    if (content.detailsKept)
        blocks.append(text(tr(language, kDetailsKept), TicketAlign::Left, 1, true));
    blocks.append(text(tr(language, kAhead).arg(content.ahead)));
    if (content.estimateKnown)
        blocks.append(text(tr(language, kEstimate).arg(content.estimateLow).arg(content.estimateHigh)));
    if (content.statusUrl.isValid()) {
        TicketBlock qr = ofKind(TicketBlock::Kind::Qr);
        qr.qrData = content.statusUrl.toEncoded();
        qr.scale = narrow ? kQrModuleDots58 : kQrModuleDots80;
        qr.align = TicketAlign::Center;
        blocks.append(qr);
        blocks.append(text(tr(language, kScan), TicketAlign::Center));
    }
    blocks.append(ofKind(TicketBlock::Kind::Rule));
    blocks.append(text(tr(language, kPleaseWait), TicketAlign::Center));
    const QString second = language == u"ja"_s || language == u"ja-x-easy"_s ? u"en"_s : u"ja"_s;
    blocks.append(text(tr(second, kPleaseWait), TicketAlign::Center));
    return document;
}

} // namespace Madoguchi
