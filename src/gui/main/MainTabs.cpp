#include "gui/main/MainTabs.h"

#include "app/Workspace.h"
#include "domain/Errors.h"
#include "gui/account/AccountWorkspace.h"
#include "gui/accounts/AccountsView.h"
#include "gui/common/ProblemText.h"
#include "gui/contacts/ContactsView.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/followups/FollowUpsView.h"
#include "gui/search/SearchView.h"
#include "gui/segments/SegmentsView.h"

#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace keystone::gui {

MainTabs::MainTabs(QTabWidget* tabs, const Clock& clock, QObject* parent)
    : QObject(parent), m_tabs(tabs), m_accounts(new AccountsView(tabs)), m_followUps(new FollowUpsView(tabs)),
      m_dashboard(new DashboardView(tabs)), m_contacts(new ContactsView(tabs)),
      m_search(new SearchView(clock, tabs)), m_segmentsPage(new QWidget(tabs))
{
    m_search->hide();
    m_segmentsPage->setObjectName(QStringLiteral("segmentsPage"));
    new QVBoxLayout(m_segmentsPage);
    m_segmentsPage->layout()->setContentsMargins(0, 0, 0, 0);
    // The screens stay; only accounts and the search results close.
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    m_tabs->setTabToolTip(0, tr("Your day: follow-ups and commitments due, accounts to contact or at risk"));
    m_tabs->addTab(m_accounts, tr("Accounts"));
    m_tabs->addTab(m_segmentsPage, tr("Segments"));
    m_tabs->addTab(m_followUps, tr("Follow-ups"));
    m_tabs->addTab(m_contacts, tr("Contacts"));
    for (QWidget* screen :
         {static_cast<QWidget*>(m_dashboard), static_cast<QWidget*>(m_accounts), m_segmentsPage,
          static_cast<QWidget*>(m_followUps), static_cast<QWidget*>(m_contacts)})
        keep(screen);

    connect(m_accounts, &AccountsView::accountActivated, this, &MainTabs::openAccount);
    connect(m_followUps, &FollowUpsView::accountActivated, this, &MainTabs::openAccount);
    connect(m_dashboard, &DashboardView::accountActivated, this, &MainTabs::openAccount);
    connect(m_dashboard, &DashboardView::followUpActivated, this,
            [this](AccountId account, FollowUpId followUp) {
                if (auto* tab = openAccount(account))
                    tab->showFollowUp(followUp);
            });
    connect(m_contacts, &ContactsView::contactActivated, this, [this](AccountId account, ContactId contact) {
        if (auto* tab = openAccount(account))
            tab->showContact(contact);
    });
    connect(m_search, &SearchView::accountActivated, this, &MainTabs::openAccount);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainTabs::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_segmentsPage)
            segmentsView(); // built now, before it paints
        // The Follow-ups tab reads itself again whenever it is shown (FollowUpsView::showEvent).
    });
}

void MainTabs::keep(QWidget* screen)
{
    const int index = m_tabs->indexOf(screen);
    m_tabs->tabBar()->setTabButton(index, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(index, QTabBar::LeftSide, nullptr);
}

SegmentsView* MainTabs::segmentsView()
{
    if (!m_segments) {
        m_segments = new SegmentsView(m_segmentsPage);
        m_segmentsPage->layout()->addWidget(m_segments);
        connect(m_segments, &SegmentsView::accountActivated, this, &MainTabs::openAccount);
        connect(m_segments, &SegmentsView::snapshotsChanged, this, &MainTabs::showSnapshotsChanged);
        connect(m_segments, &SegmentsView::message, this, &MainTabs::message);
        m_segments->setUndoStack(m_undo);
        if (m_workspace)
            m_segments->setWorkspace(m_workspace);
        m_segments->show();
    }
    return m_segments;
}

void MainTabs::setUndoStack(QUndoStack* undo)
{
    m_undo = undo;
    if (m_segments)
        m_segments->setUndoStack(undo);
}

void MainTabs::showSnapshotsChanged()
{
    try {
        m_accounts->reload();
    } catch (const std::exception& e) {
        emit problem(tr("Cannot Refresh"), errorText(e));
    }
    std::vector<AccountId> open;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto* tab = qobject_cast<AccountWorkspace*>(m_tabs->widget(i)))
            open.push_back(tab->accountId());
    reloadAccounts(open);
}

