#include "gui/account/AccountWorkspace.h"

#include "gui/account/AccountEditor.h"
#include "gui/account/ContactEditor.h"
#include "gui/account/ContactTableModel.h"
#include "gui/account/DossierEditor.h"
#include "gui/account/FollowUpTableModel.h"
#include "gui/account/InteractionEntry.h"
#include "gui/account/InteractionFilterModel.h"
#include "gui/account/InteractionTableModel.h"
#include "gui/account/OrgChart.h"
#include "gui/account/RevenueChart.h"
#include "gui/account/SaleTableModel.h"
#include "gui/account/TenderEditor.h"
#include "gui/account/TenderTableModel.h"
#include "gui/common/Labels.h"
#include "gui/segments/SegmentMatrixModel.h"
#include "app/AccountBulk.h"
#include "app/Analytics.h"
#include "gui/common/MessageBar.h"
#include "gui/common/TableViews.h"
#include "ui_AccountWorkspace.h"

#include <QLocale>
#include <QStringList>
#include <algorithm>
#include <QAction>
#include <QHeaderView>
#include <QMessageBox>
#include <QSortFilterProxyModel>

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
      m_interactions(new InteractionTableModel(this)), m_followUps(new FollowUpTableModel(this)),
      m_editing(workspace), m_ids(RecordIds::forWorkspace(workspace))
{
    m_ui->setupUi(this);
    m_ui->dossierLayout->addWidget(m_dossier);
    setUpTable(m_ui->contactTable, m_contacts);
    m_interactionFilter = new InteractionFilterModel(m_interactions, this);
    setUpTable(m_ui->interactionTable, m_interactionFilter);
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
    connect(m_ui->editAccountButton, &QPushButton::clicked, this, &AccountWorkspace::editAccount);
    connect(m_ui->scoreValue, &QLabel::linkActivated, this, &AccountWorkspace::computeScore);
    setUpPeople();
    setUpSales();
    setUpTenders();
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
    m_people = d.contacts;
    m_contacts->setContacts(d.contacts);
    m_orgChart->setContacts(d.contacts);
    m_entry->setContacts(d.contacts);
    m_interactions->setInteractions(d.interactions, m_workspace.clock().now());
    showInteractionFilters(d.contacts);
    m_followUps->setFollowUps(d.followUps, m_workspace.clock().today());
    m_ui->peopleEmpty->setVisible(d.contacts.empty());
    m_ui->peopleSplitter->setVisible(!d.contacts.empty());
    m_competitorList = m_editing.competitors();
    std::map<CompetitorId, QString> names;
    for (const auto& c : m_competitorList)
        names[c.id] = toQString(c.name);
    m_tenders->setTenders(d.tenders, names);
    m_presence->setPresence(d.competitors);
    m_ui->tendersEmpty->setVisible(d.tenders.empty());
    m_ui->tenderTable->setVisible(!d.tenders.empty());
    m_ui->presenceEmpty->setVisible(d.competitors.empty());
    m_ui->presenceTable->setVisible(!d.competitors.empty());
    showSales();
    updatePeopleButtons();
    updateTenderButtons();
    m_ui->interactionsEmpty->setVisible(d.interactions.empty());
    m_ui->interactionTable->setVisible(!d.interactions.empty());
    m_ui->followUpsEmpty->setVisible(d.followUps.empty());
    m_ui->followUpTable->setVisible(!d.followUps.empty());
    m_ui->doneButton->setVisible(!d.followUps.empty());
    for (auto* table : {m_ui->contactTable, m_ui->interactionTable, m_ui->followUpTable, m_ui->tenderTable,
                        m_ui->presenceTable})
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
            tr("%1 (%Ln day(s) ago)", nullptr, days).arg(formatDateTime(*d.lastContact)));
    } else {
        m_ui->lastContactValue->setText(tr("never"));
    }
    if (d.nextFollowUp) {
        const int days = *d.nextFollowUp - today;
        QString text =
            days < 0 ? tr("%1, overdue by %Ln day(s)", nullptr, -days) : tr("%1, in %Ln day(s)", nullptr, days);
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
    m_ui->scoreValue->setText(tr("<a href=\"score\">Compute</a> (ranks this account against all others)"));
    // The cell in the latest saved segmentation, and what it asks of the manager.
    const auto cells = latestSegmentCells(m_workspace.store());
    if (const auto it = cells.find(m_id); it != cells.end()) {
        const QString cell = toQString(it->second);
        const QString suggestion = cellSuggestion(cell);
        m_ui->segmentValue->setText(suggestion.isEmpty() ? cell : tr("%1. %2").arg(cell, suggestion));
    } else {
        m_ui->segmentValue->setText(cells.empty() ? tr("no segmentation saved yet (keystone-cli segment --save)")
                                                  : tr("not classified in the latest saved segmentation"));
    }
}

