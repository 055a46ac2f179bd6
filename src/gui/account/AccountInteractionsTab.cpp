#include "gui/account/AccountInteractionsTab.h"

#include "app/Identity.h"
#include "app/InteractionEditing.h"
#include "app/Team.h"
#include "gui/account/AccountTables.h"
#include "gui/account/InteractionEditor.h"
#include "gui/account/InteractionEntry.h"
#include "gui/account/InteractionFilterModel.h"
#include "gui/account/InteractionTableModel.h"
#include "gui/common/Labels.h"
#include "gui/common/MessageBar.h"
#include "gui/common/ProblemText.h"
#include "ui_AccountInteractionsTab.h"

#include <QAction>
#include <QMessageBox>
#include <algorithm>

namespace keystone::gui {

AccountInteractionsTab::AccountInteractionsTab(Workspace& workspace, AccountEdits edits, QWidget* parent)
    : AccountEditingTab(workspace, std::move(edits), parent), m_ui(std::make_unique<Ui::AccountInteractionsTab>()),
      m_entry(new InteractionEntry(this)), m_messages(new MessageBar(this)),
      m_interactions(new InteractionTableModel(this)),
      m_filter(new InteractionFilterModel(m_interactions, this))
{
    m_ui->setupUi(this);
    setUpTable(m_ui->interactionTable, m_filter);
    m_ui->interactionsLayout->insertWidget(0, m_messages);
    // The form keeps its own height; the history below gets the rest.
    m_entry->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->interactionsLayout->insertWidget(1, m_entry);
    m_ui->interactionsLayout->setStretchFactor(m_ui->interactionTable, 1);
    connect(m_entry, &InteractionEntry::submitted, this, &AccountInteractionsTab::logInteraction);
    m_entry->clear(m_workspace.clock().now());
    setUpFilters();
    // Enter and a double click open the selected interaction, Delete deletes it.
    auto* table = m_ui->interactionTable;
    connect(m_ui->editInteractionButton, &QPushButton::clicked, this, [this] { editSelectedInteraction(); });
    connect(table, &QTableView::doubleClicked, this, [this] { editSelectedInteraction(); });
    connect(addShortcut(table, Qt::Key_Return, Qt::WidgetShortcut), &QAction::triggered, this,
            [this] { editSelectedInteraction(); });
    connect(m_ui->deleteInteractionButton, &QPushButton::clicked, this, [this] { deleteSelectedInteraction(); });
    connect(addShortcut(table, QKeySequence::Delete, Qt::WidgetShortcut), &QAction::triggered, this,
            [this] { deleteSelectedInteraction(); });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountInteractionsTab::updateButtons);
    updateButtons();
}

AccountInteractionsTab::~AccountInteractionsTab() = default;

void AccountInteractionsTab::showInteractions(const std::vector<Interaction>& interactions,
                                              const std::vector<Contact>& contacts)
{
    const std::optional<InteractionId> selected = selectedInteraction();
    m_contacts = contacts;
    m_entry->setContacts(contacts);
    m_interactions->setInteractions(interactions, m_workspace.clock().now());
    showFilters(contacts);
    m_ui->interactionsEmpty->setVisible(interactions.empty());
    m_ui->interactionTable->setVisible(!interactions.empty());
    fitColumns(m_ui->interactionTable);
    if (selected)
        selectInteraction(*selected);
    updateButtons();
}

void AccountInteractionsTab::logInteraction(Interaction interaction, std::optional<FollowUp> nextStep)
{
    interaction.accountId = m_edits.account();
    // "By" is left to the workspace: the current user, else the account's owner.
    LoggedInteraction done;
    try {
        done = m_workspace.logInteraction(std::move(interaction), std::move(nextStep));
    } catch (const std::exception& e) {
        m_messages->showMessage(tr("The interaction was not added: %1").arg(errorText(e)),
                                MessageBar::Kind::Error);
        return;
    }
    m_messages->hide();
    m_entry->clear(m_workspace.clock().now());
    emit written();
    emit logged(done);
}

// ---- Opened, edited and deleted ----

std::optional<InteractionId> AccountInteractionsTab::selectedInteraction() const
{
    const QModelIndex current = m_ui->interactionTable->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_interactions->interactionAt(m_filter->mapToSource(current).row()).id;
}

bool AccountInteractionsTab::selectInteraction(InteractionId id)
{
    const int row = m_interactions->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex shown = m_filter->mapFromSource(m_interactions->index(row, 0));
    if (!shown.isValid()) { // filtered out: show everything
        m_ui->kindFilter->setCurrentIndex(0);
        m_ui->contactFilter->setCurrentIndex(0);
        shown = m_filter->mapFromSource(m_interactions->index(row, 0));
    }
    m_ui->interactionTable->setCurrentIndex(shown);
    return true;
}

