#include "gui/followups/FollowUpsView.h"

#include "gui/common/BackgroundReader.h"
#include "gui/common/Labels.h"
#include "gui/common/ProblemText.h"
#include "gui/common/TableViews.h"
#include "gui/followups/FollowUpActions.h"
#include "gui/followups/FollowUpTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace keystone::gui {

FollowUpsView::FollowUpsView(QWidget* parent)
    : QWidget(parent), m_model(new FollowUpTableModel(FollowUpTableModel::Scope::AcrossAccounts, this)),
      m_manager(new QComboBox(this)), m_count(new QLabel(this)),
      m_done(new QPushButton(tr("Mark &Done"), this)), m_open(new QPushButton(tr("&Open Account"), this)),
      m_table(new QTableView(this)), m_empty(new QLabel(this)),
      m_actions(new FollowUpActions(this,
                                    [this] {
                                        const QModelIndex current = m_table->currentIndex();
                                        return current.isValid() ? std::optional<FollowUp>(
                                                                       m_model->followUpAt(current.row()))
                                                                 : std::nullopt;
                                    })),
      m_reader(new BackgroundReader(this))
{
    setObjectName(QStringLiteral("followUpsView"));
    m_manager->setObjectName(QStringLiteral("managerFilter"));
    m_count->setObjectName(QStringLiteral("followUpCount"));
    m_done->setObjectName(QStringLiteral("doneButton"));
    m_done->setToolTip(tr("Mark the selected follow-up done (Ctrl+D)"));
    m_open->setObjectName(QStringLiteral("openButton"));
    m_table->setObjectName(QStringLiteral("openFollowUpTable"));
    m_empty->setObjectName(QStringLiteral("followUpsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_manager->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto* managerLabel = new QLabel(tr("&Manager:"), this);
    managerLabel->setBuddy(m_manager);
    auto* bar = new QHBoxLayout;
    bar->addWidget(managerLabel);
    bar->addWidget(m_manager);
    bar->addSpacing(12);
    bar->addWidget(m_count, 1);
    // The actions on a row of their own: beside the filter they made the screen wider than 1024 pixels.
    auto* actionsBar = new QHBoxLayout;
    const std::pair<const char*, FollowUpActions::Action> buttons[] = {
        {"newFollowUpButton", FollowUpActions::New},
        {"editFollowUpButton", FollowUpActions::Edit},
        {"rescheduleButton", FollowUpActions::Reschedule},
        {"reassignButton", FollowUpActions::Reassign},
        {"deleteFollowUpButton", FollowUpActions::Delete}};
    for (const auto& [name, action] : buttons) {
        auto* button = new QToolButton(this);
        button->setObjectName(QString::fromLatin1(name));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setDefaultAction(m_actions->action(action));
        actionsBar->addWidget(button);
    }
    // Marking done keeps the path (and the undo step) the window's Ctrl+D takes.
    m_actions->setDoneHandler([this] { markSelectedDone(); });
    m_actions->attach(m_table);
    connect(m_actions, &FollowUpActions::edited, this, &FollowUpsView::edited);
    actionsBar->addWidget(m_done);
    actionsBar->addWidget(m_open);
    actionsBar->addStretch(1);

    m_table->setModel(m_model);
    makeCompact(m_table);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(actionsBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);

    // A choice of manager narrows what was read; it never reads again.
    connect(m_manager, &QComboBox::activated, this, &FollowUpsView::chooseManager);
    connect(m_done, &QPushButton::clicked, this, &FollowUpsView::markSelectedDone);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_table->currentIndex().isValid())
            emit accountActivated(
                m_table->currentIndex().data(FollowUpTableModel::AccountIdRole).toLongLong());
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit accountActivated(index.data(FollowUpTableModel::AccountIdRole).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FollowUpsView::updateButtons);
    updateCount();
}

FollowUpsView::~FollowUpsView() = default;

bool FollowUpsView::isLoading() const
{
    return m_reader->isBusy();
}

void FollowUpsView::setWorkspace(Workspace* workspace)
{
    m_reader->stop(); // an answer still to come for the previous database is dropped
    m_workspace = workspace;
    m_actions->setWorkspace(workspace);
    m_error.clear();
    // Nothing of the previous database stays on screen, even while the next one is read.
    m_model->setRows({}, Date());
    fillManagers();
    chooseManager();
    reload();
}

void FollowUpsView::fillManagers()
{
    m_manager->clear();
    m_manager->addItem(tr("All managers"), FollowUpTableModel::AllManagers);
    if (!m_workspace)
        return;
    for (const auto& m : m_workspace->store().managers().list())
        m_manager->addItem(m.active ? toQString(m.name) : tr("%1 (left)").arg(toQString(m.name)),
                           static_cast<qlonglong>(m.id));
    m_manager->addItem(tr("Nobody"), FollowUpTableModel::Nobody);
}

void FollowUpsView::reload()
{
    if (m_workspace && !isVisible()) {
        m_stale = true;
        updateCount();
        return;
    }
    readNow();
}

void FollowUpsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Shown again (its tab chosen, not the window restored): done elsewhere meanwhile, in
    // an account's tab or by an undo, must not be shown as open.
    if (!m_workspace || (event->spontaneous() && !m_stale))
        return;
    // Exceptions must not cross the event loop: a failed read is said in place.
    try {
        readNow();
    } catch (const std::exception& e) {
        m_stale = true;
        m_error = errorText(e);
        updateCount();
    }
}