void AccountWorkspace::computeScore()
{
    try {
        Analytics analytics(m_workspace.store(), m_workspace.clock());
        const auto rows = analytics.score(analytics.parameters(SegmentRequest{}));
        const auto it = std::find_if(rows.begin(), rows.end(), [this](const auto& r) { return r.accountId == m_id; });
        if (it == rows.end()) {
            m_ui->scoreValue->setText(tr("not scored: no revenue and no counted interaction in the window"));
            return;
        }
        const QString factorNames[analytics::kScoreFactors] = {tr("volume"),   tr("purchase frequency"),
                                                                tr("modification requests"), tr("beta tests"),
                                                                tr("feedback"), tr("growth")};
        QStringList parts;
        for (std::size_t f = 0; f < analytics::kScoreFactors; ++f)
            parts << tr("%1 %2").arg(factorNames[f], QLocale().toString(it->contribution[f], 'f', 1));
        const auto rank = static_cast<int>(it - rows.begin()) + 1;
        m_ui->scoreValue->setText(tr("%1 of 100, rank %2 of %3 (points: %4)")
                                      .arg(QLocale().toString(it->score, 'f', 1))
                                      .arg(rank)
                                      .arg(rows.size())
                                      .arg(parts.join(QStringLiteral(", ")).toHtmlEscaped()));
    } catch (const std::exception& e) {
        m_ui->scoreValue->setText(tr("The score could not be computed: %1").arg(QString::fromUtf8(e.what()).toHtmlEscaped()));
    }
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

// ---- The account's own fields ----

AccountEditor* AccountWorkspace::editAccount()
{
    std::vector<Account> accounts;
    std::vector<Manager> managers;
    try {
        for (auto& row : m_workspace.listAccounts(AccountQuery{}))
            accounts.push_back(std::move(row.account));
        managers = m_workspace.store().managers().list();
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Cannot Edit Account"), QString::fromUtf8(e.what()));
        return nullptr;
    }
    auto* editor = new AccountEditor([this](const Account& a) { saveAccount(a); }, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setInteractive(m_interactive);
    editor->setAccount(m_account, managers, accounts);
    editor->open();
    return editor;
}

void AccountWorkspace::saveAccount(const Account& account)
{
    const Account before = m_account;
    const Account saved = m_editing.saveAccount(account); // throws into the editor, which shows it
    reload();
    Workspace* ws = &m_workspace;
    AccountEdit edit;
    edit.account = m_id;
    edit.text = tr("Edit Account %1").arg(toQString(saved.name));
    edit.undo = [ws, before] { AccountEditing(*ws).saveAccount(before); };
    edit.redo = [ws, saved] { AccountEditing(*ws).saveAccount(saved); };
    record(std::move(edit));
}

// ---- People: the table, the organisation chart and the contact editor ----

namespace {

// A record's fields as the store has them now: ids of records re-created by an undo are followed.
Contact remapped(Contact c, const RecordIds& ids)
{
    c.id = ids.current(RecordIds::Kind::Contact, c.id);
    if (c.reportsTo)
        c.reportsTo = ids.current(RecordIds::Kind::Contact, *c.reportsTo);
    return c;
}

QAction* addShortcut(QWidget* widget, const QKeySequence& keys, Qt::ShortcutContext context)
{
    auto* action = new QAction(widget);
    action->setShortcut(keys);
    action->setShortcutContext(context);
    widget->addAction(action);
    return action;
}

} // namespace

void AccountWorkspace::setUpPeople()
{
    m_orgChart = new OrgChart(m_ui->orgChartHost);
    m_orgChart->setMinimumHeight(220);
    m_ui->orgChartLayout->addWidget(m_orgChart, 1);
    m_ui->orgChartLayout->addWidget(new OrgChartLegend(m_ui->orgChartHost));
    m_ui->peopleSplitter->setStretchFactor(0, 1);
    m_ui->peopleSplitter->setStretchFactor(1, 2);
    connect(m_ui->addContactButton, &QPushButton::clicked, this, &AccountWorkspace::addContact);
    connect(m_ui->editContactButton, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedContact())
            editContact(*id);
    });
    connect(m_ui->leftContactButton, &QPushButton::clicked, this, [this] {
        const auto id = selectedContact();
        if (!id)
            return;
        for (const auto& c : m_people)
            if (c.id == *id)
                setContactLeft(*id, !c.leftCompany);
    });
    connect(m_ui->showLeftCheck, &QCheckBox::toggled, m_orgChart, &OrgChart::setShowLeft);
    connect(m_ui->zoomInButton, &QPushButton::clicked, m_orgChart, &OrgChart::zoomIn);
    connect(m_ui->zoomOutButton, &QPushButton::clicked, m_orgChart, &OrgChart::zoomOut);
    connect(m_ui->zoomFitButton, &QPushButton::clicked, m_orgChart, &OrgChart::zoomToFit);
    connect(m_orgChart, &OrgChart::contactActivated, this, [this](ContactId id) { editContact(id); });
    // The table and the chart select the same person.
    connect(m_ui->contactTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    m_orgChart->selectContact(m_people[static_cast<std::size_t>(current.row())].id);
                updatePeopleButtons();
            });
    connect(m_orgChart, &OrgChart::selectionChanged, this, [this] {
        const auto id = m_orgChart->selectedContact();
        for (std::size_t row = 0; id && row < m_people.size(); ++row)
            if (m_people[row].id == *id && m_ui->contactTable->currentIndex().row() != static_cast<int>(row))
                m_ui->contactTable->setCurrentIndex(m_contacts->index(static_cast<int>(row), 0));
        updatePeopleButtons();
    });
    connect(m_ui->contactTable, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { editContact(m_people[static_cast<std::size_t>(index.row())].id); });
    connect(addShortcut(m_ui->contactTable, Qt::Key_Return, Qt::WidgetShortcut), &QAction::triggered,
            m_ui->editContactButton, &QPushButton::click);
    connect(addShortcut(this, QKeySequence(Qt::Key_F2), Qt::WidgetWithChildrenShortcut),
            &QAction::triggered, this, &AccountWorkspace::editAccount);
    connect(addShortcut(m_ui->peopleTab, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                        Qt::WidgetWithChildrenShortcut),
            &QAction::triggered, this, &AccountWorkspace::addContact);
}