void AccountInteractionsTab::updateButtons()
{
    const bool selected = m_ui->interactionTable->currentIndex().isValid();
    m_ui->editInteractionButton->setEnabled(selected);
    m_ui->deleteInteractionButton->setEnabled(selected);
}

InteractionEditor* AccountInteractionsTab::editSelectedInteraction()
{
    const auto id = selectedInteraction();
    if (!id)
        return nullptr;
    auto* editor = new InteractionEditor([this](const Interaction& i) { saveInteraction(i); }, this);
    const auto me = Identity(m_workspace).current();
    editor->setInteraction(m_interactions->interactionAt(m_interactions->rowOf(*id)), m_contacts,
                           Team(m_workspace).list(), me ? std::optional(me->id) : std::nullopt);
    editor->openWindowModal(m_interactive);
    return editor;
}

void AccountInteractionsTab::saveInteraction(const Interaction& interaction)
{
    // Throws into the editor, which shows the problem and stays open.
    const Change<Interaction> change = InteractionEditing(m_workspace).edit(interaction);
    if (!change.changed())
        return;
    emit written();
    selectInteraction(change.after.id);
    Workspace* ws = &m_workspace;
    emit edited(m_edits.custom(
        tr("Edit Interaction %1").arg(toQString(change.after.subject)),
        [ws, before = change.before] { InteractionEditing(*ws).edit(before); },
        [ws, after = change.after] { InteractionEditing(*ws).edit(after); }));
}

bool AccountInteractionsTab::deleteSelectedInteraction()
{
    const auto id = selectedInteraction();
    if (!id)
        return false;
    const QString subject = toQString(m_interactions->interactionAt(m_interactions->rowOf(*id)).subject);
    if (m_interactive &&
        QMessageBox::question(this, tr("Delete Interaction"),
                              tr("Delete the interaction “%1”? Its follow-ups stay. Undo (Ctrl+Z) brings it "
                                 "back.")
                                  .arg(subject),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    InteractionRecord record;
    try {
        record = InteractionEditing(m_workspace).remove(*id);
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Interaction Not Deleted"), errorText(e));
        return false;
    }
    emit written();
    Workspace* ws = &m_workspace;
    // Restored under its own id, so the steps before and after it on the stack still find it.
    emit edited(m_edits.custom(
        tr("Delete Interaction %1").arg(subject), [ws, record] { InteractionEditing(*ws).restore(record); },
        [ws, id = record.interaction.id] { InteractionEditing(*ws).remove(id); }));
    return true;
}

// ---- Narrowed by kind and by person ----

void AccountInteractionsTab::setUpFilters()
{
    m_ui->kindFilter->addItem(tr("all kinds"), QVariant());
    for (const auto& entry : EnumKeys<InteractionKind>::table)
        m_ui->kindFilter->addItem(interactionKindLabel(entry.value), static_cast<int>(entry.value));
    connect(m_ui->kindFilter, &QComboBox::currentIndexChanged, this, &AccountInteractionsTab::applyFilters);
    connect(m_ui->contactFilter, &QComboBox::currentIndexChanged, this,
            &AccountInteractionsTab::applyFilters);
}

void AccountInteractionsTab::applyFilters()
{
    const QVariant kind = m_ui->kindFilter->currentData();
    m_filter->setKind(kind.isValid() ? std::optional(static_cast<InteractionKind>(kind.toInt()))
                                     : std::nullopt);
    const QVariant contact = m_ui->contactFilter->currentData();
    m_filter->setContact(contact.isValid() ? std::optional<ContactId>(contact.toLongLong()) : std::nullopt);
    updateCount();
}

void AccountInteractionsTab::showFilters(const std::vector<Contact>& contacts)
{
    // The people change with edits; keep the chosen one when still there.
    const QVariant chosen = m_ui->contactFilter->currentData();
    {
        const QSignalBlocker block(m_ui->contactFilter);
        m_ui->contactFilter->clear();
        m_ui->contactFilter->addItem(tr("anyone"), QVariant());
        for (const auto& c : contacts)
            m_ui->contactFilter->addItem(c.leftCompany ? tr("%1 (left)").arg(toQString(c.name))
                                                       : toQString(c.name),
                                         QVariant::fromValue<qlonglong>(c.id));
        m_ui->contactFilter->setCurrentIndex(
            chosen.isValid() ? std::max(0, m_ui->contactFilter->findData(chosen)) : 0);
    }
    const QVariant contact = m_ui->contactFilter->currentData();
    m_filter->setContact(contact.isValid() ? std::optional<ContactId>(contact.toLongLong()) : std::nullopt);
    updateCount();
}

void AccountInteractionsTab::updateCount()
{
    const int shown = m_filter->rowCount();
    const int all = m_interactions->rowCount();
    m_ui->interactionCount->setText(shown == all ? tr("%Ln interaction(s)", nullptr, all)
                                                 : tr("%1 of %Ln interaction(s)", nullptr, all).arg(shown));
}

} // namespace keystone::gui
