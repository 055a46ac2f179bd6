#include "gui/followups/FollowUpEditor.h"

#include "app/FollowUpEditing.h"
#include "app/Identity.h"
#include "gui/common/Labels.h"
#include "ui_FollowUpEditor.h"

#include <QCompleter>
#include <algorithm>

namespace keystone::gui {

namespace {

QDate toQDate(Date d)
{
    return QDate(d.year(), d.month(), d.day());
}

QVariant idData(std::optional<std::int64_t> id)
{
    return id ? QVariant::fromValue<qlonglong>(*id) : QVariant();
}

template <typename Id> std::optional<Id> idOf(const QVariant& data)
{
    return data.isValid() ? std::optional<Id>(data.toLongLong()) : std::nullopt;
}

} // namespace

FollowUpEditor::FollowUpEditor(Workspace& workspace, Mode mode, Saver saver, QWidget* parent)
    : RecordEditor(parent), m_ui(std::make_unique<Ui::FollowUpEditor>()), m_workspace(workspace),
      m_mode(mode), m_saver(std::move(saver))
{
    m_ui->setupUi(this);
    for (const auto& entry : EnumKeys<FollowUpKind>::table)
        m_ui->kindEdit->addItem(followUpKindLabel(entry.value), static_cast<int>(entry.value));
    setUpProblems({{"account", m_ui->accountError},
                   {"title", m_ui->titleError},
                   {"due", m_ui->dueError},
                   {"reason", m_ui->reasonError},
                   {"owner", m_ui->ownerError},
                   {"interaction", m_ui->interactionError}},
                  m_ui->generalError, tr("Discard the changes made here?"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &FollowUpEditor::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &FollowUpEditor::reject);
    for (auto* edit : {m_ui->titleEdit, m_ui->reasonEdit})
        connect(edit, &QLineEdit::textChanged, this, &FollowUpEditor::updateState);
    connect(m_ui->dueEdit, &QDateEdit::dateChanged, this, &FollowUpEditor::updateState);
    for (auto* box : {m_ui->kindEdit, m_ui->ownerEdit, m_ui->interactionEdit})
        connect(box, &QComboBox::currentIndexChanged, this, &FollowUpEditor::updateState);
    connect(m_ui->accountEdit, &QComboBox::currentTextChanged, this, [this] {
        // The interactions to choose from are the chosen account's.
        if (m_asksAccount)
            fillInteractions(chosenAccount(), std::nullopt);
        updateState();
    });
}

FollowUpEditor::~FollowUpEditor() = default;

void FollowUpEditor::setFollowUp(const FollowUp& followUp)
{
    m_original = followUp;
    const bool isNew = followUp.id == 0;
    const bool commitment = followUp.kind == FollowUpKind::Commitment;
    const QString title = toQString(followUp.title);
    switch (m_mode) {
    case Mode::New:
        setWindowTitle(tr("New Follow-up[*]"));
        break;
    case Mode::Edit:
        setWindowTitle(commitment ? tr("Edit Commitment: %1[*]").arg(title)
                                  : tr("Edit Follow-up: %1[*]").arg(title));
        break;
    case Mode::Reschedule:
        setWindowTitle(commitment ? tr("Reschedule Commitment: %1[*]").arg(title)
                                  : tr("Reschedule Follow-up: %1[*]").arg(title));
        break;
    case Mode::Reassign:
        setWindowTitle(commitment ? tr("Reassign Commitment: %1[*]").arg(title)
                                  : tr("Reassign Follow-up: %1[*]").arg(title));
        break;
    }
    m_asksAccount = isNew && followUp.accountId == 0;
    m_ui->accountLabel->setVisible(m_asksAccount);
    m_ui->accountEdit->setVisible(m_asksAccount);
    if (m_asksAccount)
        fillAccounts();
    m_ui->kindEdit->setCurrentIndex(m_ui->kindEdit->findData(static_cast<int>(followUp.kind)));
    m_ui->titleEdit->setText(title);
    m_ui->dueEdit->setDate(toQDate(followUp.dueDate));
    m_ui->reasonEdit->clear();
    std::optional<ManagerId> owner = followUp.ownerId;
    if (isNew && !owner)
        if (const auto me = Identity(m_workspace).current())
            owner = me->id;
    fillOwners(owner);
    fillInteractions(followUp.accountId, followUp.interactionId);
    fillHistory(followUp.id);

    // Each mode changes what it is named after and nothing else.
    const bool fields = m_mode == Mode::New || m_mode == Mode::Edit;
    m_ui->kindEdit->setEnabled(fields);
    m_ui->titleEdit->setEnabled(fields);
    m_ui->dueEdit->setEnabled(fields || m_mode == Mode::Reschedule);
    m_ui->ownerEdit->setEnabled(fields || m_mode == Mode::Reassign);
    m_ui->interactionEdit->setEnabled(fields);
    m_ui->reasonLabel->setVisible(m_mode == Mode::Reschedule);
    m_ui->reasonEdit->setVisible(m_mode == Mode::Reschedule);
    m_ui->historyLabel->setVisible(!isNew);
    m_ui->historyList->setVisible(!isNew);
    clearProblems();
    if (m_mode == Mode::Reschedule)
        m_ui->dueEdit->setFocus();
    else if (m_mode == Mode::Reassign)
        m_ui->ownerEdit->setFocus();
    else if (m_asksAccount)
        m_ui->accountEdit->setFocus();
    else
        m_ui->titleEdit->setFocus();
    updateState();
    // Each mode shows other rows: as tall as they need, no gaps between them.
    resize(std::max(width(), sizeHint().width()), sizeHint().height());
}

void FollowUpEditor::fillAccounts()
{
    QSignalBlocker block(m_ui->accountEdit);
    m_ui->accountEdit->clear();
    for (const auto& row : m_workspace.listAccounts({}))
        m_ui->accountEdit->addItem(toQString(row.account.name),
                                   QVariant::fromValue<qlonglong>(row.account.id));
    m_ui->accountEdit->setCurrentIndex(-1);
    m_ui->accountEdit->completer()->setFilterMode(Qt::MatchContains);
    m_ui->accountEdit->completer()->setCompletionMode(QCompleter::PopupCompletion);
}

void FollowUpEditor::fillOwners(std::optional<ManagerId> owner)
{
    m_ui->ownerEdit->clear();
    if (!owner)
        m_ui->ownerEdit->addItem(tr("the account's manager"), QVariant());
    for (const auto& m : m_workspace.store().managers().list()) {
        // A member who left stays shown on what they own, but nobody new is given to them.
        if (m.active || m.id == owner)
            m_ui->ownerEdit->addItem(m.active ? toQString(m.name) : tr("%1 (left)").arg(toQString(m.name)),
                                     QVariant::fromValue<qlonglong>(m.id));
    }
    m_ui->ownerEdit->setCurrentIndex(std::max(0, m_ui->ownerEdit->findData(idData(owner))));
}

void FollowUpEditor::fillInteractions(AccountId account, std::optional<InteractionId> chosen)
{
    m_ui->interactionEdit->clear();
    m_ui->interactionEdit->addItem(tr("none"), QVariant());
    if (account > 0)
        for (const auto& i : m_workspace.store().interactions().listForAccount(account))
            m_ui->interactionEdit->addItem(
                QStringLiteral("%1 · %2 · %3")
                    .arg(formatDate(i.occurredAt.date()), interactionKindLabel(i.kind), toQString(i.subject)),
                QVariant::fromValue<qlonglong>(i.id));
    m_ui->interactionEdit->setCurrentIndex(std::max(0, m_ui->interactionEdit->findData(idData(chosen))));
}

void FollowUpEditor::fillHistory(FollowUpId id)
{
    m_ui->historyList->clear();
    if (id == 0)
        return;
    const auto history = FollowUpEditing(m_workspace).history(id);
    for (const auto& r : history) {
        const QString reason = r.reason.empty() ? tr("no reason given") : toQString(r.reason);
        m_ui->historyList->addItem(
            tr("%1 → %2 (moved %3): %4")
                .arg(formatDate(r.from), formatDate(r.to), formatDateTime(r.at), reason));
    }
    if (history.empty())
        m_ui->historyList->addItem(tr("Never rescheduled."));
}

AccountId FollowUpEditor::chosenAccount() const
{
    if (!m_asksAccount)
        return m_original.accountId;
    // Only a name typed in full (or picked) chooses an account.
    const int index = m_ui->accountEdit->findText(m_ui->accountEdit->currentText(), Qt::MatchFixedString);
    return index < 0 ? 0 : m_ui->accountEdit->itemData(index).toLongLong();
}

FollowUp FollowUpEditor::followUp() const
{
    FollowUp f = m_original;
    f.accountId = chosenAccount();
    f.kind = static_cast<FollowUpKind>(m_ui->kindEdit->currentData().toInt());
    f.title = toStdString(m_ui->titleEdit->text().trimmed());
    const QDate d = m_ui->dueEdit->date();
    if (const auto due = Date::fromYmd(d.year(), d.month(), d.day()))
        f.dueDate = *due;
    f.ownerId = idOf<ManagerId>(m_ui->ownerEdit->currentData());
    f.interactionId = idOf<InteractionId>(m_ui->interactionEdit->currentData());
    return f;
}

QString FollowUpEditor::reason() const
{
    return m_ui->reasonEdit->text().trimmed();
}

bool FollowUpEditor::isModified() const
{
    return !(followUp() == m_original) || !reason().isEmpty();
}

void FollowUpEditor::updateState()
{
    // A commitment says what it risks, in the colour late ones are shown in.
    const bool commitment =
        static_cast<FollowUpKind>(m_ui->kindEdit->currentData().toInt()) == FollowUpKind::Commitment;
    m_ui->commitmentNote->setVisible(commitment);
    m_ui->commitmentNote->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(overdueColor().name()));
    setWindowModified(isModified());
}

void FollowUpEditor::accept()
{
    const FollowUp f = followUp();
    auto problems = f.validate();
    if (m_asksAccount && f.accountId == 0) {
        std::erase_if(problems, [](const FieldError& e) { return e.field == "account"; });
        problems.push_back({"account", toStdString(tr("choose one of the accounts listed"))});
    }
    if (m_mode == Mode::Reschedule && reason().isEmpty())
        problems.push_back({"reason", toStdString(tr("is required: say why the date moves"))});
    const std::string why = toStdString(reason());
    submit(problems, [&] { m_saver(f, why); });
}

} // namespace keystone::gui
