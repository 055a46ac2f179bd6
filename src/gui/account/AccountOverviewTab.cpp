#include "gui/account/AccountOverviewTab.h"

#include "app/AccountBulk.h"
#include "app/Analytics.h"
#include "gui/account/AccountEditor.h"
#include "gui/account/RevenueChart.h"
#include "gui/common/Labels.h"
#include "gui/common/ProblemText.h"
#include "gui/segments/SegmentMatrixModel.h"
#include "ui_AccountOverviewTab.h"

#include <QLocale>
#include <QMessageBox>
#include <QStringList>
#include <algorithm>

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

} // namespace

AccountOverviewTab::AccountOverviewTab(Workspace& workspace, AccountEdits edits, QWidget* parent)
    : AccountEditingTab(workspace, std::move(edits), parent), m_ui(std::make_unique<Ui::AccountOverviewTab>())
{
    m_ui->setupUi(this);
    connect(m_ui->editAccountButton, &QPushButton::clicked, this, &AccountOverviewTab::editAccount);
    connect(m_ui->scoreValue, &QLabel::linkActivated, this, &AccountOverviewTab::computeScore);
    m_chart = new RevenueChart(m_ui->revenueBox);
    m_chart->setCompact(true);
    m_ui->revenueLayout->addWidget(m_chart);
}

AccountOverviewTab::~AccountOverviewTab() = default;

void AccountOverviewTab::showDetails(const AccountDetails& d)
{
    const Account& a = d.account;
    m_account = a;
    const Date today = m_workspace.clock().today();
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
        QString text = days < 0 ? tr("%1, overdue by %Ln day(s)", nullptr, -days)
                                : tr("%1, in %Ln day(s)", nullptr, days);
        text = text.arg(formatDate(*d.nextFollowUp));
        m_ui->nextFollowUpValue->setText(
            days < 0
                ? QStringLiteral("<span style=\"color:#b3261e\"><b>%1</b></span>").arg(text.toHtmlEscaped())
                : text.toHtmlEscaped());
    } else {
        m_ui->nextFollowUpValue->setText(tr("none open"));
    }
    showDossierState(d.dossier);
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
    if (const auto it = cells.find(a.id); it != cells.end()) {
        const QString cell = toQString(it->second);
        const QString suggestion = cellSuggestion(cell);
        m_ui->segmentValue->setText(suggestion.isEmpty() ? cell : tr("%1. %2").arg(cell, suggestion));
    } else {
        m_ui->segmentValue->setText(cells.empty()
                                        ? tr("no segmentation saved yet (Segments > Save Snapshot…, or "
                                             "keystone-cli segment --save)")
                                        : tr("not classified in the latest saved segmentation"));
    }
}

void AccountOverviewTab::showDossierState(const Dossier& dossier)
{
    m_ui->dossierStateValue->setText(
        tr("%1 of %2 sections filled").arg(dossier.filledSections()).arg(Dossier::kSections));
}

void AccountOverviewTab::showRevenue(const std::vector<AccountMonth>& months)
{
    m_chart->setMonths(months, RevenueChart::Period::Month, 12, m_workspace.clock().today());
}

void AccountOverviewTab::computeScore()
{
    const AccountId id = m_edits.account();
    try {
        Analytics analytics(m_workspace.store(), m_workspace.clock());
        const auto rows = analytics.score(analytics.parameters(SegmentRequest{}));
        const auto it =
            std::find_if(rows.begin(), rows.end(), [id](const auto& r) { return r.accountId == id; });
        if (it == rows.end()) {
            m_ui->scoreValue->setText(tr("not scored: no revenue and no counted interaction in the window"));
            return;
        }
        const QString factorNames[analytics::kScoreFactors] = {
            tr("volume"),     tr("purchase frequency"), tr("modification requests"),
            tr("beta tests"), tr("feedback"),           tr("growth")};
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
        m_ui->scoreValue->setText(
            tr("The score could not be computed: %1").arg(errorText(e).toHtmlEscaped()));
    }
}

AccountEditor* AccountOverviewTab::editAccount()
{
    std::vector<Account> accounts;
    std::vector<Manager> managers;
    try {
        for (auto& row : m_workspace.listAccounts(AccountQuery{}))
            accounts.push_back(std::move(row.account));
        managers = m_workspace.store().managers().list();
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Cannot Edit Account"), errorText(e));
        return nullptr;
    }
    auto* editor = new AccountEditor([this](const Account& a) { saveAccount(a); }, this);
    editor->setAccount(m_account, managers, accounts);
    editor->openWindowModal(m_interactive);
    return editor;
}

void AccountOverviewTab::saveAccount(const Account& account)
{
    const Account before = m_account;
    const Account saved =
        AccountEditing(m_workspace).saveAccount(account); // throws into the editor, which shows it
    emit written();
    emit edited(m_edits.changed(tr("Edit Account %1").arg(toQString(saved.name)), before, saved));
}

} // namespace keystone::gui
