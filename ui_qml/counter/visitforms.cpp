// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitforms.h"

#include "client/officeclient.h"
#include "countercontroller.h"
#include "forms/formfill.h"
#include "forms/formprinter.h"
#include "forms/formrenderer.h"
#include "injectedsingleton.h"
#include "ports/securepin.h"
#include "profile/fieldcatalogue.h"
#include "profile/profilejson.h"
#include "scan/scanpayload.h"
#include "uitranslation.h"

#include <QJsonArray>

#include <set>

using namespace Qt::StringLiterals;

namespace Madoguchi {
namespace {

VisitForms *s_instance = nullptr;

QString sourceLabel(ValueSource source)
{
    switch (source) {
    case ValueSource::Card: return CounterTr::tr("My Number card");
    case ValueSource::PreApplication: return CounterTr::tr("Pre-application");
    case ValueSource::Clerk: return CounterTr::tr("Clerk");
    }
    return {};
}

} // namespace

VisitForms::VisitForms(OfficeClient &client, CounterController &counter, QList<FormDefinition> forms, QString language, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_counter(counter)
    , m_forms(std::move(forms))
    , m_language(std::move(language))
{
    connect(&m_counter, &CounterController::stateChanged, this, &VisitForms::followVisit);
    // First of the receivers: the rows are built once per change, before anyone reads them.
    connect(this, &VisitForms::fieldsChanged, this, [this] {
        m_rows = buildRows();
        m_fieldModel.setRows(m_rows);
    });
    s_instance = this;
}

VisitForms::~VisitForms()
{
    forgetIndividualNumber();
    if (s_instance == this)
        s_instance = nullptr;
}

VisitForms *VisitForms::create(QQmlEngine *, QJSEngine *)
{
    return injectedSingleton(s_instance);
}

void VisitForms::setCardTerminal(CardTerminal *terminal)
{
    m_card.reset();
    if (terminal) {
        m_card = std::make_unique<CardReading>(*terminal);
        connect(m_card.get(), &CardReading::read, this, &VisitForms::cardRead);
        connect(m_card.get(), &CardReading::individualNumberRead, this, [this](const QByteArray &digits) {
            forgetIndividualNumber();
            m_individualNumber = digits;
            m_individualNumber.detach(); // a copy of its own, so that wiping it wipes these bytes
            Q_EMIT formsChanged();
        });
    }
}

void VisitForms::followVisit()
{
    const std::optional<Visit> &visit = m_counter.visit();
    const qint64 id = visit ? visit->id : 0;
    if (id == m_visit)
        return;
    m_visit = id;
    m_profile = Profile();
    forgetIndividualNumber();
    m_signed.clear();
    m_printed.clear();
    m_included.clear();
    m_shownPeople = 1;
    m_requests = m_applied = m_pending = 0;
    setBusy(false);
    tell({});
    if (m_card)
        m_card->reset();
    if (visit) {
        QStringList services;
        for (const Step &step : visit->steps)
            services.append(step.service);
        for (const FormDefinition &definition : std::as_const(m_forms)) {
            if (std::any_of(definition.services.begin(), definition.services.end(),
                            [&](const QString &service) { return services.contains(service); }))
                m_included.append(definition.id);
        }
        includeProceduresForms(*visit);
        reload();
    }
    m_selected = m_included.value(0);
    ++m_revision;
    Q_EMIT visitChanged();
    Q_EMIT formsChanged();
    Q_EMIT fieldsChanged();
}

void VisitForms::includeProceduresForms(const Visit &visit)
{
    for (const Step &step : visit.steps) {
        for (const QString &id : step.procedures) {
            for (const QString &formId : formsOfProcedure(id)) {
                if (!m_included.contains(formId))
                    m_included.append(formId);
            }
        }
    }
}

QStringList VisitForms::formsOfProcedure(const QString &id) const
{
    if (form(id))
        return {id}; // a form named itself (a pre-application of forms)
    QStringList forms;
    const GuideProcedure *procedure = m_guide ? m_guide->procedure(id) : nullptr;
    for (const QString &formId : procedure ? procedure->forms : QStringList()) {
        if (form(formId))
            forms.append(formId);
    }
    return forms;
}

void VisitForms::reload()
{
    if (!m_visit)
        return;
    m_client.profile(m_visit, answer());
}

std::function<void(const ClientResult<VisitProfile> &)> VisitForms::answer()
{
    ++m_pending;
    setBusy(true);
    return [this, visit = m_visit, request = ++m_requests](const ClientResult<VisitProfile> &profile) { arrived(visit, request, profile); };
}

void VisitForms::arrived(qint64 visit, int request, const ClientResult<VisitProfile> &profile)
{
    if (visit != m_visit)
        return; // the counter has moved on to another visit
    setBusy(--m_pending > 0);
    if (request < m_applied)
        return; // an older answer than the one shown
    m_applied = request;
    if (!profile) {
        tell({}, profile.error().message);
        return;
    }
    m_profile = profile->profile;
    m_shownPeople = std::max(m_shownPeople, m_profile.people());
    ++m_revision;
    Q_EMIT fieldsChanged();
}

void VisitForms::send(const QJsonObject &change)
{
    if (!m_visit)
        return;
    m_client.changeProfile(m_visit, change, answer());
}

void VisitForms::type(const QString &field, int person, const QString &value)
{
    const FieldKey key{field, person};
    Profile checked = m_profile;
    if (auto set = checked.set(key, value, ValueSource::Clerk, QDateTime::currentDateTimeUtc()); !set) {
        tell({}, set.error().message);
        return;
    }
    tell({});
    send(QJsonObject{{u"source"_s, valueSourceName(ValueSource::Clerk)},
                     {u"values"_s, QJsonArray{QJsonObject{{u"field"_s, field}, {u"person"_s, person}, {u"value"_s, value}}}}});
}

void VisitForms::choose(const QString &field, int person, const QString &source)
{
    const auto from = valueSourceFromName(source);
    if (!m_visit || !from)
        return;
    m_client.chooseProfileValue(m_visit, FieldKey{field, person}, *from, answer());
}

void VisitForms::cardRead(const BasicFourItems &items)
{
    Profile read;
    applyBasicFourItems(read, items, ValueSource::Card, QDateTime::currentDateTimeUtc());
    send(profileChangeJson(read, ValueSource::Card));
    tell(CounterTr::tr("The card has been read. Please give it back to the visitor."));
}

void VisitForms::forgetIndividualNumber()
{
    SecurePin::wipe(m_individualNumber);
    m_individualNumber.clear();
}

void VisitForms::readCard()
{
    if (!m_card || !m_visit)
        return;
    const QList<FormDefinition> chosen = includedForms();
    m_card->offer();
    m_card->setIndividualNumberWanted(
        std::any_of(chosen.begin(), chosen.end(), [](const FormDefinition &definition) { return definition.readIndividualNumber; }));
}

void VisitForms::scanned(const QByteArray &raw)
{
    if (!m_visit)
        return;
    const auto payload = parseScanPayload(raw);
    if (!payload) {
        tell({}, payload.error().message);
        return;
    }
    if (payload->kind != ScanPayload::Kind::PreApplication)
        return; // reservations and tickets are not the forms' business
    // The forms of the procedures the resident chose at home (the guide's, or forms by name) join the visit.
    for (const QString &procedure : std::as_const(payload->preApplication->procedures)) {
        for (const QString &formId : formsOfProcedure(procedure))
            setIncluded(formId, true);
    }
    send(profileChangeJson(payload->preApplication->toProfile(QDateTime::currentDateTimeUtc()), ValueSource::PreApplication));
    tell(CounterTr::tr("The pre-application has been read."));
}

void VisitForms::addPerson()
{
    if (m_shownPeople > Profile::kMaxMembers)
        return;
    ++m_shownPeople;
    Q_EMIT fieldsChanged();
}

QVariantList VisitForms::forms() const
{
    QVariantList list;
    const auto entry = [&](const FormDefinition &definition) {
        return QVariantMap{{u"id"_s, definition.id},
                           {u"title"_s, definition.title.text(m_language)},
                           {u"included"_s, m_included.contains(definition.id)},
                           {u"signed"_s, m_signed.contains(definition.id)},
                           {u"printed"_s, m_printed.contains(definition.id)},
                           {u"readsNumber"_s, definition.readIndividualNumber},
                           {u"numberRead"_s, definition.readIndividualNumber && !m_individualNumber.isEmpty()}};
    };
    for (const QString &id : m_included)
        list.append(entry(*form(id)));
    for (const FormDefinition &definition : m_forms) {
        if (!m_included.contains(definition.id))
            list.append(entry(definition));
    }
    return list;
}

QVariantList VisitForms::buildRows() const
{
    QVariantList rows;
    std::set<FieldKey> seen;
    for (const FormDefinition &definition : includedForms()) {
        for (const auto &[field, person] : definition.placedValues()) {
            const FieldKey key{field, person};
            const FieldDefinition *catalogued = findField(field);
            if (person >= m_shownPeople || !catalogued || !seen.insert(key).second)
                continue;
            const auto display = [&](const QString &kept) { return displayFieldValue(*catalogued, kept, m_language); };
            QVariantList candidates;
            QStringList sources;
            const std::optional<QString> value = m_profile.value(key);
            for (const SourcedValue &candidate : m_profile.candidates(key)) {
                candidates.append(QVariantMap{{u"source"_s, valueSourceName(candidate.source)},
                                              {u"sourceLabel"_s, sourceLabel(candidate.source)},
                                              {u"value"_s, display(candidate.value)}});
                if (value && candidate.value == *value)
                    sources.append(sourceLabel(candidate.source));
            }
            QVariantList choices;
            for (const FieldChoice &choice : catalogued->choices)
                choices.append(
                    QVariantMap{{u"code"_s, QString(choice.code)}, {u"label"_s, choiceLabel(*catalogued, QString(choice.code))}});
            const QString label =
                person == 0 ? fieldLabel(*catalogued) : CounterTr::tr("%1 (household member %2)").arg(fieldLabel(*catalogued)).arg(person);
            rows.append(QVariantMap{{u"field"_s, field},
                                    {u"person"_s, person},
                                    {u"label"_s, label},
                                    {u"value"_s, value ? display(*value) : QString()},
                                    {u"code"_s, value.value_or(QString())},
                                    {u"choices"_s, choices},
                                    {u"sources"_s, sources.join(u", "_s)},
                                    {u"candidates"_s, candidates},
                                    {u"conflict"_s, !value && !candidates.isEmpty()},
                                    {u"missing"_s, candidates.isEmpty()},
                                    {u"undrawable"_s, value && !FormRenderer::undrawable(*value).isEmpty()}});
        }
    }
    return rows;
}

int VisitForms::count(const QString &key) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [&](const QVariant &row) { return row.toMap().value(key).toBool(); }));
}

