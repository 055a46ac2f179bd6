#include "gui/dashboard/DashboardView.h"

#include "app/Identity.h"

#include "gui/common/BackgroundReader.h"
#include "gui/common/Labels.h"
#include "gui/common/MessageBar.h"
#include "gui/common/ProblemText.h"
#include "gui/common/TableViews.h"
#include "gui/dashboard/DashboardSectionModel.h"
#include "gui/followups/FollowUpActions.h"
#include "ui_DashboardView.h"

#include <QDate>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QSignalBlocker>
#include <QTableView>
#include <QToolButton>

namespace keystone::gui {

namespace {

constexpr qlonglong kEveryone = -1;

QString managerOrNobody(const std::string& name)
{
    return name.empty() ? QCoreApplication::translate("DashboardView", "nobody") : toQString(name);
}

QString money(Money amount)
{
    return QLocale().toString(amount.toDouble(), 'f', 0);
}

DashboardSectionModel::Item followUpItem(const FollowUpListRow& row, Date today)
{
    const FollowUp& f = row.followUp;
    DashboardSectionModel::Item item;
    item.accountId = f.accountId;
    item.followUpId = f.id;
    // The state says how late; the due date itself is in the tool tip, to leave room for the title.
    item.cells = {followUpStateLabel(f, today), toQString(f.title), toQString(row.accountName),
                  managerOrNobody(row.managerName)};
    item.overdue = f.isOverdue(today);
    if (item.overdue || f.dueDate == today)
        item.emphasisedColumn = 0;
    item.toolTip = QCoreApplication::translate("DashboardView", "Due %1").arg(formatDate(f.dueDate));
    if (!f.notes.empty())
        item.toolTip += QLatin1Char('\n') + toQString(f.notes);
    return item;
}

} // namespace

DashboardView::DashboardView(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DashboardView>()), m_reader(new BackgroundReader(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("dashboardView"));
    const QStringList followUpHeaders = {tr("State"), tr("Title"), tr("Account"), tr("Manager")};
    const QStringList headers[SectionCount] = {
        followUpHeaders,
        followUpHeaders,
        {tr("Account"), tr("Class"), tr("Last contact"), tr("Overdue by"), tr("Manager")},
        {tr("Account"), tr("State"), tr("Last purchase"), tr("Revenue, 12 months"), tr("Manager")},
        {tr("When"), tr("Kind"), tr("Subject"), tr("Account"), tr("By")},
    };
    QGroupBox* boxes[SectionCount] = {m_ui->followUpsBox, m_ui->commitmentsBox, m_ui->cadenceBox, m_ui->riskBox,
                                      m_ui->interactionsBox};
    QTableView* tables[SectionCount] = {m_ui->followUpsTable, m_ui->commitmentsTable, m_ui->cadenceTable,
                                        m_ui->riskTable, m_ui->interactionsTable};
    QLabel* empties[SectionCount] = {m_ui->followUpsEmpty, m_ui->commitmentsEmpty, m_ui->cadenceEmpty,
                                     m_ui->riskEmpty, m_ui->interactionsEmpty};
    for (int s = 0; s < SectionCount; ++s) {
        SectionParts& part = m_sections[s];
        part.box = boxes[s];
        part.table = tables[s];
        part.empty = empties[s];
        part.model = new DashboardSectionModel(headers[s], this);
        part.table->setModel(part.model);
        makeCompact(part.table);
        part.table->horizontalHeader()->setStretchLastSection(true);
        part.table->horizontalHeader()->setHighlightSections(false);
        // Columns fit the first rows (the few shown, and more), not every row: a section can hold
        // tens of thousands, and measuring each took 0.17 s of the GUI thread at 50,000 accounts.
        part.table->horizontalHeader()->setResizeContentsPrecision(200);
        // Enter or a double-click opens the account.
        connect(part.table, &QTableView::activated, this, &DashboardView::activate);
    }
    setUpFollowUpActions();
    connect(m_ui->meCombo, &QComboBox::activated, this, [this] {
        const qlonglong id = m_ui->meCombo->currentData().toLongLong();
        setManager(id == kEveryone ? std::nullopt : std::optional<ManagerId>(id));
    });
    setWorkspace(nullptr);
}

DashboardView::~DashboardView() = default;

bool DashboardView::isLoading() const
{
    return m_reader->isBusy();
}

void DashboardView::setWorkspace(Workspace* workspace)
{
    m_reader->stop(); // an answer still to come for the old database is dropped
    m_workspace = workspace;
    m_followUpActions->setWorkspace(workspace);
    m_commitmentActions->setWorkspace(workspace);
    fillManagers();
    m_stale = false;
    if (m_workspace)
        reload();
    else {
        m_data = DashboardData();
        for (auto& part : m_sections)
            part.model->setItems({});
    }
}

void DashboardView::fillManagers(std::optional<qlonglong> keep)
{
    const QSignalBlocker block(m_ui->meCombo);
    m_ui->meCombo->clear();
    m_ui->meCombo->addItem(tr("Everyone"), kEveryone);
    if (!m_workspace)
        return;
    for (const auto& m : m_workspace->store().managers().list())
        m_ui->meCombo->addItem(m.active ? toQString(m.name) : tr("%1 (left)").arg(toQString(m.name)),
                               static_cast<qlonglong>(m.id));
    // "Me" is the current user (app/Identity, remembered in the database), else everyone.
    int index = keep ? m_ui->meCombo->findData(*keep) : -1;
    if (index < 0) {
        const auto me = Identity(*m_workspace).current();
        index = m_ui->meCombo->findData(me ? static_cast<qlonglong>(me->id) : kEveryone);
    }
    m_ui->meCombo->setCurrentIndex(std::max(index, 0));
}

void DashboardView::refreshTeam()
{
    const std::optional<ManagerId> before = manager();
    // Called after a write, from the event loop, which exceptions must not cross: say it in place.
    try {
        fillManagers(before ? static_cast<qlonglong>(*before) : kEveryone);
    } catch (const std::exception& e) {
        m_ui->messageBar->showMessage(tr("The team could not be read: %1").arg(errorText(e)),
                                      MessageBar::Kind::Error);
        return;
    }
    if (m_workspace && manager() != before)
        reloadReporting(); // the one chosen is gone from the list
}

std::optional<ManagerId> DashboardView::manager() const
{
    const qlonglong id = m_ui->meCombo->currentData().toLongLong();
    return id == kEveryone ? std::nullopt : std::optional<ManagerId>(id);
}

void DashboardView::setManager(std::optional<ManagerId> manager)
{
    const int index = m_ui->meCombo->findData(manager ? static_cast<qlonglong>(*manager) : kEveryone);
    if (index < 0)
        return;
    m_ui->meCombo->setCurrentIndex(index);
    if (!m_workspace)
        return;
    reloadReporting();
}

void DashboardView::invalidate()
{
    if (!m_workspace)
        return;
    if (isVisible())
        reloadReporting();
    else
        m_stale = true;
}

void DashboardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reloadReporting();
}

