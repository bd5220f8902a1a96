// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "card/cardreading.h"
#include "client/clienttypes.h"
#include "common/languagecatalogs.h"
#include "forms/formdefinition.h"
#include "guide/guidecatalogue.h"
#include "profile/profile.h"
#include "visitfieldmodel.h"

#include <QImage>
#include <QObject>
#include <QSet>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QJSEngine;
class QQmlEngine;

namespace Madoguchi {

class CardTerminal;
class CounterController;
class OfficeClient;

/// The no-writing counter (書かない窓口) at the console: the forms of the visit at the counter (those
/// of its services; the clerk adds or removes any), the visit's profile field by field for the
/// chosen forms — each value with its sources, the sources that disagree side by side to choose
/// from, the missing ones asked once for all forms, a character the fonts cannot draw (外字) flagged
/// — a preview of each form as the printer prints it, printing them all, and marking each signed.
/// A My Number card read at the counter, or a pre-application code scanned, adds its values. The
/// profile lives on the server; this holds the copy of the visit being served. Personal data:
/// never logged.
class VisitForms : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool active READ active NOTIFY visitChanged)
    Q_PROPERTY(QVariantList forms READ forms NOTIFY formsChanged)
    Q_PROPERTY(Madoguchi::VisitFieldModel *fieldModel READ fieldModel CONSTANT)
    Q_PROPERTY(int missing READ missing NOTIFY fieldsChanged)
    Q_PROPERTY(int conflicts READ conflicts NOTIFY fieldsChanged)
    Q_PROPERTY(QString selected READ selected NOTIFY formsChanged)
    Q_PROPERTY(QString previewSource READ previewSource NOTIFY fieldsChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY noticeChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(Madoguchi::CardReading *card READ card CONSTANT)
public:
    /// forms: the office's form definitions; language: the console's, for labels and dates.
    VisitForms(OfficeClient &client, CounterController &counter, QList<FormDefinition> forms, QString language, QObject *parent = nullptr);
    ~VisitForms() override;

    /// The QML singleton VisitForms: the object main() created before loading the QML.
    static VisitForms *create(QQmlEngine *engine, QJSEngine *scriptEngine);

    /// The life-event guide: the forms of the procedures a routed visit's steps carry join the
    /// visit's forms (null: the forms of its services only). Kept by the caller.
    void setGuide(const GuideCatalogue *guide) { m_guide = guide; }
    /// The print system's printer for forms (empty: its default printer).
    void setPrinter(const QString &printer) { m_printer = printer; }
    /// The counter's My Number card reader; set before the QML is loaded (null: none).
    void setCardTerminal(CardTerminal *terminal);
    /// A code read by the counter's scanner: a pre-application adds its values to the visit, and the
    /// forms it names to the visit's forms.
    void scanned(const QByteArray &raw);

    [[nodiscard]] bool active() const { return m_visit != 0; }
    /// Each {id, title, included, signed, printed, readsNumber (the office reads the individual number
    /// for it), numberRead}, the visit's forms first.
    [[nodiscard]] QVariantList forms() const;
    /// Each field the included forms print: {field, person, label, value (as shown), code (as kept),
    /// sources, candidates [{source, sourceLabel, value}], choices [{code, label}] of a choice field,
    /// conflict, missing, undrawable}.
    [[nodiscard]] QVariantList fields() const { return m_rows; }
    /// The same rows for the pane's list, changed in place.
    [[nodiscard]] VisitFieldModel *fieldModel() { return &m_fieldModel; }
    [[nodiscard]] int missing() const { return count(QStringLiteral("missing")); }
    [[nodiscard]] int conflicts() const { return count(QStringLiteral("conflict")); }
    [[nodiscard]] QString selected() const { return m_selected; }
    /// "image://visitform/<form>/<n>": the selected form filled as it will print.
    [[nodiscard]] QString previewSource() const;
    [[nodiscard]] QString notice() const { return m_notice; }
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] CardReading *card() const { return m_card.get(); }
    [[nodiscard]] const Profile &profile() const { return m_profile; }

    /// The form filled from the profile as the printer will print it, `width` pixels wide.
    [[nodiscard]] QImage preview(const QString &formId, int width) const;

    /// Adds a form to the visit or removes it.
    Q_INVOKABLE void setIncluded(const QString &formId, bool included);
    /// The form shown in the preview.
    Q_INVOKABLE void select(const QString &formId);
    /// The clerk types a value (checked before it is sent; a value that does not fit says why).
    Q_INVOKABLE void type(const QString &field, int person, const QString &value);
    /// The clerk takes one source's value where the sources disagree.
    Q_INVOKABLE void choose(const QString &field, int person, const QString &source);
    /// Shows the rows of one more household member.
    Q_INVOKABLE void addPerson();
    /// Asks the visitor to have the card read; also the individual number when a form of the visit
    /// reads it (the consent says so).
    Q_INVOKABLE void readCard();
    /// Prints every included form (in full); the individual number, when read, only on paper.
    Q_INVOKABLE void printAll();
    /// The visitor checked and signed the form (or not).
    Q_INVOKABLE void setSigned(const QString &formId, bool isSigned);
    /// Re-reads the visit's profile from the server.
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void visitChanged();
    void formsChanged();
    void fieldsChanged();
    void noticeChanged();
    void busyChanged();

private:
    /// The forms of the guide's procedures the visit's steps carry, after those of its services.
    void includeProceduresForms(const Visit &visit);
    /// The office's forms a procedure uses: the guide's procedure's forms, or a form named itself.
    [[nodiscard]] QStringList formsOfProcedure(const QString &id) const;
    void followVisit();
    /// The rows of fields() from the included forms and the profile.
    [[nodiscard]] QVariantList buildRows() const;
    /// How many rows have this flag ("missing", "conflict").
    [[nodiscard]] int count(const QString &key) const;
    void arrived(qint64 visit, int request, const ClientResult<VisitProfile> &profile);
    /// The callback of a profile request: newer answers win, whatever order they arrive in.
    [[nodiscard]] std::function<void(const ClientResult<VisitProfile> &)> answer();
    void send(const QJsonObject &change);
    void cardRead(const BasicFourItems &items);
    void forgetIndividualNumber();
    void setBusy(bool busy);
    void tell(const QString &notice, const QString &problem = {});
    [[nodiscard]] QList<FormDefinition> includedForms() const;
    [[nodiscard]] const FormDefinition *form(const QString &id) const;
    [[nodiscard]] QString translateJapanese(const char *context, const char *source) const;

    OfficeClient &m_client;
    CounterController &m_counter;
    QList<FormDefinition> m_forms;
    const GuideCatalogue *m_guide = nullptr;
    QString m_language;
    LanguageCatalogs m_japanese{{QStringLiteral("ja")}};
    QString m_printer;
    std::unique_ptr<CardReading> m_card;
    qint64 m_visit = 0;
    Profile m_profile;
    QStringList m_included;
    QSet<QString> m_signed;
    QSet<QString> m_printed;
    QString m_selected;
    /// The visitor's individual number, read for the forms that take it: held only while the visit is
    /// at the counter, never sent or stored, wiped when it leaves.
    QByteArray m_individualNumber;
    int m_shownPeople = 1;
    int m_revision = 0;
    QString m_notice;
    QString m_problem;
    bool m_busy = false;
    int m_requests = 0;  ///< profile requests sent for this visit
    int m_applied = 0;   ///< the newest of them whose answer is shown
    int m_pending = 0;   ///< those not answered yet
    QVariantList m_rows; ///< fields(), built once per change
    VisitFieldModel m_fieldModel;
};

} // namespace Madoguchi
