// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineframer.h"

namespace Madoguchi {

LineFramer::LineFramer(qsizetype limit)
    : m_limit(limit)
{
}

QList<QByteArray> LineFramer::feed(const QByteArray &bytes)
{
    QList<QByteArray> lines;
    for (char byte : bytes) {
        if (byte == '\r' || byte == '\n') {
            if (!m_line.isEmpty())
                lines.append(m_line);
            m_line.clear();
            m_overflowed = false;
        } else if (m_overflowed) {
            continue;
        } else if (m_line.size() <= m_limit) {
            m_line.append(byte);
        } else {
            lines.append(m_line); // limit + 1 bytes: refused downstream as too long
            m_line.clear();
            m_overflowed = true;
        }
    }
    return lines;
}

void LineFramer::reset()
{
    m_line.clear();
    m_overflowed = false;
}

} // namespace Madoguchi