void DashboardView::reloadReporting()
{
    // Called from the event loop, which exceptions must not cross: say it in place.
    try {
        reload();
        if (!isLoading())
            m_ui->messageBar->hide();
    } catch (const std::exception& e) {
        m_ui->messageBar->showMessage(tr("The dashboard could not be read: %1").arg(errorText(e)),
                                      MessageBar::Kind::Error);
    }
}

void DashboardView::reload()
{
    if (!m_workspace)
        return;
    m_stale = false;
    // Archived accounts count towards "large" too: asked that way the index answers alone.
    if (m_workspace->hasMoreAccountsThan(m_backgroundThreshold, true)) {
        gatherInBackground();
        return;
    }
    m_reader->stop(); // a background read asked for earlier is out of date
    auto [data, items] = gather(*m_workspace, manager());
    showData(std::move(data), std::move(items));
}

void DashboardView::gatherInBackground()
{
    m_ui->messageBar->showMessage(tr("Reading the dashboard…"), MessageBar::Kind::Information);
    const std::optional<ManagerId> who = manager();
    m_reader->request(
        m_workspace->path(), m_workspace->clock(),
        [who](Workspace& reader) { return gather(reader, who); },
        [this](std::pair<DashboardData, SectionItems> answer) {
            m_ui->messageBar->hide();
            showData(std::move(answer.first), std::move(answer.second));
        },
        [this](const QString& error) {
            m_ui->messageBar->showMessage(tr("The dashboard could not be read: %1").arg(error),
                                          MessageBar::Kind::Error);
        });
}

