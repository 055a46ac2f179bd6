#include "gui/account/AccountTendersTab.h"

#include "app/CompetitorList.h"
#include "gui/account/AccountTables.h"
#include "gui/account/PresenceEditor.h"
#include "gui/account/TenderEditor.h"
#include "gui/account/TenderTableModel.h"
#include "gui/common/Labels.h"
#include "gui/common/ProblemText.h"
#include "ui_AccountTendersTab.h"

#include <QAction>
#include <QMessageBox>
#include <map>

namespace keystone::gui {

AccountTendersTab::AccountTendersTab(Workspace& workspace, AccountEdits edits, QWidget* parent)
    : AccountEditingTab(workspace, std::move(edits), parent), m_ui(std::make_unique<Ui::AccountTendersTab>()),
      m_tenders(new TenderTableModel(this)), m_presence(new PresenceTableModel(this))
{
    m_ui->setupUi(this);
    setUpTable(m_ui->tenderTable, m_tenders);
    setUpTable(m_ui->presenceTable, m_presence);
    connectList(
        m_ui->tenderTable, m_ui->addTenderButton, m_ui->editTenderButton, m_ui->removeTenderButton,
        [this] { addTender(); }, [this] { editSelectedTender(); }, [this] { removeSelectedTender(); });
    connectList(
        m_ui->presenceTable, m_ui->addPresenceButton, m_ui->editPresenceButton, m_ui->removePresenceButton,
        [this] { addPresence(); }, [this] { editSelectedPresence(); }, [this] { removeSelectedPresence(); });
}

AccountTendersTab::~AccountTendersTab() = default;

// One list's buttons; Enter and a double click edit, Delete removes.
void AccountTendersTab::connectList(QTableView* table, QPushButton* add, QPushButton* edit,
                                    QPushButton* remove, const std::function<void()>& onAdd,
                                    const std::function<void()>& onEdit,
                                    const std::function<void()>& onRemove)
{
    connect(add, &QPushButton::clicked, this, onAdd);
    connect(edit, &QPushButton::clicked, this, onEdit);
    connect(remove, &QPushButton::clicked, this, onRemove);
    connect(table, &QTableView::doubleClicked, this, onEdit);
    connect(addShortcut(table, Qt::Key_Return, Qt::WidgetShortcut), &QAction::triggered, this, onEdit);
    connect(addShortcut(table, QKeySequence::Delete, Qt::WidgetShortcut), &QAction::triggered, this,
            onRemove);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountTendersTab::updateButtons);
}

void AccountTendersTab::showTenders(const std::vector<Tender>& tenders,
                                    const std::vector<std::pair<Competitor, CompetitorPresence>>& presence)
{
    m_competitors = AccountEditing(m_workspace).competitors();
    m_reasons = CompetitorList(m_workspace).reasons();
    std::map<CompetitorId, QString> names;
    for (const auto& c : m_competitors)
        names[c.id] = toQString(c.name);
    std::map<ReasonId, QString> reasons;
    for (const auto& r : m_reasons)
        reasons[r.id] = toQString(r.name);
    m_tenders->setTenders(tenders, names, reasons);
    m_presence->setPresence(presence);
    m_ui->tendersEmpty->setVisible(tenders.empty());
    m_ui->tenderTable->setVisible(!tenders.empty());
    m_ui->presenceEmpty->setVisible(presence.empty());
    m_ui->presenceTable->setVisible(!presence.empty());
    updateButtons();
    fitColumns(m_ui->tenderTable);
    fitColumns(m_ui->presenceTable);
}

void AccountTendersTab::updateButtons()
{
    const bool tender = m_ui->tenderTable->currentIndex().isValid();
    m_ui->editTenderButton->setEnabled(tender);
    m_ui->removeTenderButton->setEnabled(tender);
    const bool presence = m_ui->presenceTable->currentIndex().isValid();
    m_ui->editPresenceButton->setEnabled(presence);
    m_ui->removePresenceButton->setEnabled(presence);
}

