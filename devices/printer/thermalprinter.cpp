// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "thermalprinter.h"

#include "common/translation.h"
#include "logging/devicelogging.h"
#include "printerstatusdecoder.h"

namespace Madoguchi {
namespace {

PrinterError garbled()
{
    return {PrinterErrorCode::NoAnswer,
            DevicesTr::tr("The printer's status reply was not understood. Is the printer model set correctly?")};
}

} // namespace

ThermalPrinter::ThermalPrinter(std::unique_ptr<PrinterLink> link, PrinterModel model, PaperWidth width)
    : m_link(std::move(link))
    , m_model(model)
    , m_width(width)
{
}

PrinterResult<PrinterStatus> ThermalPrinter::escPosStatus()
{
    uchar replies[3] = {};
    const int requests[3] = {1, 2, 4};
    for (int i = 0; i < 3; ++i) {
        if (auto sent = m_link->write(escPosStatusRequest(requests[i])); !sent)
            return sent.error();
        const auto reply = m_link->read(1, kStatusTimeoutMs);
        if (!reply)
            return reply.error();
        replies[i] = uchar(reply->at(0));
    }
    const std::optional<PrinterStatus> status = decodeEscPosStatus(replies[0], replies[1], replies[2]);
    if (!status)
        return garbled();
    return *status;
}

PrinterResult<PrinterStatus> ThermalPrinter::starStatus()
{
    if (auto sent = m_link->write(starStatusRequest()); !sent)
        return sent.error();
    const auto head = m_link->read(2, kStatusTimeoutMs);
    if (!head)
        return head.error();
    const std::optional<int> length = starAsbLength(uchar(head->at(0)), uchar(head->at(1)));
    if (!length || *length < 6)
        return garbled();
    const auto rest = m_link->read(*length - 2, kStatusTimeoutMs);
    if (!rest)
        return rest.error();
    const std::optional<PrinterStatus> status = decodeStarAsb(*head + *rest);
    if (!status)
        return garbled();
    return *status;
}

PrinterResult<PrinterStatus> ThermalPrinter::status()
{
    if (auto opened = m_link->open(); !opened)
        return opened.error();
    if (!m_link->answers())
        return PrinterStatus{};
    m_link->discardInput();
    auto status = m_model.language == PrinterLanguage::StarLine ? starStatus() : escPosStatus();
    if (!status)
        m_link->close(); // a printer that stopped answering is reconnected on the next call
    return status;
}

PrinterResult<PrinterStatus> ThermalPrinter::print(const TicketDocument &ticket)
{
    const auto before = status();
    if (!before)
        return before.error();
    if (!before->canPrint()) {
        qCInfo(lcPrinter) << "job refused:" << printerStatusSummary(*before);
        return PrinterError{PrinterErrorCode::NotReady, printerStatusProblem(*before)};
    }
    TicketDocument document = ticket;
    document.width = m_width;
    const auto job = TicketEncoder(m_model).encode(document);
    if (!job)
        return job.error();
    if (auto sent = m_link->write(*job); !sent)
        return sent.error();
    return status();
}

} // namespace Madoguchi
