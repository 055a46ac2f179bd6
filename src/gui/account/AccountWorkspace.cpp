#include "gui/account/AccountWorkspace.h"

#include "gui/account/ContactTableModel.h"
#include "gui/account/DossierEditor.h"
#include "gui/account/FollowUpTableModel.h"
#include "gui/account/InteractionEntry.h"
#include "gui/account/InteractionTableModel.h"
#include "gui/common/Labels.h"
#include "gui/common/MessageBar.h"
#include "gui/common/TableViews.h"
#include "ui_AccountWorkspace.h"

#include <QHeaderView>
#include <QMessageBox>

namespace keystone::gui {

namespace {

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString yesNo(const std::optional<bool>& b)
{
    if (!b)
        return QCoreApplication::translate("AccountWorkspace", "not assessed");
    return *b ? QCoreApplication::translate("AccountWorkspace", "yes")
              : QCoreApplication::translate("AccountWorkspace", "no");
}

void setUpTable(QTableView* table, QAbstractItemModel* model)
{
    table->setModel(model);
    makeCompact(table);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

// Columns as wide as their contents, but none so wide that the others leave the screen.
void fitColumns(QTableView* table)
{
    table->resizeColumnsToContents();
    constexpr int widest = 420;
    for (int c = 0; c < table->model()->columnCount(); ++c)
        table->setColumnWidth(c, std::min(table->columnWidth(c) + 12, widest));
}

} // namespace

AccountWorkspace::AccountWorkspace(Workspace& workspace, AccountId id, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AccountWorkspace>()), m_workspace(workspace), m_id(id),
      m_dossier(new DossierEditor(this)), m_entry(new InteractionEntry(this)), m_contacts(new ContactTableModel(this)),
      m_interactions(new InteractionTableModel(this)), m_followUps(new FollowUpTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->dossierLayout->addWidget(m_dossier);
    setUpTable(m_ui->contactTable, m_contacts);
    setUpTable(m_ui->interactionTable, m_interactions);
    setUpTable(m_ui->followUpTable, m_followUps);
    connect(m_dossier, &DossierEditor::modifiedChanged, this, &AccountWorkspace::titleChanged);
    connect(m_dossier, &DossierEditor::saveRequested, this, &AccountWorkspace::saveDossier);
    m_entryMessages = new MessageBar(this);
    m_ui->interactionsLayout->insertWidget(0, m_entryMessages);
    // The form keeps its own height; the history below gets the rest.
    m_entry->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->interactionsLayout->insertWidget(1, m_entry);
    m_ui->interactionsLayout->setStretchFactor(m_ui->interactionTable, 1);
    connect(m_entry, &InteractionEntry::submitted, this, &AccountWorkspace::logInteraction);
    connect(m_ui->doneButton, &QPushButton::clicked, this, &AccountWorkspace::markSelectedFollowUpDone);
    connect(m_ui->followUpTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountWorkspace::updateDoneButton);
    connect(m_followUps, &QAbstractItemModel::modelReset, this, &AccountWorkspace::updateDoneButton);
    m_entry->clear(m_workspace.clock().now());
    reload();
}

AccountWorkspace::~AccountWorkspace() = default;

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
    return m_dossier->isModified();
}

void AccountWorkspace::reload()
{
    const AccountDetails d = m_workspace.details(m_id);
    m_account = d.account;
    showOverview(d);
    if (!m_dossier->isModified())
        m_dossier->setDossier(d.dossier);
    m_contacts->setContacts(d.contacts);
    m_entry->setContacts(d.contacts);
    m_interactions->setInteractions(d.interactions, m_workspace.clock().now());
    m_followUps->setFollowUps(d.followUps, m_workspace.clock().today());
    m_ui->peopleEmpty->setVisible(d.contacts.empty());
    m_ui->contactTable->setVisible(!d.contacts.empty());
    m_ui->interactionsEmpty->setVisible(d.interactions.empty());
    m_ui->interactionTable->setVisible(!d.interactions.empty());
    m_ui->followUpsEmpty->setVisible(d.followUps.empty());
    m_ui->followUpTable->setVisible(!d.followUps.empty());
    m_ui->doneButton->setVisible(!d.followUps.empty());
    for (auto* table : {m_ui->contactTable, m_ui->interactionTable, m_ui->followUpTable})
        fitColumns(table);
    emit titleChanged();
}

void AccountWorkspace::showOverview(const AccountDetails& d)
{
    const Account& a = d.account;
    const Date today = m_workspace.clock().today();
    m_ui->titleLabel->setText(QStringLiteral("<h2>%1</h2>").arg(accountName().toHtmlEscaped()));
    m_ui->legalNameValue->setText(orDash(toQString(a.legalName)));
    m_ui->referenceValue->setText(orDash(toQString(a.ref)));
    m_ui->statusValue->setText(statusLabel(a.status));
    m_ui->kindsValue->setText(a.kinds.empty() ? tr("not a key account yet") : kindsLabel(a.kinds));
    m_ui->ownerValue->setText(
        d.owner ? (d.owner->email.empty()
                       ? toQString(d.owner->name)
                       : tr("%1 <%2>").arg(toQString(d.owner->name), toQString(d.owner->email)))
                : tr("nobody"));
    m_ui->industryValue->setText(orDash(toQString(a.industry)));
    QStringList place;
    for (const auto* s : {&a.country, &a.region})
        if (!s->empty())
            place << toQString(*s);
    m_ui->locationValue->setText(orDash(place.join(QStringLiteral(", "))));
    m_ui->websiteValue->setText(orDash(toQString(a.website)));
    m_ui->headcountValue->setText(a.headcount ? QLocale().toString(*a.headcount) : QStringLiteral("—"));
    m_ui->parentValue->setText(d.parent ? toQString(d.parent->name) : QStringLiteral("—"));
    m_ui->qualificationValue->setText(tr("need: %1, solvency: %2, authority: %3")
                                          .arg(yesNo(a.qualification.need), yesNo(a.qualification.solvency),
                                               yesNo(a.qualification.authority)));
    QStringList tags;
    for (const auto& t : a.tags)
        tags << toQString(t);
    m_ui->tagsValue->setText(orDash(tags.join(QStringLiteral(", "))));
    if (d.lastContact) {
        const int days = today - d.lastContact->date();
        m_ui->lastContactValue->setText(
            tr("%1 (%n day(s) ago)", nullptr, days).arg(formatDateTime(*d.lastContact)));
    } else {
        m_ui->lastContactValue->setText(tr("never"));
    }
    if (d.nextFollowUp) {
        const int days = *d.nextFollowUp - today;
        QString text =
            days < 0 ? tr("%1, overdue by %n day(s)", nullptr, -days) : tr("%1, in %n day(s)", nullptr, days);
        text = text.arg(formatDate(*d.nextFollowUp));
        m_ui->nextFollowUpValue->setText(
            days < 0
                ? QStringLiteral("<span style=\"color:#b3261e\"><b>%1</b></span>").arg(text.toHtmlEscaped())
                : text.toHtmlEscaped());
    } else {
        m_ui->nextFollowUpValue->setText(tr("none open"));
    }
    m_ui->dossierStateValue->setText(
        tr("%1 of %2 sections filled").arg(d.dossier.filledSections()).arg(Dossier::kSections));
    int left = 0;
    for (const auto& c : d.contacts)
        left += c.leftCompany ? 1 : 0;
    QStringList competitors;
    for (const auto& [competitor, presence] : d.competitors)
        competitors << tr("%1 (%2)").arg(toQString(competitor.name), threatLabel(presence.threat));
    m_ui->competitorsValue->setText(competitors.isEmpty() ? tr("none known")
                                                          : competitors.join(QStringLiteral(", ")));
    int open = 0, won = 0, lost = 0;
    for (const auto& t : d.tenders) {
        open += t.outcome == TenderOutcome::Open ? 1 : 0;
        won += t.outcome == TenderOutcome::Won ? 1 : 0;
        lost += t.outcome == TenderOutcome::Lost ? 1 : 0;
    }
    m_ui->tendersValue->setText(
        d.tenders.empty()
            ? tr("none")
            : tr("%1: %2 open, %3 won, %4 lost").arg(d.tenders.size()).arg(open).arg(won).arg(lost));
    m_ui->peopleValue->setText(left > 0 ? tr("%1 (%2 have left)").arg(d.contacts.size()).arg(left)
                                        : QString::number(d.contacts.size()));
}

void AccountWorkspace::saveDossier(Dossier before, Dossier after)
{
    Dossier saved = std::move(after);
    try {
        m_workspace.store().accounts().saveDossier(saved);
    } catch (const ValidationError& e) {
        m_dossier->validate();
        m_dossier->showError(tr("The dossier was not saved: %1").arg(QString::fromUtf8(e.what())));
        return;
    } catch (const std::exception& e) {
        m_dossier->showError(tr("The dossier was not saved: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    showSavedDossier(saved);
    emit dossierSaved(before, saved);
}

void AccountWorkspace::showSavedDossier(const Dossier& dossier)
{
    m_dossier->setDossier(dossier);
    m_ui->dossierStateValue->setText(
        tr("%1 of %2 sections filled").arg(dossier.filledSections()).arg(Dossier::kSections));
}

bool AccountWorkspace::confirmClose()
{
    if (!hasUnsavedChanges())
        return true;
    m_ui->tabs->setCurrentWidget(m_ui->dossierTab);
    const auto answer = QMessageBox::question(
        this, tr("Unsaved Dossier"),
        tr("The dossier of %1 has changes that are not saved. Save them?").arg(accountName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard)
        return true;
    m_dossier->save();
    return !hasUnsavedChanges();
}

void AccountWorkspace::logInteraction(Interaction interaction, std::optional<FollowUp> nextStep)
{
    interaction.accountId = m_id;
    interaction.managerId = m_account.ownerId;
    LoggedInteraction logged;
    try {
        logged = m_workspace.logInteraction(std::move(interaction), std::move(nextStep));
    } catch (const std::exception& e) {
        m_entryMessages->showMessage(tr("The interaction was not added: %1").arg(QString::fromUtf8(e.what())),
                                     MessageBar::Kind::Error);
        return;
    }
    m_entryMessages->hide();
    m_entry->clear(m_workspace.clock().now());
    reload();
    emit interactionLogged(logged);
}

void AccountWorkspace::updateDoneButton()
{
    const QModelIndex current = m_ui->followUpTable->currentIndex();
    m_ui->doneButton->setEnabled(current.isValid() && !m_followUps->followUpAt(current.row()).done);
}

bool AccountWorkspace::markSelectedFollowUpDone()
{
    const QModelIndex current = m_ui->followUpTable->currentIndex();
    if (!current.isValid() || m_followUps->followUpAt(current.row()).done)
        return false;
    const FollowUpId id = m_followUps->followUpAt(current.row()).id;
    FollowUp after;
    try {
        after = m_workspace.setFollowUpDone(id, true);
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Follow-up Not Changed"), QString::fromUtf8(e.what()));
        return false;
    }
    reload();
    showFollowUp(id);
    emit followUpDone(after);
    return true;
}

void AccountWorkspace::showFollowUp(FollowUpId id)
{
    m_ui->tabs->setCurrentWidget(m_ui->followUpsTab);
    for (int row = 0; row < m_followUps->rowCount(); ++row) {
        if (m_followUps->followUpAt(row).id == id) {
            m_ui->followUpTable->setCurrentIndex(m_followUps->index(row, 0));
            break;
        }
    }
    updateDoneButton();
}

void AccountWorkspace::showContact(ContactId id)
{
    m_ui->tabs->setCurrentWidget(m_ui->peopleTab);
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        if (m_contacts->contactAt(row).id == id) {
            m_ui->contactTable->setCurrentIndex(m_contacts->index(row, 0));
            m_ui->contactTable->setFocus();
            break;
        }
    }
}

} // namespace keystone::gui
