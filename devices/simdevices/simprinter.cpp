// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simprinter.h"

#include "common/translation.h"
#include "escpospainter.h"
#include "printer/ticketencoder.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Madoguchi {

SimPrinter::SimPrinter(PaperWidth width, QString outputFolder)
    : m_width(width)
    , m_outputFolder(std::move(outputFolder))
{
    m_status.known = true;
}

PrinterResult<PrinterStatus> SimPrinter::status()
{
    const std::lock_guard lock(m_mutex);
    return m_status;
}

PrinterResult<PrinterStatus> SimPrinter::print(const TicketDocument &ticket)
{
    const PrinterStatus now = *status();
    if (!now.canPrint())
        return PrinterError{PrinterErrorCode::NotReady, printerStatusProblem(now)};
    TicketDocument document = ticket;
    document.width = m_width;
    const auto job = TicketEncoder(PrinterModel{}).encode(document);
    if (!job)
        return job.error();
    const QImage image = EscPosPainter(m_width).render(*job).image;
    const std::lock_guard lock(m_mutex);
    ++m_printed;
    m_lastTicket = image;
    if (!m_outputFolder.isEmpty()) {
        const QString file = QDir(m_outputFolder).filePath(u"ticket-%1.png"_s.arg(m_printed, 4, 10, QChar(u'0')));
        if (!QDir().mkpath(m_outputFolder) || !image.save(file))
            return PrinterError{PrinterErrorCode::WriteFailed, DevicesTr::tr("Cannot write the simulated ticket to %1.").arg(file)};
    }
    return m_status;
}

void SimPrinter::setStatus(const PrinterStatus &status)
{
    const std::lock_guard lock(m_mutex);
    m_status = status;
}

QImage SimPrinter::lastTicket() const
{
    const std::lock_guard lock(m_mutex);
    return m_lastTicket;
}

int SimPrinter::printed() const
{
    const std::lock_guard lock(m_mutex);
    return m_printed;
}

} // namespace Madoguchi
