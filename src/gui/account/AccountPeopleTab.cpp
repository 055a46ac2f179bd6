#include "gui/account/AccountPeopleTab.h"

#include "gui/account/AccountTables.h"
#include "gui/account/ContactEditor.h"
#include "gui/account/ContactTableModel.h"
#include "gui/account/OrgChart.h"
#include "gui/common/Labels.h"
#include "gui/common/ProblemText.h"
#include "ui_AccountPeopleTab.h"

#include <QAction>
#include <QMessageBox>

namespace keystone::gui {

AccountPeopleTab::AccountPeopleTab(Workspace& workspace, AccountEdits edits, QWidget* parent)
    : AccountEditingTab(workspace, std::move(edits), parent), m_ui(std::make_unique<Ui::AccountPeopleTab>()),
      m_contacts(new ContactTableModel(this))
{
    m_ui->setupUi(this);
    setUpTable(m_ui->contactTable, m_contacts);
    m_orgChart = new OrgChart(m_ui->orgChartHost);
    m_orgChart->setMinimumHeight(220);
    m_ui->orgChartLayout->addWidget(m_orgChart, 1);
    m_ui->orgChartLayout->addWidget(new OrgChartLegend(m_ui->orgChartHost));
    m_ui->peopleSplitter->setStretchFactor(0, 1);
    m_ui->peopleSplitter->setStretchFactor(1, 2);
    connect(m_ui->addContactButton, &QPushButton::clicked, this, &AccountPeopleTab::addContact);
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
    connectSelection();
    connect(m_ui->contactTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        editContact(m_people[static_cast<std::size_t>(index.row())].id);
    });
    connect(addShortcut(m_ui->contactTable, Qt::Key_Return, Qt::WidgetShortcut), &QAction::triggered,
            m_ui->editContactButton, &QPushButton::click);
    connect(addShortcut(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), Qt::WidgetWithChildrenShortcut),
            &QAction::triggered, this, &AccountPeopleTab::addContact);
}

AccountPeopleTab::~AccountPeopleTab() = default;

// The table and the chart select the same person.
void AccountPeopleTab::connectSelection()
{
    connect(m_ui->contactTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    m_orgChart->selectContact(m_people[static_cast<std::size_t>(current.row())].id);
                updateButtons();
            });
    connect(m_orgChart, &OrgChart::selectionChanged, this, [this] {
        const auto id = m_orgChart->selectedContact();
        for (std::size_t row = 0; id && row < m_people.size(); ++row)
            if (m_people[row].id == *id && m_ui->contactTable->currentIndex().row() != static_cast<int>(row))
                m_ui->contactTable->setCurrentIndex(m_contacts->index(static_cast<int>(row), 0));
        updateButtons();
    });
}

void AccountPeopleTab::showContacts(const std::vector<Contact>& contacts)
{
    m_people = contacts;
    m_contacts->setContacts(contacts);
    m_orgChart->setContacts(contacts);
    m_ui->peopleEmpty->setVisible(contacts.empty());
    m_ui->peopleSplitter->setVisible(!contacts.empty());
    updateButtons();
    fitColumns(m_ui->contactTable);
}

void AccountPeopleTab::showContact(ContactId id)
{
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        if (m_contacts->contactAt(row).id == id) {
            m_ui->contactTable->setCurrentIndex(m_contacts->index(row, 0));
            m_ui->contactTable->setFocus();
            break;
        }
    }
}

std::optional<ContactId> AccountPeopleTab::selectedContact() const
{
    if (const auto id = m_orgChart->selectedContact())
        return id;
    const QModelIndex current = m_ui->contactTable->currentIndex();
    if (!current.isValid() || current.row() >= static_cast<int>(m_people.size()))
        return std::nullopt;
    return m_people[static_cast<std::size_t>(current.row())].id;
}

void AccountPeopleTab::selectContact(ContactId id)
{
    for (std::size_t row = 0; row < m_people.size(); ++row)
        if (m_people[row].id == id)
            m_ui->contactTable->setCurrentIndex(m_contacts->index(static_cast<int>(row), 0));
    m_orgChart->selectContact(id);
}

void AccountPeopleTab::updateButtons()
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

ContactEditor* AccountPeopleTab::openEditor(const Contact& contact)
{
    auto* editor = new ContactEditor([this](const Contact& c) { saveContact(c); }, this);
    editor->setContact(contact, m_people);
    editor->openWindowModal(m_interactive);
    return editor;
}

ContactEditor* AccountPeopleTab::addContact()
{
    Contact fresh;
    fresh.accountId = m_edits.account();
    return openEditor(fresh);
}

ContactEditor* AccountPeopleTab::editContact(ContactId id)
{
    for (const auto& c : m_people)
        if (c.id == id)
            return openEditor(c);
    return nullptr;
}

void AccountPeopleTab::saveContact(const Contact& contact)
{
    std::optional<Contact> before;
    for (const auto& c : m_people)
        if (c.id == contact.id && contact.id != 0)
            before = c;
    const Contact saved =
        AccountEditing(m_workspace).saveContact(contact); // throws into the editor, which shows it
    emit written();
    selectContact(saved.id);
    const QString name = toQString(saved.name);
    emit edited(before ? m_edits.changed(tr("Edit Contact %1").arg(name), *before, saved)
                       : m_edits.added(tr("Add Contact %1").arg(name), saved));
}

bool AccountPeopleTab::setContactLeft(ContactId id, bool left)
{
    Contact saved;
    try {
        saved = AccountEditing(m_workspace).setContactLeft(id, left);
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Contact Not Changed"), errorText(e));
        return false;
    }
    emit written();
    selectContact(id);
    Workspace* ws = &m_workspace;
    auto ids = m_edits.ids();
    const auto setLeft = [ws, ids, id](bool value) {
        AccountEditing(*ws).setContactLeft(ids->current(RecordIds::Kind::Contact, id), value);
    };
    emit edited(m_edits.custom(
        left ? tr("Mark %1 as Left").arg(toQString(saved.name))
             : tr("Mark %1 as Back").arg(toQString(saved.name)),
        [setLeft, left] { setLeft(!left); }, [setLeft, left] { setLeft(left); }));
    return true;
}

} // namespace keystone::gui
