#include "gui/contacts/ContactsView.h"

#include "app/ContactDirectory.h"
#include "gui/common/BackgroundReader.h"
#include "gui/common/ProblemText.h"
#include "gui/common/TableViews.h"
#include "gui/contacts/ContactFilterModel.h"
#include "gui/contacts/ContactListModel.h"
#include "ui_ContactsView.h"

#include <QHeaderView>
#include <QMessageBox>

namespace keystone::gui {

ContactsView::ContactsView(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ContactsView>()), m_model(new ContactListModel(this)),
      m_filter(new ContactFilterModel(this)), m_reader(new BackgroundReader(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("contactsView"));
    m_filter->setContacts(m_model);
    m_ui->contactTable->setModel(m_filter);
    makeCompact(m_ui->contactTable);
    m_ui->contactTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->contactTable->sortByColumn(ContactListModel::Name, Qt::AscendingOrder);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setText(text);
        updateCount();
    });
    // Enter in the filter opens the first match, as in the accounts list.
    connect(m_ui->filterEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() == 0)
            return;
        if (!m_ui->contactTable->currentIndex().isValid())
            m_ui->contactTable->setCurrentIndex(m_filter->index(0, 0));
        activateCurrent();
    });
    connect(m_ui->showLeftCheck, &QCheckBox::toggled, this, [this](bool show) {
        m_filter->setShowLeft(show);
        updateCount();
    });
    connect(m_ui->openButton, &QPushButton::clicked, this, &ContactsView::activateCurrent);
    connect(m_ui->contactTable, &QTableView::activated, this, &ContactsView::activateCurrent);
    connect(m_ui->contactTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_ui->openButton->setEnabled(m_ui->contactTable->currentIndex().isValid()); });
    updateCount();
}

ContactsView::~ContactsView() = default;

QTableView* ContactsView::table() const { return m_ui->contactTable; }

bool ContactsView::isLoading() const
{
    return m_reader->isBusy();
}

void ContactsView::setWorkspace(Workspace* workspace)
{
    m_reader->stop(); // an answer still to come for the previous database is dropped
    m_workspace = workspace;
    m_stale = false;
    m_error.clear();
    // Nothing of the previous database stays on screen, even while the next one is read.
    m_model->setEntries({});
    if (!m_workspace) {
        updateCount();
        return;
    }
    // Read when first shown: the list is not needed before.
    if (isVisible())
        reload();
    else {
        m_stale = true;
        updateCount();
    }
}

void ContactsView::reload()
{
    m_stale = false;
    if (!m_workspace) {
        m_reader->stop();
        showEntries({});
        return;
    }
    m_error.clear();
    m_reader->load(
        *m_workspace, m_backgroundThreshold,
        [](Workspace& reader) { return ContactListModel::prepare(ContactDirectory(reader.store()).list()); },
        [this](std::vector<ContactListModel::Entry> entries) { showEntries(std::move(entries)); },
        [this](const QString& error) {
            m_error = error;
            m_stale = true; // read again when next shown
            updateCount();
        });
    updateCount(); // says that it is reading, when it is
}

void ContactsView::showEntries(std::vector<ContactListModel::Entry> entries)
{
    m_error.clear();
    const QModelIndex current = m_ui->contactTable->currentIndex();
    const qlonglong selected = current.isValid() ? current.data(ContactListModel::ContactIdRole).toLongLong() : 0;
    m_model->setEntries(std::move(entries));
    if (m_model->rowCount() > 0) {
        m_ui->contactTable->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_ui->contactTable->setColumnWidth(c, std::min(m_ui->contactTable->columnWidth(c) + 12, 300));
    }
    if (const int row = selected != 0 ? m_model->rowOf(selected) : -1; row >= 0)
        if (const QModelIndex shown = m_filter->mapFromSource(m_model->index(row, 0)); shown.isValid())
            m_ui->contactTable->setCurrentIndex(shown);
    updateCount();
}

void ContactsView::invalidate()
{
    if (!m_workspace)
        return;
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    try {
        reload();
    } catch (const std::exception& e) {
        m_stale = true;
        QMessageBox::warning(this, tr("Contacts Not Read"), errorText(e));
    }
}

void ContactsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        invalidate();
}

void ContactsView::focusFilter()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

void ContactsView::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    const bool loading = isLoading();
    QString count = shown == total ? tr("%Ln contact(s)", nullptr, total)
                                   : tr("%1 of %Ln contact(s)", nullptr, total).arg(shown);
    if (!m_error.isEmpty())
        count = tr("The contacts could not be read: %1").arg(m_error);
    else if (loading && total == 0)
        count = tr("Reading the contacts…");
    else if (loading)
        count = tr("%1; reading them again…").arg(count);
    m_ui->countLabel->setText(count);
    const bool any = shown > 0;
    m_ui->contactTable->setVisible(any);
    m_ui->emptyLabel->setVisible(!any);
    if (loading && total == 0)
        m_ui->emptyLabel->setText(tr("Reading the contacts of every account… The filter applies to them once "
                                     "they are in."));
    else if (total == 0 && !m_error.isEmpty())
        m_ui->emptyLabel->setText(tr("The contacts could not be read. Show this tab again to try once more."));
    else if (total == 0)
        m_ui->emptyLabel->setText(tr("No contacts yet. Add the people you deal with on an account's People tab, "
                                     "or import them with keystone-cli import contacts."));
    else if (!m_ui->filterEdit->text().trimmed().isEmpty())
        m_ui->emptyLabel->setText(tr("Nobody matches “%1”. Every word typed must occur in the name, account, "
                                     "title, e-mail or phone.")
                                      .arg(m_ui->filterEdit->text().trimmed()));
    else
        m_ui->emptyLabel->setText(tr("Everyone listed has left their company; tick “Show people who have left” "
                                     "to see them."));
    if (any && !m_ui->contactTable->currentIndex().isValid())
        m_ui->contactTable->setCurrentIndex(m_filter->index(0, 0));
    m_ui->openButton->setEnabled(m_ui->contactTable->currentIndex().isValid());
}

void ContactsView::activateCurrent()
{
    const QModelIndex current = m_ui->contactTable->currentIndex();
    if (!current.isValid())
        return;
    emit contactActivated(static_cast<AccountId>(current.data(ContactListModel::AccountIdRole).toLongLong()),
                          static_cast<ContactId>(current.data(ContactListModel::ContactIdRole).toLongLong()));
}

} // namespace keystone::gui