QString VisitForms::previewSource() const
{
    return m_selected.isEmpty() ? QString() : u"image://visitform/%1/%2"_s.arg(m_selected).arg(m_revision);
}

QImage VisitForms::preview(const QString &formId, int width) const
{
    const FormDefinition *definition = form(formId);
    if (!definition || width <= 0)
        return {};
    const FormFill fill =
        fillForm(*definition, m_profile, [this](const char *context, const char *source) { return translateJapanese(context, source); });
    FormRenderOptions options;
    options.background = true;
    return FormRenderer::preview(*definition, fill, width / (definition->paper.width() / 25.4), options);
}

void VisitForms::setIncluded(const QString &formId, bool included)
{
    if (!form(formId) || included == m_included.contains(formId))
        return;
    if (included)
        m_included.append(formId);
    else
        m_included.removeAll(formId);
    if (included || m_selected == formId)
        m_selected = included ? formId : m_included.value(0);
    ++m_revision;
    Q_EMIT formsChanged();
    Q_EMIT fieldsChanged();
}

void VisitForms::select(const QString &formId)
{
    if (!m_included.contains(formId) || formId == m_selected)
        return;
    m_selected = formId;
    Q_EMIT formsChanged();
    Q_EMIT fieldsChanged();
}

void VisitForms::printAll()
{
    const QList<FormDefinition> chosen = includedForms();
    if (chosen.isEmpty())
        return;
    QList<FormFill> fills;
    for (const FormDefinition &definition : chosen)
        fills.append(fillForm(definition, m_profile,
                              [this](const char *context, const char *source) { return translateJapanese(context, source); }));
    const FormPrintJob job{m_printer, 1, m_counter.visitNumber()};
    const auto printed = printForms(job, chosen, fills);
    if (const auto *refused = std::get_if<QString>(&printed)) {
        tell({}, *refused);
        return;
    }
    for (const FormDefinition &definition : chosen)
        m_printed.insert(definition.id);
    QString notice = CounterTr::tr("%n form(s) printed: the visitor checks them and signs.", nullptr, int(chosen.size()));
    if (const auto &notes = std::get<FormRenderNotes>(printed); !notes.undrawable.isEmpty())
        notice += u' '
            + CounterTr::tr("%n character(s) the fonts lack are left as boxes: write them by hand.", nullptr, int(notes.undrawable.size()));
    tell(notice);
    Q_EMIT formsChanged();
}

void VisitForms::setSigned(const QString &formId, bool isSigned)
{
    if (!m_included.contains(formId) || isSigned == m_signed.contains(formId))
        return;
    if (isSigned)
        m_signed.insert(formId);
    else
        m_signed.remove(formId);
    Q_EMIT formsChanged();
}

void VisitForms::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void VisitForms::tell(const QString &notice, const QString &problem)
{
    if (notice == m_notice && problem == m_problem)
        return;
    m_notice = notice;
    m_problem = problem;
    Q_EMIT noticeChanged();
}

QList<FormDefinition> VisitForms::includedForms() const
{
    QList<FormDefinition> chosen;
    for (const QString &id : m_included)
        chosen.append(*form(id));
    return chosen;
}

const FormDefinition *VisitForms::form(const QString &id) const
{
    const auto found = std::find_if(m_forms.begin(), m_forms.end(), [&](const FormDefinition &definition) { return definition.id == id; });
    return found == m_forms.end() ? nullptr : &*found;
}

QString VisitForms::translateJapanese(const char *context, const char *source) const
{
    return m_japanese.translate(u"ja"_s, context, source);
}

} // namespace Madoguchi
