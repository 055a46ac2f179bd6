#include "gui/competitors/CompetitorsDialog.h"

#include "app/CompetitorList.h"
#include "gui/account/AccountEditCommand.h"
#include "gui/common/Labels.h"
#include "gui/common/ProblemText.h"
#include "gui/competitors/CompetitorListCommand.h"
#include "ui_CompetitorsDialog.h"

#include <QPointer>
#include <QPushButton>
#include <QUndoStack>

namespace keystone::gui {

namespace {

constexpr auto kCompetitor = RecordIds::Kind::Competitor;

} // namespace

CompetitorsDialog::CompetitorsDialog(Workspace& workspace, QUndoStack* undo, CompetitorListCommand::Applied changed,
                                     CompetitorListCommand::Failed failed, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CompetitorsDialog>()), m_workspace(workspace), m_undo(undo),
      m_changed(std::move(changed)), m_failed(std::move(failed)), m_ids(RecordIds::forWorkspace(workspace))
{
    m_ui->setupUi(this);
    m_errors.add("name", m_ui->nameError);
    m_errors.add("website", m_ui->websiteError);
    m_errors.add("notes", m_ui->notesError);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->competitorList, &QListWidget::currentRowChanged, this, &CompetitorsDialog::showSelected);
    connect(m_ui->addButton, &QPushButton::clicked, this, &CompetitorsDialog::addFromForm);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &CompetitorsDialog::saveSelected);
    connect(m_ui->mergeButton, &QPushButton::clicked, this, &CompetitorsDialog::mergeSelected);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &CompetitorsDialog::updateButtons);
    connect(m_ui->mergeIntoEdit, &QComboBox::currentIndexChanged, this, &CompetitorsDialog::updateButtons);
    reload();
}

CompetitorsDialog::~CompetitorsDialog() = default;

void CompetitorsDialog::reload()
{
    const CompetitorId keep = selectedId();
    m_competitors = CompetitorList(m_workspace).list();
    {
        const QSignalBlocker block(m_ui->competitorList);
        m_ui->competitorList->clear();
        for (const auto& c : m_competitors)
            m_ui->competitorList->addItem(toQString(c.name));
    }
    select(keep);
}

void CompetitorsDialog::select(CompetitorId id)
{
    int row = -1;
    for (std::size_t i = 0; i < m_competitors.size(); ++i)
        if (m_competitors[i].id == id)
            row = static_cast<int>(i);
    const QSignalBlocker block(m_ui->competitorList);
    m_ui->competitorList->setCurrentRow(row);
    showSelected();
}

CompetitorId CompetitorsDialog::selectedId() const
{
    const int row = m_ui->competitorList->currentRow();
    return row >= 0 && row < static_cast<int>(m_competitors.size()) ? m_competitors[static_cast<std::size_t>(row)].id
                                                                     : 0;
}

void CompetitorsDialog::showSelected()
{
    const CompetitorId id = selectedId();
    Competitor shown;
    for (const auto& c : m_competitors)
        if (c.id == id)
            shown = c;
    m_ui->nameEdit->setText(toQString(shown.name));
    m_ui->websiteEdit->setText(toQString(shown.website));
    m_ui->notesEdit->setPlainText(toQString(shown.notes));
    m_ui->mergeIntoEdit->clear();
    for (const auto& c : m_competitors)
        if (c.id != id)
            m_ui->mergeIntoEdit->addItem(toQString(c.name), QVariant::fromValue<qlonglong>(c.id));
    m_errors.clear();
    m_ui->generalError->hide();
    updateButtons();
}

void CompetitorsDialog::updateButtons()
{
    const bool chosen = selectedId() != 0;
    const bool named = !m_ui->nameEdit->text().trimmed().isEmpty();
    m_ui->addButton->setEnabled(named);
    m_ui->saveButton->setEnabled(chosen && named);
    m_ui->mergeButton->setEnabled(chosen && m_ui->mergeIntoEdit->currentIndex() >= 0);
    m_ui->mergeBox->setEnabled(chosen);
}

Competitor CompetitorsDialog::fromForm() const
{
    Competitor c;
    c.name = toStdString(m_ui->nameEdit->text().trimmed());
    c.website = toStdString(m_ui->websiteEdit->text().trimmed());
    c.notes = toStdString(m_ui->notesEdit->toPlainText());
    return c;
}