std::pair<DashboardData, DashboardView::SectionItems> DashboardView::gather(Workspace& workspace,
                                                                          std::optional<ManagerId> manager)
{
    DashboardData data = Dashboard(workspace).gather(manager);
    SectionItems items = itemsOf(data);
    return {std::move(data), std::move(items)};
}

DashboardView::SectionItems DashboardView::itemsOf(const DashboardData& data)
{
    const Date today = data.today;
    SectionItems items;
    for (const auto& row : data.followUps)
        items[FollowUps].push_back(followUpItem(row, today));
    for (const auto& row : data.commitments)
        items[Commitments].push_back(followUpItem(row, today));
    for (const auto& row : data.overdueContacts) {
        DashboardSectionModel::Item item;
        item.accountId = row.accountId;
        item.cells = {toQString(row.name), QString(QLatin1Char(row.abc)),
                      row.lastInteraction ? formatDate(*row.lastInteraction) : tr("never"),
                      row.overdueBy ? tr("%Ln day(s)", nullptr, *row.overdueBy) : tr("never contacted"),
                      managerOrNobody(row.owner)};
        item.overdue = true;
        item.emphasisedColumn = 3;
        item.toolTip = tr("Class %1 accounts are to be contacted every %Ln day(s)", nullptr, row.target)
                           .arg(QLatin1Char(row.abc));
        items[OverdueContacts].push_back(std::move(item));
    }
    for (const auto& row : data.atRisk) {
        DashboardSectionModel::Item item;
        item.accountId = row.accountId;
        const bool lost = row.state == analytics::RiskState::Lost;
        item.cells = {toQString(row.name), lost ? tr("Lost") : tr("At risk"), formatDate(row.lastPurchase),
                      money(row.yearRevenue), managerOrNobody(row.owner)};
        item.overdue = lost;
        item.emphasisedColumn = 1;
        item.toolTip = toQString(row.reason);
        items[AtRisk].push_back(std::move(item));
    }
    for (const auto& row : data.recentInteractions) {
        const Interaction& i = row.interaction;
        DashboardSectionModel::Item item;
        item.accountId = i.accountId;
        item.cells = {formatDateTime(i.occurredAt), interactionKindLabel(i.kind), toQString(i.subject),
                      toQString(row.accountName), managerOrNobody(row.managerName)};
        item.toolTip = toQString(i.summary);
        items[RecentInteractions].push_back(std::move(item));
    }
    return items;
}

void DashboardView::showData(DashboardData data, SectionItems items)
{
    m_data = std::move(data);
    const Date today = m_data.today;
    for (int s = 0; s < SectionCount; ++s)
        m_sections[s].model->setItems(std::move(items[static_cast<std::size_t>(s)]));

    showSection(FollowUps, tr("Follow-&ups due today or overdue (%1)"),
         tr("Nothing is due today. Next steps added with an interaction appear here on their due date."));
    showSection(Commitments, tr("&Commitments to customers due within %Ln day(s) (%1)", nullptr, Dashboard::kCommitmentDays),
         tr("No commitment falls due within %Ln day(s). Promises made to a customer, such as a delivery "
            "date, are follow-ups of the kind Commitment.",
            nullptr, Dashboard::kCommitmentDays));
    showSection(OverdueContacts, tr("Accounts overdue for co&ntact (%1)"),
         tr("Every account has been contacted as often as its ABC class asks. Log calls and visits on an "
            "account's Interactions tab to keep it so."));
    showSection(AtRisk, tr("Accounts at &risk or lost (%1)"),
         tr("No account is at risk or lost by its purchases."));
    showSection(RecentInteractions, tr("Recent &interactions, last %Ln day(s) (%1)", nullptr, Dashboard::kRecentDays),
         tr("No interactions in the last %Ln day(s). Log one on an account's Interactions tab.", nullptr,
            Dashboard::kRecentDays));

    const int overdueFollowUps = m_sections[FollowUps].model->overdueCount();
    const int overdueCommitments = m_sections[Commitments].model->overdueCount();
    QStringList summary;
    if (overdueFollowUps > 0)
        summary << tr("%Ln follow-up(s) overdue", nullptr, overdueFollowUps);
    if (overdueCommitments > 0)
        summary << tr("%Ln commitment(s) overdue", nullptr, overdueCommitments);
    m_ui->summaryLabel->setText(summary.join(tr(" · ")));
    QPalette palette = m_ui->summaryLabel->palette();
    palette.setColor(QPalette::WindowText, overdueColor());
    m_ui->summaryLabel->setPalette(palette);
    m_ui->dateLabel->setText(
        QLocale().toString(QDate(today.year(), today.month(), today.day()), QLocale::LongFormat));
}

