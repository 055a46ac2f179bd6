#include "gui/account/InteractionEditor.h"

#include "gui/common/Labels.h"
#include "ui_InteractionEditor.h"

#include <QDateTime>
#include <algorithm>

namespace keystone::gui {

namespace {

constexpr int IdRole = Qt::UserRole;

void addPerson(QListWidget* list, const QString& text, std::int64_t id, bool checked)
{
    auto* item = new QListWidgetItem(text, list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setData(IdRole, QVariant::fromValue<qlonglong>(id));
}

template <typename Id> std::vector<Id> checkedIds(const QListWidget* list)
{
    std::vector<Id> ids;
    for (int i = 0; i < list->count(); ++i)
        if (const auto* item = list->item(i); item->checkState() == Qt::Checked && !item->isHidden())
            ids.push_back(item->data(IdRole).toLongLong());
    return ids;
}

template <typename Id> bool contains(const std::vector<Id>& ids, Id id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

} // namespace

InteractionEditor::InteractionEditor(Saver saver, QWidget* parent)
    : RecordEditor(parent), m_ui(std::make_unique<Ui::InteractionEditor>()), m_saver(std::move(saver))
{
    m_ui->setupUi(this);
    for (const auto& entry : EnumKeys<InteractionKind>::table)
        m_ui->kindCombo->addItem(interactionKindLabel(entry.value), static_cast<int>(entry.value));
    // "None" first: most interactions are logged without a judgement of the mood.
    m_ui->sentimentCombo->addItem(tr("none"), static_cast<int>(Sentiment::Unknown));
    for (const Sentiment s : {Sentiment::Positive, Sentiment::Neutral, Sentiment::Negative})
        m_ui->sentimentCombo->addItem(sentimentLabel(s), static_cast<int>(s));
    m_ui->whenEdit->setTimeSpec(Qt::LocalTime);
    // The names ValidationError uses (domain/Interaction.cpp, storage's checks of the people).
    setUpProblems({{"occurred_at", m_ui->whenError},
                   {"by", m_ui->byError},
                   {"manager", m_ui->byError},
                   {"subject", m_ui->subjectError},
                   {"summary", m_ui->notesError},
                   {"outcome", m_ui->outcomeError},
                   {"product", m_ui->productError},
                   {"contacts", m_ui->peopleError},
                   {"colleagues", m_ui->peopleError}},
                  m_ui->generalError, tr("Discard the changes made to this interaction?"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &InteractionEditor::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &InteractionEditor::reject);
    for (auto* edit : {m_ui->subjectEdit, m_ui->outcomeEdit, m_ui->productEdit})
        connect(edit, &QLineEdit::textChanged, this, &InteractionEditor::updateState);
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, &InteractionEditor::updateState);
    connect(m_ui->whenEdit, &QDateTimeEdit::dateTimeChanged, this, &InteractionEditor::updateState);
    for (auto* combo : {m_ui->kindCombo, m_ui->byCombo, m_ui->sentimentCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &InteractionEditor::updateState);
    for (auto* list : {m_ui->contactList, m_ui->colleagueList})
        connect(list, &QListWidget::itemChanged, this, &InteractionEditor::updateState);
    // A problem disappears as soon as its field is being corrected.
    connect(m_ui->subjectEdit, &QLineEdit::textEdited, m_ui->subjectError, &QWidget::hide);
    connect(m_ui->outcomeEdit, &QLineEdit::textEdited, m_ui->outcomeError, &QWidget::hide);
    connect(m_ui->productEdit, &QLineEdit::textEdited, m_ui->productError, &QWidget::hide);
}

InteractionEditor::~InteractionEditor() = default;

void InteractionEditor::setInteraction(const Interaction& interaction, const std::vector<Contact>& contacts,
                                       const std::vector<Manager>& team, std::optional<ManagerId> currentUser)
{
    m_original = interaction;
    if (m_original.id == 0 && !m_original.managerId)
        m_original.managerId = currentUser;
    setWindowTitle(m_original.id == 0 ? tr("New Interaction[*]")
                                      : tr("Interaction: %1[*]").arg(toQString(m_original.subject)));
    const QSignalBlocker blockKind(m_ui->kindCombo);
    const QSignalBlocker blockBy(m_ui->byCombo);
    const QSignalBlocker blockSentiment(m_ui->sentimentCombo);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(static_cast<int>(m_original.kind)));
    m_ui->whenEdit->setDateTime(QDateTime::fromSecsSinceEpoch(m_original.occurredAt.unixSeconds()).toLocalTime());
    m_ui->subjectEdit->setText(toQString(m_original.subject));
    m_ui->notesEdit->setPlainText(toQString(m_original.summary));
    m_ui->sentimentCombo->setCurrentIndex(
        m_ui->sentimentCombo->findData(static_cast<int>(m_original.sentiment)));
    m_ui->outcomeEdit->setText(toQString(m_original.outcome));
    m_ui->productEdit->setText(toQString(m_original.product));
    fillPeople(contacts, team);
    clearProblems();
    m_ui->subjectEdit->setFocus();
    updateState();
}

// Who can be named: the active members, and a deactivated one or a person who left
// only where the interaction already names them, so that history is kept as it was.
void InteractionEditor::fillPeople(const std::vector<Contact>& contacts, const std::vector<Manager>& team)
{
    m_ui->byCombo->clear();
    if (!m_original.managerId)
        m_ui->byCombo->addItem(tr("not recorded"), QVariant());
    const QSignalBlocker blockColleagues(m_ui->colleagueList);
    const QSignalBlocker blockContacts(m_ui->contactList);
    m_ui->colleagueList->clear();
    for (const auto& m : team) {
        const bool by = m_original.managerId == m.id;
        const bool took = contains(m_original.colleagueIds, m.id);
        if (!m.active && !by && !took)
            continue;
        const QString name = m.active ? toQString(m.name) : tr("%1 (deactivated)").arg(toQString(m.name));
        if (m.active || by)
            m_ui->byCombo->addItem(name, QVariant::fromValue<qlonglong>(m.id));
        if (m.active || took)
            addPerson(m_ui->colleagueList, name, m.id, took);
    }
    m_ui->byCombo->setCurrentIndex(
        m_original.managerId
            ? std::max(0, m_ui->byCombo->findData(QVariant::fromValue<qlonglong>(*m_original.managerId)))
            : 0);
    m_ui->contactList->clear();
    for (const auto& c : contacts) {
        const bool took = contains(m_original.contactIds, c.id);
        if (c.leftCompany && !took)
            continue;
        QString text = c.position.empty() ? toQString(c.name)
                                          : tr("%1 (%2)").arg(toQString(c.name), toQString(c.position));
        if (c.leftCompany)
            text = tr("%1 (left)").arg(text);
        addPerson(m_ui->contactList, text, c.id, took);
    }
}

Interaction InteractionEditor::interaction() const
{
    Interaction i = m_original;
    i.kind = static_cast<InteractionKind>(m_ui->kindCombo->currentData().toInt());
    i.occurredAt = DateTime::fromUnixSeconds(m_ui->whenEdit->dateTime().toSecsSinceEpoch());
    const QVariant by = m_ui->byCombo->currentData();
    i.managerId = by.isValid() ? std::optional<ManagerId>(by.toLongLong()) : std::nullopt;
    i.subject = toStdString(m_ui->subjectEdit->text().trimmed());
    i.summary = toStdString(m_ui->notesEdit->toPlainText().trimmed());
    i.sentiment = static_cast<Sentiment>(m_ui->sentimentCombo->currentData().toInt());
    i.outcome = toStdString(m_ui->outcomeEdit->text().trimmed());
    i.product = productEnabled() ? toStdString(m_ui->productEdit->text().trimmed()) : std::string();
    i.contactIds = checkedIds<ContactId>(m_ui->contactList);
    i.colleagueIds = checkedIds<ManagerId>(m_ui->colleagueList);
    return i;
}

bool InteractionEditor::isModified() const
{
    return !(interaction() == m_original);
}

bool InteractionEditor::productEnabled() const
{
    // A product recorded under another kind stays editable rather than being dropped unseen.
    return concernsProduct(static_cast<InteractionKind>(m_ui->kindCombo->currentData().toInt())) ||
           !m_original.product.empty();
}

void InteractionEditor::updateState()
{
    m_ui->productEdit->setEnabled(productEnabled());
    // The one it is by took part anyway: not offered again among the colleagues.
    const QVariant by = m_ui->byCombo->currentData();
    for (int i = 0; i < m_ui->colleagueList->count(); ++i) {
        auto* item = m_ui->colleagueList->item(i);
        item->setHidden(by.isValid() && item->data(IdRole) == by);
    }
    setWindowModified(isModified());
}

void InteractionEditor::accept()
{
    const Interaction i = interaction();
    submit(i.validate(), [&] { m_saver(i); });
    if (isVisible())
        focusFirstProblem();
}

void InteractionEditor::focusFirstProblem()
{
    const std::pair<QLabel*, QWidget*> fields[] = {
        {m_ui->whenError, m_ui->whenEdit},       {m_ui->byError, m_ui->byCombo},
        {m_ui->subjectError, m_ui->subjectEdit}, {m_ui->notesError, m_ui->notesEdit},
        {m_ui->outcomeError, m_ui->outcomeEdit}, {m_ui->productError, m_ui->productEdit},
        {m_ui->peopleError, m_ui->contactList}};
    for (const auto& [error, field] : fields)
        if (!error->isHidden()) {
            field->setFocus();
            return;
        }
}

} // namespace keystone::gui