bool CompetitorsDialog::attempt(const std::function<void()>& write)
{
    m_errors.clear();
    m_ui->generalError->hide();
    try {
        write();
        return true;
    } catch (const ValidationError& e) {
        const QStringList other = m_errors.show(e.errors());
        if (QLabel* first = m_errors.firstShown(); first == m_ui->nameError)
            m_ui->nameEdit->setFocus();
        if (!other.isEmpty()) {
            m_ui->generalError->setText(other.join(QLatin1Char('\n')));
            m_ui->generalError->show();
        }
    } catch (const std::exception& e) {
        m_ui->generalError->setText(errorText(e));
        m_ui->generalError->show();
    }
    return false;
}

void CompetitorsDialog::push(const QString& text, std::function<void()> undo, std::function<void()> redo)
{
    QPointer<CompetitorsDialog> self(this);
    auto applied = [self, changed = m_changed] {
        if (self)
            self->reload();
        if (changed)
            changed();
    };
    // Shown under the form while the dialog is open; once it is closed (and deleted), by the window.
    auto failed = [self, elsewhere = m_failed](const QString& message) {
        if (!self.isNull() && self.data()->showFailure(message))
            return;
        if (elsewhere)
            elsewhere(message);
    };
    m_undo->push(new CompetitorListCommand(text, std::move(undo), std::move(redo), applied, failed));
    reload();
    if (m_changed)
        m_changed();
}

bool CompetitorsDialog::showFailure(const QString& message)
{
    if (!isVisible())
        return false;
    m_ui->generalError->setText(message);
    m_ui->generalError->show();
    return true;
}

bool CompetitorsDialog::addFromForm()
{
    const Competitor fresh = fromForm();
    Competitor added;
    if (!attempt([&] { added = CompetitorList(m_workspace).add(fresh); }))
        return false;
    // Undone, it leaves the list; redone, it comes back under a new id that later steps follow.
    Workspace* ws = &m_workspace;
    auto ids = m_ids;
    push(
        tr("Add Competitor %1").arg(toQString(added.name)),
        [ws, ids, id = added.id] { CompetitorList(*ws).remove(ids->current(kCompetitor, id)); },
        [ws, ids, id = added.id, fresh] {
            ids->moved(kCompetitor, ids->current(kCompetitor, id), CompetitorList(*ws).add(fresh).id);
        });
    select(m_ids->current(kCompetitor, added.id));
    return true;
}

bool CompetitorsDialog::saveSelected()
{
    const CompetitorId id = selectedId();
    if (id == 0)
        return false;
    Competitor edited = fromForm();
    edited.id = id;
    Change<Competitor> change;
    if (!attempt([&] { change = CompetitorList(m_workspace).edit(edited); }))
        return false;
    if (change.before == change.after)
        return false;
    Workspace* ws = &m_workspace;
    auto ids = m_ids;
    const auto write = [ws, ids](Competitor c) {
        c.id = ids->current(kCompetitor, c.id);
        CompetitorList(*ws).edit(c);
    };
    const QString text = change.before.name == change.after.name
                             ? tr("Edit Competitor %1").arg(toQString(change.after.name))
                             : tr("Rename Competitor %1 to %2")
                                   .arg(toQString(change.before.name), toQString(change.after.name));
    push(text, [write, before = change.before] { write(before); }, [write, after = change.after] { write(after); });
    return true;
}

bool CompetitorsDialog::mergeSelected()
{
    const CompetitorId drop = selectedId();
    const QVariant keepData = m_ui->mergeIntoEdit->currentData();
    if (drop == 0 || !keepData.isValid())
        return false;
    const CompetitorId keep = keepData.toLongLong();
    QString dropName;
    QString keepName;
    for (const auto& c : m_competitors) {
        if (c.id == drop)
            dropName = toQString(c.name);
        if (c.id == keep)
            keepName = toQString(c.name);
    }
    auto merged = std::make_shared<CompetitorMerge>();
    if (!attempt([&] { *merged = CompetitorList(m_workspace).merge(keep, drop); }))
        return false;
    // Unmerging brings the duplicate back under its own id, so a redo merges the same pair.
    Workspace* ws = &m_workspace;
    auto ids = m_ids;
    push(
        tr("Merge Competitors %1 into %2").arg(dropName, keepName),
        [ws, merged] { CompetitorList(*ws).unmerge(*merged); },
        [ws, ids, merged, keep, drop] {
            *merged = CompetitorList(*ws).merge(ids->current(kCompetitor, keep), ids->current(kCompetitor, drop));
        });
    select(keep);
    return true;
}

} // namespace keystone::gui