void DashboardView::showSection(Section section, const QString& title, const QString& empty)
{
    SectionParts& part = m_sections[section];
    const int rows = part.model->rowCount();
    part.box->setTitle(title.arg(QLocale().toString(rows)));
    part.empty->setText(empty);
    part.table->setVisible(rows > 0);
    part.empty->setVisible(rows == 0);
    if (rows > 0) {
        part.table->resizeColumnsToContents();
        for (int c = 0; c < part.model->columnCount(); ++c)
            part.table->setColumnWidth(c, std::min(part.table->columnWidth(c) + 12, 240));
        // The last column names the manager: only worth its room when showing everyone
        // (for interactions it says who logged them, which matters either way).
        part.table->setColumnHidden(part.model->columnCount() - 1,
                                    section != RecentInteractions && manager().has_value());
        // Current, for the keyboard, but not selected: five highlighted rows would shout.
        if (!part.table->currentIndex().isValid())
            part.table->selectionModel()->setCurrentIndex(part.model->index(0, 0), QItemSelectionModel::NoUpdate);
    }
}

void DashboardView::activate(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const auto account = static_cast<AccountId>(index.data(DashboardSectionModel::AccountIdRole).toLongLong());
    const auto followUp = static_cast<FollowUpId>(index.data(DashboardSectionModel::FollowUpIdRole).toLongLong());
    if (followUp != 0)
        emit followUpActivated(account, followUp);
    else
        emit accountActivated(account);
}

void DashboardView::setUpFollowUpActions()
{
    m_followUpActions = new FollowUpActions(this, [this] { return currentFollowUp(FollowUps); });
    m_commitmentActions = new FollowUpActions(this, [this] { return currentFollowUp(Commitments); });
    m_commitmentActions->setNewKind(FollowUpKind::Commitment);
    // Not N: the contact pane's title has it here.
    m_followUpActions->action(FollowUpActions::New)->setText(tr("New &Follow-up…"));
    m_commitmentActions->action(FollowUpActions::New)->setText(tr("&New Commitment…"));
    for (Section section : {FollowUps, Commitments}) {
        FollowUpActions* actions = this->actions(section);
        QTableView* table = m_sections[section].table;
        actions->attach(table);
        connect(actions, &FollowUpActions::edited, this, &DashboardView::edited);
        connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, actions,
                &FollowUpActions::updateState);
        connect(m_sections[section].model, &QAbstractItemModel::modelReset, actions, &FollowUpActions::updateState);
    }
    // A follow-up is made from here without choosing a pane first.
    auto* add = new QToolButton(this);
    add->setObjectName(QStringLiteral("newFollowUpButton"));
    add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    add->setDefaultAction(m_followUpActions->action(FollowUpActions::New));
    m_ui->topLayout->addWidget(add);
}

std::optional<FollowUp> DashboardView::currentFollowUp(Section section) const
{
    const QModelIndex current = m_sections[section].table->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const auto id = static_cast<FollowUpId>(current.data(DashboardSectionModel::FollowUpIdRole).toLongLong());
    for (const auto& row : section == Commitments ? m_data.commitments : m_data.followUps)
        if (row.followUp.id == id)
            return row.followUp;
    return std::nullopt;
}

} // namespace keystone::gui
