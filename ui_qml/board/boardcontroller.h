// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boardcaptions.h"

#include "client/clienttypes.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace Madoguchi {

class EventStream;
class LanguageCatalogs;
class OfficeClient;

/// The display board's view, for its QML: the numbers being called with their counters, the recent
/// calls, and the people waiting per service with a congestion level. Kept current from the server's
/// event stream (and re-read after a reconnection). Captions and service names rotate through the
/// office's languages; a new call, or a recall, is announced with its number and counter
/// (announced()), also one made while the board was away. A board that has lost the server shows
/// that instead of numbers that may be out of date.
class BoardController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Board)
    QML_SINGLETON
    Q_PROPERTY(QVariantList calling READ calling NOTIFY viewChanged)
    Q_PROPERTY(QVariantList recent READ recent NOTIFY viewChanged)
    Q_PROPERTY(QVariantList services READ services NOTIFY viewChanged)
    Q_PROPERTY(QString captionLanguage READ captionLanguage NOTIFY captionLanguageChanged)
    Q_PROPERTY(Madoguchi::BoardCaptions captions READ captions NOTIFY captionLanguageChanged)
    Q_PROPERTY(QVariantList fixedCaptions READ fixedCaptions NOTIFY captionLanguageChanged)
    Q_PROPERTY(QStringList languages READ languages NOTIFY captionLanguageChanged)
    Q_PROPERTY(bool connected READ connected NOTIFY connectedChanged)
    Q_PROPERTY(double diagonalInches READ diagonalInches NOTIFY viewChanged)
    Q_PROPERTY(double viewingMetres READ viewingMetres NOTIFY viewChanged)
public:
    BoardController(OfficeClient &client, EventStream &events, const LanguageCatalogs &catalogs, QObject *parent = nullptr);
    ~BoardController() override;

    /// The QML singleton Board: the controller main() created before loading the QML.
    static BoardController *create(QQmlEngine *engine, QJSEngine *scriptEngine);

    /// Each {number, counter, state, fresh (called or recalled in the last seconds)}; newest first.
    [[nodiscard]] QVariantList calling() const;
    /// Each {number, counter}; newest first.
    [[nodiscard]] QVariantList recent() const;
    /// Each {prefix, name, waiting, level (0 few, 1 some, 2 many, 3 very many), levelText} in the
    /// office's first language, and otherName: the name in the caption language.
    [[nodiscard]] QVariantList services() const;
    /// The language of the rotating line: each of the office's languages after the first in turn
    /// (the first when it has no other).
    [[nodiscard]] QString captionLanguage() const;
    /// The office's languages, its first one first.
    [[nodiscard]] QStringList languages() const { return m_languages; }
    /// The board's fixed texts in the caption language.
    [[nodiscard]] BoardCaptions captions() const;
    /// The texts that never rotate: in the office's first language and in English (when offered).
    [[nodiscard]] QVariantList fixedCaptions() const;
    /// The office's board screen ([board] diagonal_inches, viewing_metres): the QML sizes its text from it.
    [[nodiscard]] double diagonalInches() const { return m_board.diagonalInches; }
    [[nodiscard]] double viewingMetres() const { return m_board.viewingMetres; }
    /// False once the board has lost the server (the event stream dropped, or a read failed) until it
    /// has it again; meanwhile it shows no numbers, since they may no longer be true.
    [[nodiscard]] bool connected() const;

    /// How long each language stays on the board (8 s by default).
    void setCaptionInterval(std::chrono::milliseconds interval) { m_rotation.setInterval(interval); }
    /// How long a new call stays highlighted (10 s by default).
    void setFreshFor(std::chrono::milliseconds duration) { m_freshFor = duration; }

    /// Reads the office and the board, then follows the events.
    void start(const QString &token);
    /// Re-reads the board now.
    void refresh();
    /// Shows the next language's captions.
    void rotateCaptions();

Q_SIGNALS:
    void viewChanged();
    void captionLanguageChanged();
    void connectedChanged();
    /// A number was just called at a counter (for the chime and the spoken call in the visitor's language).
    void announced(const QString &number, int counter, const QString &language);
    /// The office's sound for boards ([board]: muted, volume 0–100), at start and when it changes.
    void soundConfigured(bool muted, int volumePercent);
    /// The server answered (or not) a refresh.
    void refreshed(bool reachable);

private:
    void boardArrived(const ClientResult<BoardView> &board);
    [[nodiscard]] BoardCaptions captionsIn(const QString &language) const;
    /// Highlights these calls for m_freshFor; forgets the highlights that are over.
    void highlight(const QList<BoardCall> &calls);
    void expireHighlights();

    OfficeClient &m_client;
    EventStream &m_events;
    const LanguageCatalogs &m_catalogs;
    QStringList m_languages;
    qsizetype m_captionIndex = 0;
    BoardView m_board;
    bool m_haveBoard = false;
    bool m_lost = false;
    QTimer m_rotation;
    QTimer m_coalesce; ///< several events in a burst cause one re-read
    QTimer m_fresh;    ///< ends the highlight of the oldest fresh call
    std::chrono::milliseconds m_freshFor{std::chrono::seconds(10)};
    QHash<QString, QDeadlineTimer> m_highlighted; ///< by number: until when it is shown as new
};

} // namespace Madoguchi
