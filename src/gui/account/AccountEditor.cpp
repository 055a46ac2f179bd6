#include "gui/account/AccountEditor.h"

#include "domain/Text.h"
#include "ui_AccountEditor.h"

#include <QPushButton>
#include <algorithm>
#include <set>

namespace keystone::gui {

namespace {

std::set<AccountId> accountsBelow(AccountId top, const std::vector<Account>& accounts)
{
    std::set<AccountId> below;
    bool grew = true;
    while (grew) {
        grew = false;
        for (const auto& a : accounts)
            if (a.parentId && (*a.parentId == top || below.count(*a.parentId)) && !below.count(a.id)) {
                below.insert(a.id);
                grew = true;
            }
    }
    return below;
}

} // namespace

AccountEditor::AccountEditor(Saver saver, QWidget* parent)
    : RecordEditor(parent), m_ui(std::make_unique<Ui::AccountEditor>()), m_saver(std::move(saver))
{
    m_ui->setupUi(this);
    for (const auto& entry : EnumKeys<AccountStatus>::table)
        m_ui->statusEdit->addItem(statusLabel(entry.value), static_cast<int>(entry.value));
    m_ui->anchorCheck->setText(kindLabel(KeyAccountKind::Anchor));
    m_ui->prospectiveCheck->setText(kindLabel(KeyAccountKind::Prospective));
    m_ui->imageMakerCheck->setText(kindLabel(KeyAccountKind::ImageMaker));
    m_ui->expertCheck->setText(kindLabel(KeyAccountKind::Expert));
    for (auto* p : {m_ui->needEdit, m_ui->solvencyEdit, m_ui->authorityEdit}) {
        p->addItem(tr("not assessed"), QVariant());
        p->addItem(tr("yes"), true);
        p->addItem(tr("no"), false);
    }
    setUpProblems({{"name", m_ui->nameError},
                   {"ref", m_ui->refError},
                   {"legal_name", m_ui->legalNameError},
                   {"owner", m_ui->ownerError},
                   {"industry", m_ui->industryError},
                   {"country", m_ui->countryError},
                   {"region", m_ui->regionError},
                   {"website", m_ui->websiteError},
                   {"headcount", m_ui->headcountError},
                   {"tags", m_ui->tagsError},
                   {"parent", m_ui->parentError}},
                  m_ui->generalError, tr("Discard the changes to this account?"));
    m_ui->buttons->button(QDialogButtonBox::Reset)->setText(tr("Re&vert"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AccountEditor::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &AccountEditor::reject);
    connect(m_ui->buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this, &AccountEditor::revert);
    for (auto* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textChanged, this, &AccountEditor::updateModified);
    for (auto* combo : findChildren<QComboBox*>())
        connect(combo, &QComboBox::currentIndexChanged, this, &AccountEditor::updateModified);
    for (auto* check : findChildren<QCheckBox*>())
        connect(check, &QCheckBox::toggled, this, &AccountEditor::updateModified);
}

AccountEditor::~AccountEditor() = default;

void AccountEditor::setAccount(const Account& account, const std::vector<Manager>& managers,
                               const std::vector<Account>& accounts)
{
    m_original = account;
    m_managers = managers;
    m_accounts = accounts;
    revert();
}

void AccountEditor::setNewAccount(std::optional<ManagerId> owner, const std::vector<Manager>& managers,
                                  const std::vector<Account>& accounts, Check check)
{
    m_new = true;
    m_check = std::move(check);
    Account blank;
    blank.ownerId = owner;
    m_ui->buttons->button(QDialogButtonBox::Save)->setText(tr("&Create"));
    // Nothing to revert to but a blank form: the button would only clear what was typed.
    m_ui->buttons->button(QDialogButtonBox::Reset)->hide();
    setAccount(blank, managers, accounts);
}

void AccountEditor::revert()
{
    const Account& a = m_original;
    setWindowTitle(m_new ? tr("New Account") + QStringLiteral("[*]")
                         : tr("Account: %1[*]").arg(toQString(a.name)));
    m_ui->nameEdit->setText(toQString(a.name));
    m_ui->refEdit->setText(toQString(a.ref));
    m_ui->legalNameEdit->setText(toQString(a.legalName));
    m_ui->statusEdit->setCurrentIndex(m_ui->statusEdit->findData(static_cast<int>(a.status)));
    m_ui->anchorCheck->setChecked(a.kinds.has(KeyAccountKind::Anchor));
    m_ui->prospectiveCheck->setChecked(a.kinds.has(KeyAccountKind::Prospective));
    m_ui->imageMakerCheck->setChecked(a.kinds.has(KeyAccountKind::ImageMaker));
    m_ui->expertCheck->setChecked(a.kinds.has(KeyAccountKind::Expert));
    m_ui->ownerEdit->clear();
    m_ui->ownerEdit->addItem(tr("nobody"), QVariant());
    for (const auto& m : m_managers)
        if (m.active || (a.ownerId && *a.ownerId == m.id))
            m_ui->ownerEdit->addItem(m.email.empty() ? toQString(m.name)
                                                     : tr("%1 <%2>").arg(toQString(m.name), toQString(m.email)),
                                     QVariant::fromValue<qlonglong>(m.id));
    m_ui->ownerEdit->setCurrentIndex(
        a.ownerId ? std::max(0, m_ui->ownerEdit->findData(QVariant::fromValue<qlonglong>(*a.ownerId))) : 0);
    m_ui->industryEdit->setText(toQString(a.industry));
    m_ui->countryEdit->setText(toQString(a.country));
    m_ui->regionEdit->setText(toQString(a.region));
    m_ui->websiteEdit->setText(toQString(a.website));
    m_ui->headcountEdit->setText(a.headcount ? QString::number(*a.headcount) : QString());
    QStringList tags;
    for (const auto& t : a.tags)
        tags << toQString(t);
    m_ui->tagsEdit->setText(tags.join(QStringLiteral(", ")));
    // Any account but this one and those below it, so the hierarchy cannot loop.
    m_ui->parentEdit->clear();
    m_ui->parentEdit->addItem(tr("none"), QVariant());
    const auto below = accountsBelow(a.id, m_accounts);
    for (const auto& other : m_accounts) {
        if (other.id == a.id || below.count(other.id))
            continue;
        m_ui->parentEdit->addItem(other.ref.empty() ? toQString(other.name)
                                                    : tr("%1 (%2)").arg(toQString(other.name), toQString(other.ref)),
                                  QVariant::fromValue<qlonglong>(other.id));
    }
    m_ui->parentEdit->setCurrentIndex(
        a.parentId ? std::max(0, m_ui->parentEdit->findData(QVariant::fromValue<qlonglong>(*a.parentId))) : 0);
    clearProblems();
    // The 3P: unset is "not assessed", which is not the same as "no".
    const auto showP = [](QComboBox* edit, std::optional<bool> value) {
        edit->setCurrentIndex(value ? (*value ? 1 : 2) : 0);
    };
    showP(m_ui->needEdit, a.qualification.need);
    showP(m_ui->solvencyEdit, a.qualification.solvency);
    showP(m_ui->authorityEdit, a.qualification.authority);
    m_ui->nameEdit->setFocus();
    updateModified();
}

Account AccountEditor::account(std::vector<FieldError>* problems) const
{
    Account a = m_original;
    a.name = toStdString(m_ui->nameEdit->text().trimmed());
    a.ref = toStdString(m_ui->refEdit->text().trimmed());
    a.legalName = toStdString(m_ui->legalNameEdit->text().trimmed());
    a.status = static_cast<AccountStatus>(m_ui->statusEdit->currentData().toInt());
    a.kinds.set(KeyAccountKind::Anchor, m_ui->anchorCheck->isChecked());
    a.kinds.set(KeyAccountKind::Prospective, m_ui->prospectiveCheck->isChecked());
    a.kinds.set(KeyAccountKind::ImageMaker, m_ui->imageMakerCheck->isChecked());
    a.kinds.set(KeyAccountKind::Expert, m_ui->expertCheck->isChecked());
    const QVariant owner = m_ui->ownerEdit->currentData();
    a.ownerId = owner.isValid() ? std::optional<ManagerId>(owner.toLongLong()) : std::nullopt;
    a.industry = toStdString(m_ui->industryEdit->text().trimmed());
    a.country = toStdString(m_ui->countryEdit->text().trimmed());
    a.region = toStdString(m_ui->regionEdit->text().trimmed());
    a.website = toStdString(m_ui->websiteEdit->text().trimmed());
    const QString headcount = m_ui->headcountEdit->text().trimmed();
    if (headcount.isEmpty()) {
        a.headcount.reset();
    } else {
        bool ok = false;
        const int n = headcount.toInt(&ok);
        if (ok)
            a.headcount = n;
        else if (problems)
            problems->push_back({"headcount", toStdString(tr("is not a whole number"))});
    }
    // Tags keep their spelling and order; one spelled twice (folded alike) is kept once.
    a.tags.clear();
    std::set<std::string> seen;
    for (const QString& tag : m_ui->tagsEdit->text().split(QLatin1Char(','))) {
        const std::string t = toStdString(tag.trimmed());
        if (!t.empty() && seen.insert(foldKey(t)).second)
            a.tags.push_back(t);
    }
    const QVariant parent = m_ui->parentEdit->currentData();
    a.parentId = parent.isValid() ? std::optional<AccountId>(parent.toLongLong()) : std::nullopt;
    const auto readP = [](const QComboBox* edit) {
        const QVariant v = edit->currentData();
        return v.isValid() ? std::optional<bool>(v.toBool()) : std::nullopt;
    };
    a.qualification.need = readP(m_ui->needEdit);
    a.qualification.solvency = readP(m_ui->solvencyEdit);
    a.qualification.authority = readP(m_ui->authorityEdit);
    return a;
}

bool AccountEditor::isModified() const
{
    std::vector<FieldError> problems;
    return !(account(&problems) == m_original) || !problems.empty();
}

void AccountEditor::updateModified()
{
    const bool modified = isModified();
    setWindowModified(modified);
    m_ui->modifiedLabel->setVisible(modified && !m_new);
    m_ui->buttons->button(QDialogButtonBox::Reset)->setEnabled(modified);
}

void AccountEditor::accept()
{
    std::vector<FieldError> problems;
    const Account a = account(&problems);
    for (auto& e : a.validate())
        problems.push_back(std::move(e));
    if (problems.empty() && m_check) {
        switch (m_check(a)) {
        case Verdict::Save:
            break;
        case Verdict::Stay:
            return;
        case Verdict::Close:
            QDialog::reject(); // the user chose so: no question about discarding
            return;
        }
    }
    submit(problems, [&] { m_saver(a); });
}

} // namespace keystone::gui
