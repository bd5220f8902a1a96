// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketcontent.h"
#include "ticketdocument.h"

namespace Madoguchi {

class LanguageCatalogs;

/// Lays a ticket out for a paper width, in the visitor's language, with a short footer in a
/// second language (Japanese, or English on a Japanese ticket) for the staff and the visitor.
class TicketLayout
{
public:
    explicit TicketLayout(const LanguageCatalogs &catalogs);

    /// The printable document for the content on the given paper.
    [[nodiscard]] TicketDocument layout(const TicketContent &content, PaperWidth width) const;

private:
    [[nodiscard]] QString tr(const QString &language, const char *source) const;
    [[nodiscard]] QString serviceLine(const QString &language, const TicketService &service) const;

    const LanguageCatalogs &m_catalogs;
};

} // namespace Madoguchi
