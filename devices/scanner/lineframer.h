// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace Madoguchi {

/// Splits a scanner's byte stream into scans at CR, LF or CR LF. A scan longer than the limit is cut
/// to limit + 1 bytes (so the payload parser refuses it as too long, with a reason) and the rest of
/// it, up to the next line end, is dropped: a scanner that never ends a line cannot fill memory.
class LineFramer
{
public:
    explicit LineFramer(qsizetype limit);

    /// The scans completed by these bytes, in order; empty lines are skipped.
    [[nodiscard]] QList<QByteArray> feed(const QByteArray &bytes);

    /// Forgets a partial scan (after the device went away).
    void reset();

private:
    qsizetype m_limit;
    QByteArray m_line;
    bool m_overflowed = false;
};

} // namespace Madoguchi