void MainTabs::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    // The views are hidden here; each reads when first shown.
    m_accounts->setWorkspace(workspace);
    m_followUps->setWorkspace(workspace);
    m_dashboard->setWorkspace(workspace);
    m_contacts->setWorkspace(workspace);
    if (m_segments)
        m_segments->setWorkspace(workspace);
    if (workspace) {
        m_search->setDatabase(workspace->path());
    } else {
        m_search->setQuery(QString());
        m_search->setDatabase({});
    }
}

AccountWorkspace* MainTabs::accountTab(AccountId id) const
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto* tab = qobject_cast<AccountWorkspace*>(m_tabs->widget(i)); tab && tab->accountId() == id)
            return tab;
    return nullptr;
}

AccountWorkspace* MainTabs::currentAccountTab() const
{
    return qobject_cast<AccountWorkspace*>(m_tabs->currentWidget());
}

bool MainTabs::hasUnsavedChanges() const
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto* tab = qobject_cast<AccountWorkspace*>(m_tabs->widget(i)); tab && tab->hasUnsavedChanges())
            return true;
    return false;
}

AccountWorkspace* MainTabs::openAccount(AccountId id)
{
    if (!m_workspace)
        return nullptr;
    if (auto* existing = accountTab(id)) {
        m_tabs->setCurrentWidget(existing);
        return existing;
    }
    AccountWorkspace* tab = nullptr;
    try {
        tab = new AccountWorkspace(*m_workspace, id, m_tabs);
    } catch (const std::exception& e) {
        emit problem(tr("Cannot Open Account"), errorText(e));
        return nullptr;
    }
    const int index = m_tabs->addTab(tab, tab->title());
    m_tabs->setTabToolTip(index, tab->accountName());
    connect(tab, &AccountWorkspace::titleChanged, this, [this, tab] {
        m_tabs->setTabText(m_tabs->indexOf(tab), tab->title().replace(QLatin1Char('&'), QLatin1String("&&")));
        emit titleChanged();
    });
    tab->setInteractive(m_interactive);
    emit accountOpened(tab);
    m_tabs->setCurrentIndex(index);
    return tab;
}

bool MainTabs::closeTab(int index)
{
    if (m_tabs->widget(index) == m_search) {
        m_tabs->removeTab(index); // kept, with its results, for the next search
        return true;
    }
    auto* tab = qobject_cast<AccountWorkspace*>(m_tabs->widget(index));
    if (!tab)
        return false; // the screens stay
    if (m_interactive && !tab->confirmClose())
        return false;
    m_tabs->removeTab(index);
    tab->deleteLater();
    emit titleChanged();
    return true;
}

bool MainTabs::closeAccounts()
{
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        QWidget* tab = m_tabs->widget(i);
        if ((qobject_cast<AccountWorkspace*>(tab) || tab == m_search) && !closeTab(i))
            return false;
    }
    return true;
}

void MainTabs::removeTab(AccountWorkspace* tab)
{
    m_tabs->removeTab(m_tabs->indexOf(tab));
    tab->deleteLater();
}

void MainTabs::refresh()
{
    m_accounts->reload();
    m_followUps->reload();
    m_dashboard->invalidate();
    m_contacts->invalidate();
    if (m_segments)
        m_segments->recompute(); // else computed when first shown
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        auto* tab = qobject_cast<AccountWorkspace*>(m_tabs->widget(i));
        if (!tab)
            continue;
        try {
            tab->reload();
        } catch (const NotFoundError&) {
            removeTab(tab); // removed meanwhile (by keystone-cli, say): nothing left to show
        }
    }
}

void MainTabs::reloadAccounts(const std::vector<AccountId>& ids)
{
    for (const AccountId id : ids) {
        auto* tab = accountTab(id);
        try {
            if (tab)
                tab->reload();
        } catch (const NotFoundError&) {
            removeTab(tab); // deleted permanently
        } catch (const std::exception& e) {
            emit problem(tr("Not Changed"), errorText(e));
        }
    }
}

void MainTabs::showSearchTab()
{
    if (m_tabs->indexOf(m_search) < 0) {
        const int index = m_tabs->addTab(m_search, tr("Search"));
        m_tabs->setTabToolTip(index, tr("Results of the search in the tool bar (Ctrl+K)"));
    }
    m_tabs->setCurrentWidget(m_search);
}

} // namespace keystone::gui
