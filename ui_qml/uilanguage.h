// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QJSEngine;
class QQmlEngine;
class QTranslator;

namespace Madoguchi {

/// The language the screen speaks: installs its translation catalogue and retranslates the QML; names
/// the font for it (Noto for its script, so screens never depend on the host's fallback order), which
/// each window sets as its font. One per
/// program, created by main() before the QML engine loads.
class UiLanguage : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString current READ current NOTIFY currentChanged)
public:
    explicit UiLanguage(QQmlEngine &engine, QObject *parent = nullptr);
    ~UiLanguage() override;

    /// The QML singleton: the instance main() created.
    static UiLanguage *create(QQmlEngine *engine, QJSEngine *scriptEngine);

    [[nodiscard]] QString current() const { return m_current; }

    /// Speaks this language from now on (a BCP 47 tag of the product: "ja", "ja-x-easy", "vi" …).
    void apply(const QString &language);

    /// The Noto family that writes the language's script.
    Q_INVOKABLE [[nodiscard]] static QString fontFamily(const QString &language);
    /// The language's name in itself ("Tiếng Việt"): a visitor looks for their own language's name,
    /// and a clerk recognises it; never translated. The tag itself for a language the product lacks.
    Q_INVOKABLE [[nodiscard]] static QString endonym(const QString &language);
    /// The text with its phrases kept together on a line (keepPhrasesTogether()): for names and
    /// headings in Japanese, Chinese and Korean, shown with wrapMode Text.Wrap.
    Q_INVOKABLE [[nodiscard]] static QString phrases(const QString &text);

Q_SIGNALS:
    void currentChanged();

private:
    QQmlEngine &m_engine;
    std::unique_ptr<QTranslator> m_translator;
    QString m_current;
};

} // namespace Madoguchi