void FollowUpsView::readNow()
{
    m_stale = false;
    if (!m_workspace) {
        m_reader->stop();
        showRows({});
        return;
    }
    m_error.clear();
    m_reader->load(
        *m_workspace, m_backgroundThreshold, [](Workspace& reader) { return reader.openFollowUps(); },
        [this](std::vector<FollowUpListRow> rows) { showRows(std::move(rows)); },
        [this](const QString& error) {
            m_error = error;
            m_stale = true; // read again when next shown
            updateCount();
        });
    updateCount(); // says that it is reading, when it is
}

void FollowUpsView::keepCurrent(const std::function<void()>& change)
{
    const FollowUpId selected =
        m_table->currentIndex().isValid() ? m_model->rowAt(m_table->currentIndex().row()).followUp.id : 0;
    change();
    if (m_model->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c) + 12, 360));
    }
    for (int row = 0; selected != 0 && row < m_model->rowCount(); ++row) {
        if (m_model->rowAt(row).followUp.id == selected) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
    updateCount();
}

void FollowUpsView::showRows(std::vector<FollowUpListRow> rows)
{
    m_error.clear();
    const Date today = m_workspace ? m_workspace->clock().today() : Date();
    keepCurrent([&] { m_model->setRows(std::move(rows), today); });
}

void FollowUpsView::chooseManager()
{
    keepCurrent([this] { m_model->setManager(m_manager->currentData().toLongLong()); });
}

void FollowUpsView::updateCount()
{
    const int total = m_model->rowCount();
    const bool loading = isLoading();
    const Date today = m_workspace ? m_workspace->clock().today() : Date();
    int overdue = 0;
    for (int row = 0; row < total; ++row)
        overdue += m_model->rowAt(row).followUp.isOverdue(today) ? 1 : 0;
    QString count = overdue > 0 ? tr("%Ln open, %1 overdue", nullptr, total).arg(overdue)
                                : tr("%Ln open", nullptr, total);
    // The first read shows nothing until it is done; a read again shows the rows read before.
    const bool first = loading && total == 0;
    if (!m_error.isEmpty())
        count = tr("The follow-ups could not be read: %1").arg(m_error);
    else if (first)
        count = tr("Reading the open follow-ups…");
    else if (loading)
        count = tr("%1; reading them again…").arg(count);
    m_count->setText(count);
    if (first)
        m_empty->setText(tr("Reading the open follow-ups of every account… The manager chosen applies to "
                            "them once they are in."));
    else if (total == 0 && !m_error.isEmpty())
        m_empty->setText(tr("The follow-ups could not be read. Show this tab again to try once more."));
    else
        m_empty->setText(tr("No open follow-ups. Next steps added with an interaction appear here."));
    m_table->setVisible(total > 0);
    m_empty->setVisible(total == 0);
    updateButtons();
}

void FollowUpsView::updateButtons()
{
    const bool selected = m_table->currentIndex().isValid();
    m_done->setEnabled(selected);
    m_open->setEnabled(selected);
    m_actions->updateState();
}

bool FollowUpsView::markSelectedDone()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_workspace || !current.isValid())
        return false;
    const int row = current.row();
    FollowUp after;
    try {
        after = m_workspace->setFollowUpDone(m_model->rowAt(row).followUp.id, true);
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Follow-up Not Changed"), errorText(e));
        return false;
    }
    // Gone from the list at once; a large database is read again on the worker.
    m_model->removeFollowUp(after.id);
    reload();
    // The next one down is the natural next to look at.
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
    emit followUpDone(after);
    return true;
}

} // namespace keystone::gui
