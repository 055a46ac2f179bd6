#include "gui/team/TeamDialog.h"

#include "gui/common/Labels.h"
#include "gui/common/ProblemText.h"
#include "gui/team/DeactivateMemberDialog.h"
#include "gui/team/TeamMemberEditor.h"
#include "gui/team/TeamTableModel.h"
#include "ui_TeamDialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QUndoStack>

namespace keystone::gui {

TeamDialog::TeamDialog(Workspace& workspace, QUndoStack* undo, TeamCommand::Applied applied, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TeamDialog>()), m_workspace(workspace), m_undo(undo),
      m_applied(std::move(applied)), m_model(new TeamTableModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("teamDialog"));
    m_ui->teamTable->setModel(m_model);
    m_ui->teamTable->verticalHeader()->hide();
    // Every column as wide as its widest entry (Russian headers and roles are long); the name
    // takes what room is left over.
    QHeaderView* header = m_ui->teamTable->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TeamTableModel::Name, QHeaderView::Stretch);
    m_ui->errorLabel->hide();
    connect(m_ui->teamTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TeamDialog::updateButtons);
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] { addMember(); });
    connect(m_ui->editButton, &QPushButton::clicked, this, [this] { editSelected(); });
    connect(m_ui->deactivateButton, &QPushButton::clicked, this, [this] { deactivateSelected(); });
    connect(m_ui->reactivateButton, &QPushButton::clicked, this, &TeamDialog::reactivateSelected);
    connect(m_ui->teamTable, &QAbstractItemView::doubleClicked, this, [this] { editSelected(); });
    connect(m_ui->closeButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Undo and redo from the window's Edit menu change the team too.
    connect(m_undo, &QUndoStack::indexChanged, this, &TeamDialog::reload);
    reload();
    fitTable();
}

TeamDialog::~TeamDialog() = default;

void TeamDialog::fitTable()
{
    // Opened wide enough to show every column whole, without a horizontal scroll bar, as far
    // as the screen allows.
    QTableView* table = m_ui->teamTable;
    const QAbstractItemView* view = table; // QTableView hides sizeHintForColumn
    int width = 2 * table->frameWidth() + table->verticalScrollBar()->sizeHint().width();
    for (int c = 0; c < m_model->columnCount(); ++c)
        width += std::max(view->sizeHintForColumn(c), table->horizontalHeader()->sectionSizeHint(c));
    const int room = screen()->availableGeometry().width() * 9 / 10 - (sizeHint().width() - table->sizeHint().width());
    table->setMinimumWidth(std::min(width, std::max(room, 300)));
    resize(sizeHint().expandedTo(size()));
}

void TeamDialog::reload()
{
    const auto keep = selected();
    try {
        Team team(m_workspace);
        std::vector<TeamTableModel::Row> rows;
        for (auto& m : team.list()) {
            const std::int64_t owned = team.accountsOwnedBy(m.id);
            rows.push_back({std::move(m), owned});
        }
        m_model->setRows(std::move(rows));
    } catch (const std::exception& e) {
        showProblem(errorText(e));
    }
    if (keep)
        select(keep->id);
    else if (m_model->rowCount() > 0)
        m_ui->teamTable->selectRow(0);
    updateButtons();
}

void TeamDialog::select(ManagerId id)
{
    if (const int row = m_model->rowOf(id); row >= 0)
        m_ui->teamTable->selectRow(row);
    updateButtons();
}

std::optional<Manager> TeamDialog::selected() const
{
    const auto* selection = m_ui->teamTable->selectionModel();
    if (!selection || !selection->hasSelection())
        return std::nullopt;
    const int row = selection->selectedRows().value(0).row();
    if (row < 0 || row >= m_model->rowCount())
        return std::nullopt;
    return m_model->rowAt(row).member;
}

void TeamDialog::updateButtons()
{
    const auto member = selected();
    m_ui->editButton->setEnabled(member.has_value());
    m_ui->deactivateButton->setEnabled(member && member->active);
    m_ui->reactivateButton->setEnabled(member && !member->active);
}

TeamMemberEditor* TeamDialog::addMember()
{
    auto* editor = new TeamMemberEditor(Manager{}, [this](const Manager& m) {
        const Manager added = Team(m_workspace).add(m); // throws into the editor, which shows it
        push(new TeamCommand(m_workspace, TeamCommand::Kind::Add, {added, added}, m_applied, nullptr));
        select(added.id);
    }, this);
    editor->openWindowModal(false);
    return editor;
}

TeamMemberEditor* TeamDialog::editSelected()
{
    const auto member = selected();
    if (!member)
        return nullptr;
    auto* editor = new TeamMemberEditor(*member, [this](const Manager& m) {
        const Change<Manager> change = Team(m_workspace).edit(m);
        if (change.changed())
            push(new TeamCommand(m_workspace, TeamCommand::Kind::Edit, change, m_applied, nullptr));
    }, this);
    editor->openWindowModal(false);
    return editor;
}

DeactivateMemberDialog* TeamDialog::deactivateSelected()
{
    const auto member = selected();
    if (!member || !member->active)
        return nullptr;
    const int row = m_model->rowOf(member->id);
    const std::int64_t owned = m_model->rowAt(row).accounts;
    if (owned == 0) {
        deactivate(*member, std::nullopt);
        return nullptr;
    }
    std::vector<Manager> team;
    for (int r = 0; r < m_model->rowCount(); ++r)
        team.push_back(m_model->rowAt(r).member);
    auto* dialog = new DeactivateMemberDialog(*member, owned, team, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, member] { deactivate(*member, dialog->handOverTo()); });
    dialog->open();
    return dialog;
}

void TeamDialog::deactivate(const Manager& member, std::optional<ManagerId> handOverTo)
{
    try {
        Deactivation d = Team(m_workspace).deactivate(member.id, handOverTo);
        push(new TeamCommand(m_workspace, std::move(d), handOverTo, m_applied, nullptr));
    } catch (const ValidationError& e) {
        QStringList problems;
        for (const auto& p : e.errors())
            problems << problemText(p.message);
        showProblem(tr("%1 was not deactivated: %2").arg(toQString(member.name), problems.join(QLatin1Char(' '))));
    } catch (const std::exception& e) {
        showProblem(errorText(e));
    }
}

void TeamDialog::reactivateSelected()
{
    const auto member = selected();
    if (!member || member->active)
        return;
    try {
        const Change<Manager> change = Team(m_workspace).reactivate(member->id);
        push(new TeamCommand(m_workspace, TeamCommand::Kind::Reactivate, change, m_applied, nullptr));
    } catch (const std::exception& e) {
        showProblem(errorText(e));
    }
}

void TeamDialog::push(TeamCommand* command)
{
    m_ui->errorLabel->hide();
    m_undo->push(command); // the first redo writes nothing; the stack's signal reloads the list
    if (m_applied)
        m_applied();
}

void TeamDialog::showProblem(const QString& text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->show();
}

} // namespace keystone::gui
