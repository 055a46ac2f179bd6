#include "gui/team/WhoAreYouDialog.h"

#include "gui/common/Labels.h"
#include "gui/team/TeamMemberEditor.h"
#include "gui/team/TeamTableModel.h"
#include "ui_WhoAreYouDialog.h"

#include <QListWidget>
#include <QPushButton>

namespace keystone::gui {

WhoAreYouDialog::WhoAreYouDialog(const std::vector<Manager>& team, std::optional<ManagerId> current,
                                 AddMember add, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::WhoAreYouDialog>()), m_add(std::move(add))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("whoAreYouDialog"));
    m_ui->introLabel->setText(tr("Keystone records who logs each interaction and who creates and changes each "
                                 "record. Choose who you are in this database; it is remembered for your login "
                                 "on this computer."));
    for (const auto& m : team)
        if (m.active) // a deactivated member cannot work in Keystone
            addItem(m);
    m_ui->emptyLabel->setVisible(m_ui->memberList->count() == 0);
    if (current)
        choose(*current);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Continue"));
    connect(m_ui->memberList, &QListWidget::currentRowChanged, this, &WhoAreYouDialog::updateOk);
    connect(m_ui->memberList, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_ui->newMemberButton, &QPushButton::clicked, this, [this] { addYourself(); });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

WhoAreYouDialog::~WhoAreYouDialog() = default;

void WhoAreYouDialog::addItem(const Manager& m)
{
    auto* item = new QListWidgetItem(
        tr("%1 · %2 · %3").arg(toQString(m.name), toQString(m.email), TeamTableModel::roleLabel(m.role)),
        m_ui->memberList);
    item->setData(Qt::UserRole, static_cast<qlonglong>(m.id));
}

std::optional<ManagerId> WhoAreYouDialog::chosen() const
{
    const QListWidgetItem* item = m_ui->memberList->currentItem();
    if (!item)
        return std::nullopt;
    return static_cast<ManagerId>(item->data(Qt::UserRole).toLongLong());
}

void WhoAreYouDialog::choose(ManagerId id)
{
    for (int i = 0; i < m_ui->memberList->count(); ++i)
        if (m_ui->memberList->item(i)->data(Qt::UserRole).toLongLong() == static_cast<qlonglong>(id))
            m_ui->memberList->setCurrentRow(i);
}

TeamMemberEditor* WhoAreYouDialog::addYourself()
{
    auto* editor = new TeamMemberEditor(Manager{}, [this](const Manager& m) {
        const Manager added = m_add(m); // throws into the editor, which shows it
        addItem(added);
        m_ui->emptyLabel->hide();
        choose(added.id);
    }, this);
    editor->openWindowModal(false);
    return editor;
}

void WhoAreYouDialog::updateOk()
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(chosen().has_value());
}

} // namespace keystone::gui
