// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boardcaptions.h"

#include "client/clienttypes.h"

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
    Q_PROPERTY(bool connected READ connected NOTIFY connectedChanged)
public:
    BoardController(OfficeClient &client, EventStream &events, const LanguageCatalogs &catalogs, QObject *parent = nullptr);
    ~BoardController() override;

    /// The QML singleton Board: the controller main() created before loading the QML.
    static BoardController *create(QQmlEngine *engine, QJSEngine *scriptEngine);

    /// Each {number, counter, state}; newest first.
    [[nodiscard]] QVariantList calling() const;
    /// Each {number, counter}; newest first.
    [[nodiscard]] QVariantList recent() const;
    /// Each {name, waiting, level (0 few, 1 some, 2 many, 3 very many), levelText} in the caption language.
    [[nodiscard]] QVariantList services() const;
    [[nodiscard]] QString captionLanguage() const { return m_languages.value(m_captionIndex); }
    /// The board's fixed texts in the caption language.
    [[nodiscard]] BoardCaptions captions() const;
    /// False once the board has lost the server (the event stream dropped, or a read failed) until it
    /// has it again; meanwhile it shows no numbers, since they may no longer be true.
    [[nodiscard]] bool connected() const;

    /// How long each language stays on the board (8 s by default).
    void setCaptionInterval(std::chrono::milliseconds interval) { m_rotation.setInterval(interval); }

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
    [[nodiscard]] QString caption(const char *source) const;

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
};

} // namespace Madoguchi
