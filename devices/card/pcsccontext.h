// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/cardreader.h"

#include <QStringList>

#include <PCSC/winscard.h>

namespace Madoguchi {

/// A PC/SC context (a connection to pcscd), released when destroyed.
class PcscContext
{
public:
    PcscContext() = default;
    ~PcscContext();
    PcscContext(const PcscContext &) = delete;
    PcscContext &operator=(const PcscContext &) = delete;

    /// Connects to pcscd; NoReader with an explanation when the service is not running.
    [[nodiscard]] CardResult<Done> establish();
    [[nodiscard]] SCARDCONTEXT handle() const { return m_context; }
    /// The names of the readers attached now.
    [[nodiscard]] CardResult<QStringList> readers() const;
    /// The reader whose name is the given name or starts with it ("ACS ACR1252" matches "ACS ACR1252 00 00").
    [[nodiscard]] CardResult<QString> findReader(const QString &name) const;

private:
    SCARDCONTEXT m_context = 0;
    bool m_established = false;
};

/// The error for a PC/SC return code, with a message for a person.
[[nodiscard]] CardError pcscError(LONG code, bool duringTransfer);

} // namespace Madoguchi
