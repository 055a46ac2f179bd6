#include "gui/account/InteractionEntry.h"

#include "gui/common/Labels.h"
#include "ui_InteractionEntry.h"

#include <QDateTime>
#include <QShortcut>

namespace keystone::gui {

namespace {

Date toDate(const QDate& d)
{
    return *Date::fromYmd(d.year(), d.month(), d.day());
}

QDate toQDate(Date d)
{
    return QDate(d.year(), d.month(), d.day());
}

} // namespace

InteractionEntry::InteractionEntry(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::InteractionEntry>())
{
    m_ui->setupUi(this);
    for (const auto& entry : EnumKeys<InteractionKind>::table)
        m_ui->kindCombo->addItem(interactionKindLabel(entry.value), static_cast<int>(entry.value));
    m_ui->sentimentCombo->addItem(tr("none"), static_cast<int>(Sentiment::Unknown));
    for (const Sentiment sentiment : {Sentiment::Positive, Sentiment::Neutral, Sentiment::Negative})
        m_ui->sentimentCombo->addItem(sentimentLabel(sentiment), static_cast<int>(sentiment));
    for (const auto& entry : EnumKeys<FollowUpKind>::table)
        m_ui->nextStepKindCombo->addItem(followUpKindLabel(entry.value), static_cast<int>(entry.value));
    m_ui->whenEdit->setTimeSpec(Qt::LocalTime);
    m_ui->subjectError->hide();
    m_ui->nextStepError->hide();
    connect(m_ui->nextStepCheck, &QCheckBox::toggled, m_ui->nextStepEdit, &QWidget::setEnabled);
    connect(m_ui->nextStepCheck, &QCheckBox::toggled, m_ui->nextStepKindCombo, &QWidget::setEnabled);
    connect(m_ui->nextStepCheck, &QCheckBox::toggled, m_ui->dueEdit, &QWidget::setEnabled);
    connect(m_ui->nextStepCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_ui->nextStepEdit->setFocus();
    });
    // A problem disappears as soon as the field is being corrected.
    connect(m_ui->subjectEdit, &QLineEdit::textEdited, m_ui->subjectError, &QWidget::hide);
    connect(m_ui->nextStepEdit, &QLineEdit::textEdited, m_ui->nextStepError, &QWidget::hide);
    connect(m_ui->addButton, &QPushButton::clicked, this, &InteractionEntry::submit);
    connect(m_ui->subjectEdit, &QLineEdit::returnPressed, this, &InteractionEntry::submit);
    auto* add = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    add->setContext(Qt::WidgetWithChildrenShortcut);
    connect(add, &QShortcut::activated, this, &InteractionEntry::submit);
}

InteractionEntry::~InteractionEntry() = default;

void InteractionEntry::setContacts(const std::vector<Contact>& contacts)
{
    m_ui->contactList->clear();
    for (const auto& c : contacts) {
        if (c.leftCompany)
            continue;
        const QString text = c.position.empty()
                                 ? toQString(c.name)
                                 : tr("%1 (%2)").arg(toQString(c.name), toQString(c.position));
        auto* item = new QListWidgetItem(text, m_ui->contactList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, static_cast<qlonglong>(c.id));
    }
    const bool none = m_ui->contactList->count() == 0;
    m_ui->contactList->setVisible(!none);
    m_ui->noContacts->setVisible(none);
}

void InteractionEntry::clear(DateTime now)
{
    m_ui->whenEdit->setDateTime(QDateTime::fromSecsSinceEpoch(now.unixSeconds()).toLocalTime());
    m_ui->subjectEdit->clear();
    m_ui->summaryEdit->clear();
    m_ui->sentimentCombo->setCurrentIndex(0);
    m_ui->outcomeEdit->clear();
    m_ui->nextStepCheck->setChecked(false);
    m_ui->nextStepKindCombo->setCurrentIndex(0);
    m_ui->nextStepEdit->clear();
    m_ui->dueEdit->setDate(toQDate(now.date()).addDays(7));
    m_ui->subjectError->hide();
    m_ui->nextStepError->hide();
    for (int i = 0; i < m_ui->contactList->count(); ++i)
        m_ui->contactList->item(i)->setCheckState(Qt::Unchecked);
}

bool InteractionEntry::validate()
{
    bool ok = true;
    if (m_ui->subjectEdit->text().trimmed().isEmpty()) {
        m_ui->subjectError->setText(tr("Say in a few words what it was about."));
        m_ui->subjectError->show();
        ok = false;
    }
    if (m_ui->nextStepCheck->isChecked() && m_ui->nextStepEdit->text().trimmed().isEmpty()) {
        m_ui->nextStepError->setText(tr("Say what the next step is, or untick it."));
        m_ui->nextStepError->show();
        ok = false;
    }
    return ok;
}

void InteractionEntry::submit()
{
    if (!validate()) {
        (m_ui->subjectError->isVisible() ? m_ui->subjectEdit : m_ui->nextStepEdit)->setFocus();
        return;
    }
    Interaction interaction;
    interaction.kind = static_cast<InteractionKind>(m_ui->kindCombo->currentData().toInt());
    interaction.occurredAt = DateTime::fromUnixSeconds(m_ui->whenEdit->dateTime().toSecsSinceEpoch());
    interaction.subject = toStdString(m_ui->subjectEdit->text().trimmed());
    interaction.summary = toStdString(m_ui->summaryEdit->toPlainText().trimmed());
    interaction.sentiment = static_cast<Sentiment>(m_ui->sentimentCombo->currentData().toInt());
    interaction.outcome = toStdString(m_ui->outcomeEdit->text().trimmed());
    for (int i = 0; i < m_ui->contactList->count(); ++i) {
        const auto* item = m_ui->contactList->item(i);
        if (item->checkState() == Qt::Checked)
            interaction.contactIds.push_back(item->data(Qt::UserRole).toLongLong());
    }
    std::optional<FollowUp> next;
    if (m_ui->nextStepCheck->isChecked()) {
        next.emplace();
        next->title = toStdString(m_ui->nextStepEdit->text().trimmed());
        next->dueDate = toDate(m_ui->dueEdit->date());
        next->kind = static_cast<FollowUpKind>(m_ui->nextStepKindCombo->currentData().toInt());
    }
    emit submitted(interaction, next);
}

bool InteractionEntry::hasUnsavedInput() const
{
    return !m_ui->subjectEdit->text().trimmed().isEmpty() ||
           !m_ui->summaryEdit->toPlainText().trimmed().isEmpty() ||
           !m_ui->outcomeEdit->text().trimmed().isEmpty() ||
           (m_ui->nextStepCheck->isChecked() && !m_ui->nextStepEdit->text().trimmed().isEmpty());
}

bool InteractionEntry::logInput()
{
    if (!hasUnsavedInput())
        return true;
    submit();
    // The receiver empties the form once the interaction is written.
    return !hasUnsavedInput();
}

} // namespace keystone::gui
