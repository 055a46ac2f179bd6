#include "gui/account/ContactEditor.h"

#include "ui_ContactEditor.h"

#include <QPushButton>
#include <algorithm>
#include <set>

namespace keystone::gui {

namespace {

// Everyone who reports, directly or not, to `boss`.
std::set<ContactId> reportsBelow(ContactId boss, const std::vector<Contact>& people)
{
    std::set<ContactId> below;
    bool grew = true;
    while (grew) {
        grew = false;
        for (const auto& c : people) {
            if (c.reportsTo && (*c.reportsTo == boss || below.count(*c.reportsTo)) && !below.count(c.id)) {
                below.insert(c.id);
                grew = true;
            }
        }
    }
    return below;
}

} // namespace

ContactEditor::ContactEditor(Saver saver, QWidget* parent)
    : RecordEditor(parent), m_ui(std::make_unique<Ui::ContactEditor>()), m_saver(std::move(saver))
{
    m_ui->setupUi(this);
    for (const auto& entry : EnumKeys<DecisionRole>::table)
        m_ui->roleEdit->addItem(roleLabel(entry.value), static_cast<int>(entry.value));
    for (const auto& entry : EnumKeys<Attitude>::table)
        m_ui->attitudeEdit->addItem(attitudeLabel(entry.value), static_cast<int>(entry.value));
    setUpProblems({{"name", m_ui->nameError},
                   {"position", m_ui->positionError},
                   {"department", m_ui->departmentError},
                   {"influence", m_ui->influenceError},
                   {"reports_to", m_ui->reportsToError},
                   {"email", m_ui->emailError},
                   {"phones", m_ui->phoneError},
                   {"notes", m_ui->notesError}},
                  m_ui->generalError, tr("Discard the changes to this contact?"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ContactEditor::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ContactEditor::reject);
    for (auto* edit : {m_ui->nameEdit, m_ui->positionEdit, m_ui->departmentEdit, m_ui->emailEdit, m_ui->phoneEdit})
        connect(edit, &QLineEdit::textChanged, this, &ContactEditor::updateModified);
    for (auto* combo : {m_ui->roleEdit, m_ui->attitudeEdit, m_ui->reportsToEdit})
        connect(combo, &QComboBox::currentIndexChanged, this, &ContactEditor::updateModified);
    connect(m_ui->influenceEdit, &QSpinBox::valueChanged, this, &ContactEditor::updateModified);
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, &ContactEditor::updateModified);
}

ContactEditor::~ContactEditor() = default;

void ContactEditor::setContact(const Contact& contact, const std::vector<Contact>& colleagues)
{
    m_original = contact;
    setWindowTitle(contact.id == 0 ? tr("New Contact[*]") : tr("Contact: %1[*]").arg(toQString(contact.name)));
    m_ui->nameEdit->setText(toQString(contact.name));
    m_ui->positionEdit->setText(toQString(contact.position));
    m_ui->departmentEdit->setText(toQString(contact.department));
    m_ui->roleEdit->setCurrentIndex(m_ui->roleEdit->findData(static_cast<int>(contact.role)));
    m_ui->attitudeEdit->setCurrentIndex(m_ui->attitudeEdit->findData(static_cast<int>(contact.attitude)));
    m_ui->influenceEdit->setValue(contact.influence);
    m_ui->emailEdit->setText(toQString(contact.email));
    m_ui->phoneEdit->setText(contact.phones.empty() ? QString() : toQString(contact.phones.front().number));
    m_ui->notesEdit->setPlainText(toQString(contact.notes));
    // A manager is anyone at the account but the contact and those below them, so no loop can be chosen.
    m_ui->reportsToEdit->clear();
    m_ui->reportsToEdit->addItem(tr("nobody"), QVariant());
    const auto below = contact.id ? reportsBelow(contact.id, colleagues) : std::set<ContactId>();
    for (const auto& c : colleagues) {
        if (c.id == contact.id || below.count(c.id))
            continue;
        if (c.leftCompany && contact.reportsTo != c.id)
            continue;
        QString label = c.position.empty() ? toQString(c.name)
                                           : tr("%1, %2").arg(toQString(c.name), toQString(c.position));
        m_ui->reportsToEdit->addItem(label, QVariant::fromValue<qlonglong>(c.id));
    }
    m_ui->reportsToEdit->setCurrentIndex(
        contact.reportsTo ? std::max(0, m_ui->reportsToEdit->findData(QVariant::fromValue<qlonglong>(*contact.reportsTo)))
                          : 0);
    clearProblems();
    m_ui->nameEdit->setFocus();
    updateModified();
}

Contact ContactEditor::contact() const
{
    Contact c = m_original;
    c.name = toStdString(m_ui->nameEdit->text().trimmed());
    c.position = toStdString(m_ui->positionEdit->text().trimmed());
    c.department = toStdString(m_ui->departmentEdit->text().trimmed());
    c.role = static_cast<DecisionRole>(m_ui->roleEdit->currentData().toInt());
    c.attitude = static_cast<Attitude>(m_ui->attitudeEdit->currentData().toInt());
    c.influence = m_ui->influenceEdit->value();
    c.email = toStdString(m_ui->emailEdit->text().trimmed());
    const std::string phone = toStdString(m_ui->phoneEdit->text().trimmed());
    // The form edits the first number; any others are kept as they are.
    if (phone.empty()) {
        if (!c.phones.empty())
            c.phones.erase(c.phones.begin());
    } else if (c.phones.empty()) {
        c.phones.push_back({"work", phone});
    } else {
        c.phones.front().number = phone;
    }
    c.notes = toStdString(m_ui->notesEdit->toPlainText());
    const QVariant boss = m_ui->reportsToEdit->currentData();
    c.reportsTo = boss.isValid() ? std::optional<ContactId>(boss.toLongLong()) : std::nullopt;
    return c;
}

bool ContactEditor::isModified() const
{
    return !(contact() == m_original);
}

void ContactEditor::updateModified()
{
    setWindowModified(isModified());
}

void ContactEditor::accept()
{
    const Contact c = contact();
    submit(c.validate(), [&] { m_saver(c); });
}

} // namespace keystone::gui
