#include "gui/account/AccountInteractionsTab.h"

#include "gui/account/AccountTables.h"
#include "gui/account/InteractionEntry.h"
#include "gui/account/InteractionFilterModel.h"
#include "gui/account/InteractionTableModel.h"
#include "gui/common/Labels.h"
#include "gui/common/MessageBar.h"
#include "ui_AccountInteractionsTab.h"

#include <algorithm>

namespace keystone::gui {

AccountInteractionsTab::AccountInteractionsTab(Workspace& workspace, AccountId id, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AccountInteractionsTab>()), m_workspace(workspace), m_id(id),
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
}

AccountInteractionsTab::~AccountInteractionsTab() = default;

void AccountInteractionsTab::showInteractions(const std::vector<Interaction>& interactions,
                                              const std::vector<Contact>& contacts)
{
    m_entry->setContacts(contacts);
    m_interactions->setInteractions(interactions, m_workspace.clock().now());
    showFilters(contacts);
    m_ui->interactionsEmpty->setVisible(interactions.empty());
    m_ui->interactionTable->setVisible(!interactions.empty());
    fitColumns(m_ui->interactionTable);
}

void AccountInteractionsTab::logInteraction(Interaction interaction, std::optional<FollowUp> nextStep)
{
    interaction.accountId = m_id;
    // "By" is left to the workspace: the current user, else the account's owner.
    LoggedInteraction done;
    try {
        done = m_workspace.logInteraction(std::move(interaction), std::move(nextStep));
    } catch (const std::exception& e) {
        m_messages->showMessage(tr("The interaction was not added: %1").arg(QString::fromUtf8(e.what())),
                                MessageBar::Kind::Error);
        return;
    }
    m_messages->hide();
    m_entry->clear(m_workspace.clock().now());
    emit written();
    emit logged(done);
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