std::optional<ContactId> AccountWorkspace::selectedContact() const
{
    if (const auto id = m_orgChart->selectedContact())
        return id;
    const QModelIndex current = m_ui->contactTable->currentIndex();
    if (!current.isValid() || current.row() >= static_cast<int>(m_people.size()))
        return std::nullopt;
    return m_people[static_cast<std::size_t>(current.row())].id;
}

void AccountWorkspace::selectContact(ContactId id)
{
    for (std::size_t row = 0; row < m_people.size(); ++row)
        if (m_people[row].id == id)
            m_ui->contactTable->setCurrentIndex(m_contacts->index(static_cast<int>(row), 0));
    m_orgChart->selectContact(id);
}

void AccountWorkspace::updatePeopleButtons()
{
    const auto id = selectedContact();
    m_ui->editContactButton->setEnabled(id.has_value());
    m_ui->leftContactButton->setEnabled(id.has_value());
    bool left = false;
    for (const auto& c : m_people)
        if (id && c.id == *id)
            left = c.leftCompany;
    m_ui->leftContactButton->setText(left ? tr("Mark as &Back") : tr("Mark as &Left"));
}

ContactEditor* AccountWorkspace::addContact()
{
    Contact fresh;
    fresh.accountId = m_id;
    auto* editor = new ContactEditor([this](const Contact& c) { saveContact(c); }, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setInteractive(m_interactive);
    editor->setContact(fresh, m_people);
    editor->open();
    return editor;
}

ContactEditor* AccountWorkspace::editContact(ContactId id)
{
    for (const auto& c : m_people) {
        if (c.id != id)
            continue;
        auto* editor = new ContactEditor([this](const Contact& contact) { saveContact(contact); }, this);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        editor->setInteractive(m_interactive);
        editor->setContact(c, m_people);
        editor->open();
        return editor;
    }
    return nullptr;
}

void AccountWorkspace::saveContact(const Contact& contact)
{
    std::optional<Contact> before;
    for (const auto& c : m_people)
        if (c.id == contact.id && contact.id != 0)
            before = c;
    const Contact saved = m_editing.saveContact(contact); // throws into the editor, which shows it
    reload();
    selectContact(saved.id);
    Workspace* ws = &m_workspace;
    auto ids = m_ids;
    AccountEdit edit;
    edit.account = m_id;
    if (!before) {
        edit.text = tr("Add Contact %1").arg(toQString(saved.name));
        edit.undo = [ws, ids, saved] {
            AccountEditing(*ws).removeContact(ids->current(RecordIds::Kind::Contact, saved.id));
        };
        edit.redo = [ws, ids, saved] {
            Contact again = remapped(saved, *ids);
            const ContactId was = again.id;
            again.id = 0;
            ids->moved(RecordIds::Kind::Contact, was, AccountEditing(*ws).saveContact(again).id);
        };
    } else {
        edit.text = tr("Edit Contact %1").arg(toQString(saved.name));
        edit.undo = [ws, ids, old = *before] { AccountEditing(*ws).saveContact(remapped(old, *ids)); };
        edit.redo = [ws, ids, saved] { AccountEditing(*ws).saveContact(remapped(saved, *ids)); };
    }
    record(std::move(edit));
}

bool AccountWorkspace::setContactLeft(ContactId id, bool left)
{
    Contact saved;
    try {
        saved = m_editing.setContactLeft(id, left);
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Contact Not Changed"), QString::fromUtf8(e.what()));
        return false;
    }
    reload();
    selectContact(id);
    Workspace* ws = &m_workspace;
    auto ids = m_ids;
    AccountEdit edit;
    edit.account = m_id;
    edit.text = left ? tr("Mark %1 as Left").arg(toQString(saved.name))
                     : tr("Mark %1 as Back").arg(toQString(saved.name));
    edit.undo = [ws, ids, id, left] {
        AccountEditing(*ws).setContactLeft(ids->current(RecordIds::Kind::Contact, id), !left);
    };
    edit.redo = [ws, ids, id, left] {
        AccountEditing(*ws).setContactLeft(ids->current(RecordIds::Kind::Contact, id), left);
    };
    record(std::move(edit));
    return true;
}

void AccountWorkspace::record(AccountEdit edit)
{
    emit edited(edit);
}

bool AccountWorkspace::confirmRemove(const QString& question)
{
    return !m_interactive ||
           QMessageBox::question(this, tr("Remove"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

// ---- Interactions: narrowed by kind and by person ----

void AccountWorkspace::showInteractionFilters(const std::vector<Contact>& contacts)
{
    if (m_ui->kindFilter->count() == 0) {
        m_ui->kindFilter->addItem(tr("all kinds"), QVariant());
        for (const auto& entry : EnumKeys<InteractionKind>::table)
            m_ui->kindFilter->addItem(interactionKindLabel(entry.value), static_cast<int>(entry.value));
        auto apply = [this] {
            const QVariant kind = m_ui->kindFilter->currentData();
            m_interactionFilter->setKind(kind.isValid() ? std::optional(static_cast<InteractionKind>(kind.toInt()))
                                                        : std::nullopt);
            const QVariant contact = m_ui->contactFilter->currentData();
            m_interactionFilter->setContact(contact.isValid() ? std::optional<ContactId>(contact.toLongLong())
                                                              : std::nullopt);
            updateInteractionCount();
        };
        connect(m_ui->kindFilter, &QComboBox::currentIndexChanged, this, apply);
        connect(m_ui->contactFilter, &QComboBox::currentIndexChanged, this, apply);
    }
    // The people change with edits; keep the chosen one when still there.
    const QVariant chosen = m_ui->contactFilter->currentData();
    {
        const QSignalBlocker block(m_ui->contactFilter);
        m_ui->contactFilter->clear();
        m_ui->contactFilter->addItem(tr("anyone"), QVariant());
        for (const auto& c : contacts)
            m_ui->contactFilter->addItem(c.leftCompany ? tr("%1 (left)").arg(toQString(c.name)) : toQString(c.name),
                                         QVariant::fromValue<qlonglong>(c.id));
        m_ui->contactFilter->setCurrentIndex(chosen.isValid() ? std::max(0, m_ui->contactFilter->findData(chosen)) : 0);
    }
    const QVariant contact = m_ui->contactFilter->currentData();
    m_interactionFilter->setContact(contact.isValid() ? std::optional<ContactId>(contact.toLongLong()) : std::nullopt);
    updateInteractionCount();
}

void AccountWorkspace::updateInteractionCount()
{
    const int shown = m_interactionFilter->rowCount();
    const int all = m_interactions->rowCount();
    m_ui->interactionCount->setText(shown == all ? tr("%Ln interaction(s)", nullptr, all)
                                                 : tr("%1 of %Ln interaction(s)", nullptr, all).arg(shown));
}

// ---- Sales: the lines, sortable, and the revenue by month or quarter ----

void AccountWorkspace::setUpSales()
{
    m_sales = new SaleTableModel(this);
    auto* sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_sales);
    sorted->setSortRole(SaleTableModel::SortRole);
    setUpTable(m_ui->saleTable, sorted);
    m_ui->saleTable->setSortingEnabled(true);
    m_ui->saleTable->sortByColumn(SaleTableModel::DateColumn, Qt::DescendingOrder);
    m_salesChart = new RevenueChart(m_ui->salesChartHost);
    m_ui->salesChartLayout->addWidget(m_salesChart);
    m_ui->salesSplitter->setStretchFactor(0, 1);
    m_ui->salesSplitter->setStretchFactor(1, 1);
    m_ui->periodCombo->addItem(tr("Month"), static_cast<int>(RevenueChart::Period::Month));
    m_ui->periodCombo->addItem(tr("Quarter"), static_cast<int>(RevenueChart::Period::Quarter));
    connect(m_ui->periodCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_salesChart->setMonths(m_months,
                                static_cast<RevenueChart::Period>(m_ui->periodCombo->currentData().toInt()));
    });
    m_overviewChart = new RevenueChart(m_ui->revenueBox);
    m_overviewChart->setCompact(true);
    m_ui->revenueLayout->addWidget(m_overviewChart);
}

void AccountWorkspace::showSales()
{
    m_sales->setLines(m_editing.saleLines(m_id));
    m_months = m_editing.monthlyTotals(m_id);
    m_salesChart->setMonths(m_months, static_cast<RevenueChart::Period>(m_ui->periodCombo->currentData().toInt()));
    m_overviewChart->setMonths(m_months, RevenueChart::Period::Month, 12, m_workspace.clock().today());
    const bool any = m_sales->rowCount() > 0;
    m_ui->salesEmpty->setVisible(!any);
    m_ui->salesSplitter->setVisible(any);
    m_ui->salesTotalLabel->setText(
        any ? tr("%Ln line(s), %1 in all", nullptr, m_sales->rowCount()).arg(formatMoney(m_sales->total()))
            : QString());
    if (any)
        fitColumns(m_ui->saleTable);
}

// ---- Tenders and the competitors present ----

void AccountWorkspace::setUpTenders()
{
    m_tenders = new TenderTableModel(this);
    m_presence = new PresenceTableModel(this);
    setUpTable(m_ui->tenderTable, m_tenders);
    setUpTable(m_ui->presenceTable, m_presence);
    connect(m_ui->addTenderButton, &QPushButton::clicked, this, &AccountWorkspace::addTender);
    connect(m_ui->editTenderButton, &QPushButton::clicked, this, &AccountWorkspace::editSelectedTender);
    connect(m_ui->removeTenderButton, &QPushButton::clicked, this, &AccountWorkspace::removeSelectedTender);
    connect(m_ui->addPresenceButton, &QPushButton::clicked, this, &AccountWorkspace::addPresence);
    connect(m_ui->editPresenceButton, &QPushButton::clicked, this, &AccountWorkspace::editSelectedPresence);
    connect(m_ui->removePresenceButton, &QPushButton::clicked, this, &AccountWorkspace::removeSelectedPresence);
    connect(m_ui->tenderTable, &QTableView::doubleClicked, this, &AccountWorkspace::editSelectedTender);
    connect(m_ui->presenceTable, &QTableView::doubleClicked, this, &AccountWorkspace::editSelectedPresence);
    connect(addShortcut(m_ui->tenderTable, Qt::Key_Return, Qt::WidgetShortcut), &QAction::triggered, this,
            &AccountWorkspace::editSelectedTender);
    connect(addShortcut(m_ui->tenderTable, QKeySequence::Delete, Qt::WidgetShortcut), &QAction::triggered, this,
            &AccountWorkspace::removeSelectedTender);
    connect(addShortcut(m_ui->presenceTable, Qt::Key_Return, Qt::WidgetShortcut), &QAction::triggered, this,
            &AccountWorkspace::editSelectedPresence);
    connect(addShortcut(m_ui->presenceTable, QKeySequence::Delete, Qt::WidgetShortcut), &QAction::triggered, this,
            &AccountWorkspace::removeSelectedPresence);
    for (auto* table : {m_ui->tenderTable, m_ui->presenceTable})
        connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &AccountWorkspace::updateTenderButtons);
}

void AccountWorkspace::updateTenderButtons()
{
    const bool tender = m_ui->tenderTable->currentIndex().isValid();
    m_ui->editTenderButton->setEnabled(tender);
    m_ui->removeTenderButton->setEnabled(tender);
    const bool presence = m_ui->presenceTable->currentIndex().isValid();
    m_ui->editPresenceButton->setEnabled(presence);
    m_ui->removePresenceButton->setEnabled(presence);
}

TenderEditor* AccountWorkspace::addTender()
{
    Tender fresh;
    fresh.accountId = m_id;
    fresh.date = m_workspace.clock().today();
    auto* editor = new TenderEditor([this](const Tender& t) { saveTender(t); }, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setInteractive(m_interactive);
    editor->setTender(fresh, m_competitorList);
    editor->open();
    return editor;
}

TenderEditor* AccountWorkspace::editSelectedTender()
{
    const QModelIndex current = m_ui->tenderTable->currentIndex();
    if (!current.isValid())
        return nullptr;
    auto* editor = new TenderEditor([this](const Tender& t) { saveTender(t); }, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setInteractive(m_interactive);
    editor->setTender(m_tenders->tenderAt(current.row()), m_competitorList);
    editor->open();
    return editor;
}

void AccountWorkspace::saveTender(const Tender& tender)
{
    std::optional<Tender> before;
    if (tender.id != 0)
        if (const int row = m_tenders->rowOf(tender.id); row >= 0)
            before = m_tenders->tenderAt(row);
    const Tender saved = m_editing.saveTender(tender);
    reload();
    if (const int row = m_tenders->rowOf(saved.id); row >= 0)
        m_ui->tenderTable->setCurrentIndex(m_tenders->index(row, 0));
    Workspace* ws = &m_workspace;
    auto ids = m_ids;
    constexpr auto kind = RecordIds::Kind::Tender;
    AccountEdit edit;
    edit.account = m_id;
    if (!before) {
        edit.text = tr("Add Tender %1").arg(toQString(saved.title));
        edit.undo = [ws, ids, saved] { AccountEditing(*ws).removeTender(ids->current(kind, saved.id)); };
        edit.redo = [ws, ids, saved] {
            Tender again = saved;
            again.id = 0;
            ids->moved(kind, ids->current(kind, saved.id), AccountEditing(*ws).saveTender(again).id);
        };
    } else {
        edit.text = tr("Edit Tender %1").arg(toQString(saved.title));
        auto write = [ws, ids](Tender t) {
            t.id = ids->current(kind, t.id);
            AccountEditing(*ws).saveTender(t);
        };
        edit.undo = [write, old = *before] { write(old); };
        edit.redo = [write, saved] { write(saved); };
    }
    record(std::move(edit));
}

bool AccountWorkspace::removeSelectedTender()
{
    const QModelIndex current = m_ui->tenderTable->currentIndex();
    if (!current.isValid())
        return false;
    const Tender gone = m_tenders->tenderAt(current.row());
    if (!confirmRemove(tr("Remove the tender “%1”? Undo (Ctrl+Z) brings it back.").arg(toQString(gone.title))))
        return false;
    try {
        m_editing.removeTender(gone.id);
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Tender Not Removed"), QString::fromUtf8(e.what()));
        return false;
    }
    reload();
    Workspace* ws = &m_workspace;
    auto ids = m_ids;
    constexpr auto kind = RecordIds::Kind::Tender;
    AccountEdit edit;
    edit.account = m_id;
    edit.text = tr("Remove Tender %1").arg(toQString(gone.title));
    edit.undo = [ws, ids, gone] {
        Tender again = gone;
        again.id = 0;
        ids->moved(kind, ids->current(kind, gone.id), AccountEditing(*ws).saveTender(again).id);
    };
    edit.redo = [ws, ids, gone] { AccountEditing(*ws).removeTender(ids->current(kind, gone.id)); };
    record(std::move(edit));
    return true;
}

PresenceEditor* AccountWorkspace::addPresence()
{
    CompetitorPresence fresh;
    fresh.accountId = m_id;
    auto* editor = new PresenceEditor([this](const CompetitorPresence& p) { savePresence(p); }, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setInteractive(m_interactive);
    editor->setPresence(fresh, m_competitorList);
    editor->open();
    return editor;
}

PresenceEditor* AccountWorkspace::editSelectedPresence()
{
    const QModelIndex current = m_ui->presenceTable->currentIndex();
    if (!current.isValid())
        return nullptr;
    auto* editor = new PresenceEditor([this](const CompetitorPresence& p) { savePresence(p); }, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setInteractive(m_interactive);
    editor->setPresence(m_presence->presenceAt(current.row()), m_competitorList);
    editor->open();
    return editor;
}

void AccountWorkspace::savePresence(const CompetitorPresence& presence)
{
    // One presence per competitor: adding one already there edits it.
    std::optional<CompetitorPresence> before;
    QString name;
    for (int row = 0; row < m_presence->rowCount(); ++row)
        if (m_presence->presenceAt(row).competitorId == presence.competitorId) {
            before = m_presence->presenceAt(row);
            name = toQString(m_presence->competitorAt(row).name);
        }
    for (const auto& c : m_competitorList)
        if (c.id == presence.competitorId)
            name = toQString(c.name);
    const CompetitorPresence saved = m_editing.savePresence(presence);
    reload();
    Workspace* ws = &m_workspace;
    auto ids = m_ids;
    constexpr auto kind = RecordIds::Kind::Presence;
    AccountEdit edit;
    edit.account = m_id;
    if (!before) {
        edit.text = tr("Add Competitor %1").arg(name);
        edit.undo = [ws, ids, saved] { AccountEditing(*ws).removePresence(ids->current(kind, saved.id)); };
        edit.redo = [ws, ids, saved] {
            CompetitorPresence again = saved;
            again.id = 0;
            ids->moved(kind, ids->current(kind, saved.id), AccountEditing(*ws).savePresence(again).id);
        };
    } else {
        edit.text = tr("Edit Competitor %1").arg(name);
        // Saving upserts by account and competitor, so the id needs no following here.
        edit.undo = [ws, old = *before] { AccountEditing(*ws).savePresence(old); };
        edit.redo = [ws, saved] { AccountEditing(*ws).savePresence(saved); };
    }
    record(std::move(edit));
}

bool AccountWorkspace::removeSelectedPresence()
{
    const QModelIndex current = m_ui->presenceTable->currentIndex();
    if (!current.isValid())
        return false;
    const CompetitorPresence gone = m_presence->presenceAt(current.row());
    const QString name = toQString(m_presence->competitorAt(current.row()).name);
    if (!confirmRemove(tr("Remove %1 from this account? Undo (Ctrl+Z) brings it back.").arg(name)))
        return false;
    try {
        m_editing.removePresence(gone.id);
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Competitor Not Removed"), QString::fromUtf8(e.what()));
        return false;
    }
    reload();
    Workspace* ws = &m_workspace;
    auto ids = m_ids;
    constexpr auto kind = RecordIds::Kind::Presence;
    AccountEdit edit;
    edit.account = m_id;
    edit.text = tr("Remove Competitor %1").arg(name);
    edit.undo = [ws, ids, gone] {
        CompetitorPresence again = gone;
        again.id = 0;
        ids->moved(kind, ids->current(kind, gone.id), AccountEditing(*ws).savePresence(again).id);
    };
    edit.redo = [ws, ids, gone] { AccountEditing(*ws).removePresence(ids->current(kind, gone.id)); };
    record(std::move(edit));
    return true;
}

} // namespace keystone::gui
