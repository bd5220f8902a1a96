// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace Madoguchi {

/// The display board's fixed texts in one language (Board.captions in QML).
struct BoardCaptions {
    Q_GADGET
    QML_VALUE_TYPE(boardCaptions)
    QML_UNCREATABLE("the board's controller provides them")
    Q_PROPERTY(QString nowCalling MEMBER nowCalling CONSTANT)
    Q_PROPERTY(QString counter MEMBER counter CONSTANT)
    Q_PROPERTY(QString recent MEMBER recent CONSTANT)
    Q_PROPERTY(QString waiting MEMBER waiting CONSTANT)
    Q_PROPERTY(QString offline MEMBER offline CONSTANT)
public:
    QString nowCalling; ///< the heading of the numbers being called
    QString counter;    ///< "Counter %1"
    QString recent;     ///< the heading of the numbers called before
    QString waiting;    ///< the heading of the queues
    QString offline;    ///< shown instead of numbers while the board has lost the server
};

} // namespace Madoguchi