template <typename Record>
bool AccountTendersTab::removeRecord(const Record& gone, const QString& question, const QString& failedTitle,
                                     const QString& editText)
{
    if (m_interactive &&
        QMessageBox::question(this, tr("Remove"), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    try {
        OwnedRecord<Record>::remove(m_workspace, gone.id);
    } catch (const std::exception& e) {
        QMessageBox::warning(this, failedTitle, errorText(e));
        return false;
    }
    emit written();
    emit edited(m_edits.removed(editText, gone));
    return true;
}

// ---- Tenders ----

TenderEditor* AccountTendersTab::openTender(const Tender& tender)
{
    auto* editor = new TenderEditor([this](const Tender& t) { saveTender(t); }, this);
    editor->setTender(tender, m_competitors, m_reasons);
    editor->setListAdders([this](const QString& name) { return addCompetitor(name); },
                          [this](const QString& name) { return addReason(name); });
    editor->openWindowModal(m_interactive);
    return editor;
}

TenderEditor* AccountTendersTab::addTender()
{
    Tender fresh;
    fresh.accountId = m_edits.account();
    fresh.date = m_workspace.clock().today();
    return openTender(fresh);
}

TenderEditor* AccountTendersTab::editSelectedTender()
{
    const QModelIndex current = m_ui->tenderTable->currentIndex();
    return current.isValid() ? openTender(m_tenders->tenderAt(current.row())) : nullptr;
}

void AccountTendersTab::saveTender(const Tender& tender)
{
    std::optional<Tender> before;
    if (tender.id != 0)
        if (const int row = m_tenders->rowOf(tender.id); row >= 0)
            before = m_tenders->tenderAt(row);
    const TenderSave result =
        AccountEditing(m_workspace).recordTender(tender); // throws into the editor, which shows it
    const Tender& saved = result.after;
    emit written();
    if (const int row = m_tenders->rowOf(saved.id); row >= 0)
        m_ui->tenderTable->setCurrentIndex(m_tenders->index(row, 0));
    const QString title = toQString(saved.title);
    AccountEdit edit = before ? m_edits.changed(tr("Edit Tender %1").arg(title), *before, saved)
                              : m_edits.added(tr("Add Tender %1").arg(title), saved);
    // The winner it made a competitor here leaves with the tender's undo.
    if (result.presenceAdded)
        edit = m_edits.withPresenceAdded(std::move(edit), *result.presenceAdded);
    emit edited(edit);
}

bool AccountTendersTab::removeSelectedTender()
{
    const QModelIndex current = m_ui->tenderTable->currentIndex();
    if (!current.isValid())
        return false;
    const Tender gone = m_tenders->tenderAt(current.row());
    const QString title = toQString(gone.title);
    return removeRecord(gone, tr("Remove the tender “%1”? Undo (Ctrl+Z) brings it back.").arg(title),
                        tr("Tender Not Removed"), tr("Remove Tender %1").arg(title));
}

// ---- The managed lists ----

Competitor AccountTendersTab::addCompetitor(const QString& name)
{
    Competitor fresh;
    fresh.name = toStdString(name);
    const Competitor added = CompetitorList(m_workspace).add(fresh); // throws into the editor
    m_competitors.push_back(added);
    // Undone, it leaves the list; redone, it is added again under a new id that later steps follow.
    constexpr auto kind = RecordIds::Kind::Competitor;
    Workspace* ws = &m_workspace;
    emit edited(m_edits.custom(
        tr("Add Competitor %1").arg(name),
        [ws, ids = m_edits.ids(), id = added.id] { CompetitorList(*ws).remove(ids->current(kind, id)); },
        [ws, ids = m_edits.ids(), id = added.id, fresh] {
            ids->moved(kind, ids->current(kind, id), CompetitorList(*ws).add(fresh).id);
        }));
    return added;
}

TenderReason AccountTendersTab::addReason(const QString& name)
{
    TenderReason fresh;
    fresh.name = toStdString(name);
    const TenderReason added = CompetitorList(m_workspace).addReason(fresh); // throws into the editor
    m_reasons.push_back(added);
    // A step of its own, as a competitor added on the spot: the editor may still be cancelled. Undone
    // (after the tender that chose it), it leaves the list; redone, it comes back under a new id.
    constexpr auto kind = RecordIds::Kind::Reason;
    Workspace* ws = &m_workspace;
    emit edited(m_edits.custom(
        tr("Add Reason %1").arg(name),
        [ws, ids = m_edits.ids(), id = added.id] { CompetitorList(*ws).removeReason(ids->current(kind, id)); },
        [ws, ids = m_edits.ids(), id = added.id, fresh] {
            ids->moved(kind, ids->current(kind, id), CompetitorList(*ws).addReason(fresh).id);
        }));
    return added;
}

// ---- The competitors present ----

PresenceEditor* AccountTendersTab::openPresence(const CompetitorPresence& presence)
{
    auto* editor = new PresenceEditor([this](const CompetitorPresence& p) { savePresence(p); }, this);
    editor->setPresence(presence, m_competitors);
    editor->setCompetitorAdder([this](const QString& name) { return addCompetitor(name); });
    editor->openWindowModal(m_interactive);
    return editor;
}

PresenceEditor* AccountTendersTab::addPresence()
{
    CompetitorPresence fresh;
    fresh.accountId = m_edits.account();
    return openPresence(fresh);
}

PresenceEditor* AccountTendersTab::editSelectedPresence()
{
    const QModelIndex current = m_ui->presenceTable->currentIndex();
    return current.isValid() ? openPresence(m_presence->presenceAt(current.row())) : nullptr;
}

void AccountTendersTab::savePresence(const CompetitorPresence& presence)
{
    // One presence per competitor: adding one already there edits it.
    std::optional<CompetitorPresence> before;
    QString name;
    for (int row = 0; row < m_presence->rowCount(); ++row)
        if (m_presence->presenceAt(row).competitorId == presence.competitorId) {
            before = m_presence->presenceAt(row);
            name = toQString(m_presence->competitorAt(row).name);
        }
    for (const auto& c : m_competitors)
        if (c.id == presence.competitorId)
            name = toQString(c.name);
    const CompetitorPresence saved = AccountEditing(m_workspace).savePresence(presence);
    emit written();
    emit edited(before ? m_edits.changed(tr("Edit Competitor %1").arg(name), *before, saved)
                       : m_edits.added(tr("Add Competitor %1").arg(name), saved));
}

bool AccountTendersTab::removeSelectedPresence()
{
    const QModelIndex current = m_ui->presenceTable->currentIndex();
    if (!current.isValid())
        return false;
    const CompetitorPresence gone = m_presence->presenceAt(current.row());
    const QString name = toQString(m_presence->competitorAt(current.row()).name);
    return removeRecord(gone, tr("Remove %1 from this account? Undo (Ctrl+Z) brings it back.").arg(name),
                        tr("Competitor Not Removed"), tr("Remove Competitor %1").arg(name));
}

} // namespace keystone::gui
