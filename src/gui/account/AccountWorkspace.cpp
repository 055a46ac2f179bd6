#include "gui/account/AccountWorkspace.h"

#include "gui/account/AccountTables.h"
#include "gui/account/DossierEditor.h"
#include "gui/common/Labels.h"
#include "ui_AccountWorkspace.h"

#include <QAction>

namespace keystone::gui {

AccountWorkspace::AccountWorkspace(Workspace& workspace, AccountId id, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AccountWorkspace>()), m_workspace(workspace), m_id(id)
{
    m_ui->setupUi(this);
    const AccountEdits edits(workspace, id, RecordIds::forWorkspace(workspace));
    m_overview = new AccountOverviewTab(workspace, edits, this);
    m_dossier = new AccountDossierTab(workspace, this);
    m_people = new AccountPeopleTab(workspace, edits, this);
    m_interactions = new AccountInteractionsTab(workspace, edits, this);
    m_followUps = new AccountFollowUpsTab(workspace, this);
    m_sales = new AccountSalesTab(workspace, id, this);
    m_tenders = new AccountTendersTab(workspace, edits, this);
    m_ui->tabs->addTab(m_overview, tr("&Overview"));
    m_ui->tabs->addTab(m_dossier, tr("&Dossier"));
    m_ui->tabs->addTab(m_people, tr("&People"));
    m_ui->tabs->addTab(m_interactions, tr("&Interactions"));
    m_ui->tabs->addTab(m_followUps, tr("&Follow-ups"));
    m_ui->tabs->addTab(m_sales, tr("&Sales"));
    m_ui->tabs->addTab(m_tenders, tr("&Tenders and Competitors"));
    connectTabs();
    connect(addShortcut(this, QKeySequence(Qt::Key_F2), Qt::WidgetWithChildrenShortcut), &QAction::triggered,
            this, &AccountWorkspace::editAccount);
    reload();
}

AccountWorkspace::~AccountWorkspace() = default;

// Every write reads the whole account again, since one record shows in several tabs
// (a tender in the overview's counts too); the edits go on to the caller.
void AccountWorkspace::connectTabs()
{
    for (AccountEditingTab* tab : editingTabs()) {
        connect(tab, &AccountEditingTab::written, this, &AccountWorkspace::reload);
        connect(tab, &AccountEditingTab::edited, this, &AccountWorkspace::edited);
    }
    connect(m_followUps, &AccountFollowUpsTab::written, this, &AccountWorkspace::reload);
    connect(m_interactions, &AccountInteractionsTab::logged, this, &AccountWorkspace::interactionLogged);
    connect(m_followUps, &AccountFollowUpsTab::doneRequested, this,
            &AccountWorkspace::markSelectedFollowUpDone);
    connect(m_dossier->editor(), &DossierEditor::modifiedChanged, this, &AccountWorkspace::titleChanged);
    connect(m_dossier, &AccountDossierTab::saved, this, [this](const Dossier& before, const Dossier& after) {
        m_overview->showDossierState(after);
        emit dossierSaved(before, after);
    });
}

std::array<AccountEditingTab*, 4> AccountWorkspace::editingTabs() const
{
    return {m_overview, m_people, m_interactions, m_tenders};
}

QString AccountWorkspace::accountName() const
{
    return toQString(m_account.name);
}

QString AccountWorkspace::title() const
{
    return hasUnsavedChanges() ? tr("%1 *").arg(accountName()) : accountName();
}

bool AccountWorkspace::hasUnsavedChanges() const
{
    return m_dossier->editor()->isModified();
}

void AccountWorkspace::reload()
{
    const AccountDetails d = m_workspace.details(m_id);
    m_account = d.account;
    m_ui->titleLabel->setText(QStringLiteral("<h2>%1</h2>").arg(accountName().toHtmlEscaped()));
    m_overview->showDetails(d);
    if (!hasUnsavedChanges())
        m_dossier->editor()->setDossier(d.dossier);
    m_people->showContacts(d.contacts);
    m_interactions->showInteractions(d.interactions, d.contacts);
    m_followUps->showFollowUps(d.followUps);
    m_tenders->showTenders(d.tenders, d.competitors);
    m_sales->reload();
    m_overview->showRevenue(m_sales->months());
    emit titleChanged();
}

void AccountWorkspace::showSavedDossier(const Dossier& dossier)
{
    m_dossier->editor()->setDossier(dossier);
    m_overview->showDossierState(dossier);
}

bool AccountWorkspace::confirmClose()
{
    if (!hasUnsavedChanges())
        return true;
    m_ui->tabs->setCurrentWidget(m_dossier);
    return m_dossier->confirmClose(accountName());
}

bool AccountWorkspace::markSelectedFollowUpDone()
{
    const auto after = m_followUps->markSelectedDone();
    if (!after)
        return false;
    showFollowUp(after->id);
    emit followUpDone(*after);
    return true;
}

void AccountWorkspace::showFollowUp(FollowUpId id)
{
    m_ui->tabs->setCurrentWidget(m_followUps);
    m_followUps->select(id);
}

void AccountWorkspace::showContact(ContactId id)
{
    m_ui->tabs->setCurrentWidget(m_people);
    m_people->showContact(id);
}

void AccountWorkspace::setInteractive(bool interactive)
{
    for (AccountEditingTab* tab : editingTabs())
        tab->setInteractive(interactive);
}

} // namespace keystone::gui
