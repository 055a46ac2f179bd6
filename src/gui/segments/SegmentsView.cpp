#include "gui/segments/SegmentsView.h"

#include "app/AnalyticsColumns.h"
#include "app/Workspace.h"
#include "domain/Errors.h"
#include "gui/common/Labels.h"
#include "gui/common/TableViews.h"
#include "gui/segments/ReportList.h"
#include "gui/segments/SegmentCharts.h"
#include "gui/segments/SegmentMatrixModel.h"
#include "gui/segments/SegmentsWorker.h"
#include "gui/segments/TransitionMatrixModel.h"
#include "ui_SegmentsView.h"

#include <QHeaderView>
#include <QLocale>
#include <QShowEvent>
#include <QThread>

namespace keystone::gui {

namespace {

using Kind = ReportTableModel::Kind;
using Spec = ReportTableModel::ColumnSpec;

QDate toQDate(Date date)
{
    return QDate(date.year(), date.month(), date.day());
}

Date fromQDate(const QDate& date)
{
    return Date::fromYmd(date.year(), date.month(), date.day()).value_or(Date{});
}

QString riskStateLabel(const std::string& key)
{
    if (key == "lost")
        return SegmentsView::tr("Lost");
    if (key == "at_risk")
        return SegmentsView::tr("At risk");
    return toQString(key);
}

QString reasonLabel(const std::string& key)
{
    if (key == "no sales")
        return SegmentsView::tr("No sales");
    if (key == "net zero")
        return SegmentsView::tr("Net zero");
    if (key == "net negative")
        return SegmentsView::tr("Net negative");
    return toQString(key);
}

QString cellOrAbsent(const std::string& cell)
{
    return cell == "-" ? SegmentsView::tr("not classified") : toQString(cell);
}

// Titles and kinds for the keys of app/AnalyticsColumns.h and of the lists built here.
std::vector<Spec> specsFor(const Table& table, bool margin)
{
    std::vector<Spec> specs;
    for (const auto& key : table.headers) {
        if (key == "account_name")
            specs.push_back({SegmentsView::tr("Name")});
        else if (key == "account_ref")
            specs.push_back({SegmentsView::tr("Reference")});
        else if (key == "owner")
            specs.push_back({SegmentsView::tr("Owner")});
        else if (key == "total")
            specs.push_back({margin ? SegmentsView::tr("Margin") : SegmentsView::tr("Revenue"), Kind::Money});
        else if (key == "share")
            specs.push_back({SegmentsView::tr("Share"), Kind::Share});
        else if (key == "cv")
            specs.push_back({SegmentsView::tr("CV"), Kind::Number});
        else if (key == "cell")
            specs.push_back({SegmentsView::tr("Cell")});
        else if (key == "flags")
            specs.push_back({SegmentsView::tr("Flags")});
        else if (key == "reason")
            specs.push_back({SegmentsView::tr("Reason"), Kind::Text, reasonLabel});
        else if (key == "state")
            specs.push_back({SegmentsView::tr("State"), Kind::Text, riskStateLabel});
        else if (key == "last_purchase")
            specs.push_back({SegmentsView::tr("Last purchase")});
        else if (key == "days_since")
            specs.push_back({SegmentsView::tr("Days since"), Kind::Count});
        else if (key == "median_interval")
            specs.push_back({SegmentsView::tr("Median interval (days)"), Kind::Number});
        else if (key == "last_month_revenue")
            specs.push_back({SegmentsView::tr("Last month"), Kind::Money});
        else if (key == "average_revenue")
            specs.push_back({SegmentsView::tr("Monthly average"), Kind::Money});
        else if (key == "year_revenue")
            specs.push_back({SegmentsView::tr("Revenue of their last year"), Kind::Money});
        else if (key == "went_to")
            specs.push_back({SegmentsView::tr("Went to")});
        else if (key == "offer")
            specs.push_back({SegmentsView::tr("Offer")});
        else if (key == "month")
            specs.push_back({SegmentsView::tr("Month")});
        else if (key == "lost")
            specs.push_back({SegmentsView::tr("Lost"), Kind::Count});
        else if (key == "previous_year_revenue")
            specs.push_back({SegmentsView::tr("Their revenue in the year before"), Kind::Money});
        else if (key == "from")
            specs.push_back({SegmentsView::tr("From"), Kind::Text, cellOrAbsent});
        else if (key == "to")
            specs.push_back({SegmentsView::tr("To"), Kind::Text, cellOrAbsent});
        else if (key == "window_from")
            specs.push_back({SegmentsView::tr("Window from")});
        else if (key == "window_to")
            specs.push_back({SegmentsView::tr("Window to")});
        else if (key == "accounts")
            specs.push_back({SegmentsView::tr("Accounts"), Kind::Count});
        else if (key == "top1_share")
            specs.push_back({SegmentsView::tr("Top 1"), Kind::Share});
        else if (key == "top5_share")
            specs.push_back({SegmentsView::tr("Top 5"), Kind::Share});
        else if (key == "top10_share")
            specs.push_back({SegmentsView::tr("Top 10"), Kind::Share});
        else if (key == "herfindahl")
            specs.push_back({SegmentsView::tr("Herfindahl"), Kind::Index});
        else
            specs.push_back({toQString(key)});
    }
    return specs;
}

Cell textCell(std::string text)
{
    return Cell{std::move(text), false, false};
}

Cell numberCell(std::string text)
{
    return Cell{std::move(text), true, false};
}

} // namespace

SegmentsView::SegmentsView(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SegmentsView>()), m_matrix(new SegmentMatrixModel(this)),
      m_transitions(new TransitionMatrixModel(this))
{
    qRegisterMetaType<SegmentsAnswer>();
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("segmentsView"));
    m_ui->busyBar->hide();
    m_ui->parameterError->hide();

    m_ui->periodCombo->addItem(tr("Month"), QStringLiteral("month"));
    m_ui->periodCombo->addItem(tr("Quarter"), QStringLiteral("quarter"));
    m_ui->measureCombo->addItem(tr("Revenue"), QStringLiteral("revenue"));
    m_ui->measureCombo->addItem(tr("Margin"), QStringLiteral("margin"));

    m_ui->matrixTable->setModel(m_matrix);
    m_ui->matrixTable->setWordWrap(true);
    m_ui->matrixTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->matrixTable->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->matrixTable->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_ui->matrixTable->verticalHeader()->setDefaultAlignment(Qt::AlignCenter);
    // The chosen cell is drawn in bold by the model: a selection colour would hide its heat colour.
    m_ui->matrixTable->setSelectionMode(QAbstractItemView::NoSelection);

    m_ui->transitionTable->setModel(m_transitions);
    m_ui->transitionTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->transitionTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->transitionTable->setMaximumWidth(520);

    m_ui->cellAccounts->setEmptyText(tr("No accounts in this cell."));
    m_ui->riskList->setTitle(tr("Lost: no purchase for the lost threshold. At risk: a long gap against their "
                                "habit, or last month far below their average. Lost first, then by revenue."));
    m_ui->riskList->setEmptyText(tr("No account is at risk or lost."));
    m_ui->winBackList->setTitle(tr("Lost accounts worth winning back, by the revenue of their last year; the "
                                   "offer is the title of their open follow-up due last."));
    m_ui->winBackList->setEmptyText(tr("No lost accounts."));
    m_ui->churnList->setEmptyText(tr("No months."));
    m_ui->moversList->setEmptyText(tr("No account changed cell."));
    m_ui->concentrationList->setTitle(tr("The same window moved back a month at a time:"));

    for (auto* list : {m_ui->cellAccounts, m_ui->riskList, m_ui->winBackList, m_ui->moversList})
        connect(list, &ReportList::accountActivated, this, &SegmentsView::accountActivated);

    connect(m_ui->recomputeButton, &QPushButton::clicked, this, &SegmentsView::recompute);
    connect(m_ui->defaultsButton, &QPushButton::clicked, this, [this] {
        resetParameters();
        recompute();
    });
    for (auto* spin : {m_ui->abcAEdit, m_ui->abcBEdit, m_ui->xyzXEdit, m_ui->xyzYEdit})
        connect(spin, &QAbstractSpinBox::editingFinished, this, [this, spin] {
            if (spin->hasFocus())
                recompute(); // Enter, not leaving the field
        });
    for (auto* date : {m_ui->fromEdit, m_ui->toEdit})
        connect(date, &QAbstractSpinBox::editingFinished, this, [this, date] {
            if (date->hasFocus())
                recompute();
        });
    connect(m_ui->periodCombo, &QComboBox::activated, this, &SegmentsView::recompute);
    connect(m_ui->measureCombo, &QComboBox::activated, this, &SegmentsView::recompute);

    const auto cellChosen = [this](const QModelIndex& index) {
        if (index.isValid())
            showCell(index.row(), index.column());
    };
    connect(m_ui->matrixTable, &QTableView::clicked, this, cellChosen);
    connect(m_ui->matrixTable->selectionModel(), &QItemSelectionModel::currentChanged, this, cellChosen);
    connect(m_ui->unclassifiedButton, &QPushButton::clicked, this, &SegmentsView::showUnclassified);
    connect(m_ui->beforeCombo, &QComboBox::activated, this, &SegmentsView::compareChosenSnapshots);
    connect(m_ui->afterCombo, &QComboBox::activated, this, &SegmentsView::compareChosenSnapshots);
    m_ui->suggestionLabel->setText(tr("Choose a cell of the matrix."));
    m_ui->summaryLabel->setText(tr("Open a database to segment its accounts."));
}

SegmentsView::~SegmentsView()
{
    stopWorker();
}

ReportList* SegmentsView::cellList() const { return m_ui->cellAccounts; }
ReportList* SegmentsView::moversList() const { return m_ui->moversList; }
ReportList* SegmentsView::riskList() const { return m_ui->riskList; }
ReportList* SegmentsView::winBackList() const { return m_ui->winBackList; }

void SegmentsView::stopWorker()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_worker; // its thread has ended; it owns a database connection
    m_worker = nullptr;
    delete m_thread;
    m_thread = nullptr;
}

void SegmentsView::setWorkspace(Workspace* workspace)
{
    stopWorker();
    m_shown = m_pending; // drops answers still under way
    setBusy(false);
    m_workspace = workspace;
    m_answer.reset();
    m_listedCell.clear();
    m_matrix->clear();
    m_transitions->clear();
    showParameterError({});
    m_ui->unclassifiedLabel->clear();
    m_ui->unclassifiedButton->setEnabled(false);
    for (auto* list : {m_ui->cellAccounts, m_ui->riskList, m_ui->winBackList, m_ui->churnList, m_ui->moversList,
                       m_ui->concentrationList})
        list->setTable({}, {});
    m_ui->beforeCombo->clear();
    m_ui->afterCombo->clear();
    m_ui->movementInfo->clear();
    m_ui->downgradeLabel->clear();
    m_ui->concentrationLabel->clear();
    m_needsCompute = false;
    if (!workspace) {
        m_ui->summaryLabel->setText(tr("Open a database to segment its accounts."));
        return;
    }
    m_thread = new QThread;
    m_worker = new SegmentsWorker(workspace->path(), workspace->clock());
    m_worker->moveToThread(m_thread);
    connect(m_worker, &SegmentsWorker::answered, this, &SegmentsView::showAnswer, Qt::QueuedConnection);
    m_thread->start();
    resetParameters();
    m_ui->summaryLabel->setText(tr("Computing…"));
    m_needsCompute = true;
    if (isVisible())
        recompute();
}

void SegmentsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_needsCompute)
        recompute();
}

void SegmentsView::resetParameters()
{
    if (!m_workspace)
        return;
    showParameterError({});
    try {
        showParameters(Analytics(m_workspace->store(), m_workspace->clock()).parameters({}));
    } catch (const std::exception& e) {
        showParameterError(tr("The analytics settings cannot be used: %1").arg(QString::fromUtf8(e.what())));
    }
}

void SegmentsView::showParameterError(const QString& text)
{
    m_ui->parameterError->setText(text);
    m_ui->parameterError->setVisible(!text.isEmpty());
}

void SegmentsView::showParameters(const analytics::SegmentParameters& p)
{
    m_ui->fromEdit->setDate(toQDate(p.from));
    m_ui->toEdit->setDate(toQDate(p.to));
    m_ui->periodCombo->setCurrentIndex(p.period == analytics::Period::Quarter ? 1 : 0);
    m_ui->measureCombo->setCurrentIndex(p.measure == analytics::Measure::Margin ? 1 : 0);
    m_ui->abcAEdit->setValue(p.abcA / 100.0);
    m_ui->abcBEdit->setValue(p.abcB / 100.0);
    m_ui->xyzXEdit->setValue(p.xyzX * 100);
    m_ui->xyzYEdit->setValue(p.xyzY * 100);
}

bool SegmentsView::recompute()
{
    if (!m_workspace || !m_worker)
        return false;
    showParameterError({});
    QWidget* wrong = nullptr;
    QString problem;
    if (m_ui->toEdit->date() < m_ui->fromEdit->date()) {
        wrong = m_ui->toEdit;
        problem = tr("To: the window ends before it starts (From is %1).")
                      .arg(QLocale().toString(m_ui->fromEdit->date(), QLocale::ShortFormat));
    } else if (m_ui->abcAEdit->value() > m_ui->abcBEdit->value()) {
        wrong = m_ui->abcBEdit;
        problem = tr("ABC cut-offs: the second (end of B) must not be below the first (end of A).");
    } else if (m_ui->xyzXEdit->value() > m_ui->xyzYEdit->value()) {
        wrong = m_ui->xyzYEdit;
        problem = tr("XYZ limits: the second (end of Y) must not be below the first (end of X).");
    }
    if (wrong) {
        showParameterError(problem);
        wrong->setFocus(Qt::OtherFocusReason); // where the fix is typed
        return false;
    }
    SegmentRequest request;
    request.from = fromQDate(m_ui->fromEdit->date());
    request.to = fromQDate(m_ui->toEdit->date());
    request.period = analytics::parsePeriod(toStdString(m_ui->periodCombo->currentData().toString()));
    request.measure = analytics::parseMeasure(toStdString(m_ui->measureCombo->currentData().toString()));
    request.abc = std::pair{m_ui->abcAEdit->value(), m_ui->abcBEdit->value()};
    request.xyz = std::pair{m_ui->xyzXEdit->value(), m_ui->xyzYEdit->value()};
    analytics::SegmentParameters parameters;
    try {
        parameters = Analytics(m_workspace->store(), m_workspace->clock()).parameters(request);
    } catch (const std::exception& e) {
        showParameterError(QString::fromUtf8(e.what()));
        return false;
    }
    m_needsCompute = false;
    const quint64 generation = ++m_pending;
    SegmentsWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, generation, parameters] { worker->compute(generation, parameters); }, Qt::QueuedConnection);
    setBusy(true);
    return true;
}

void SegmentsView::setBusy(bool busy)
{
    m_ui->busyBar->setVisible(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void SegmentsView::showAnswer(const SegmentsAnswer& answer)
{
    if (answer.generation != m_pending)
        return; // a later request is under way; its answer will come
    m_shown = answer.generation;
    setBusy(false);
    if (!answer.error.isEmpty()) {
        m_ui->summaryLabel->setText(tr("The segmentation failed: %1").arg(answer.error));
        return;
    }
    m_answer = std::make_unique<SegmentsAnswer>(answer);
    const auto& result = m_answer->result;
    const auto& p = result.parameters;
    const QLocale locale;
    const bool margin = p.measure == analytics::Measure::Margin;
    const int classified = static_cast<int>(result.rows.size());
    const int unclassified = static_cast<int>(result.unclassified.size());
    m_ui->summaryLabel->setText(
        tr("%1 to %2, by %3, %4: %Ln account(s) classified, total %5.", nullptr, classified)
            .arg(locale.toString(toQDate(p.from), QLocale::ShortFormat),
                 locale.toString(toQDate(p.to), QLocale::ShortFormat),
                 p.period == analytics::Period::Quarter ? tr("quarter") : tr("month"),
                 margin ? tr("margin") : tr("revenue"), locale.toString(result.total.toDouble(), 'f', 2)));

    m_matrix->setResult(result);
    std::array<int, 3> reasons{};
    for (const auto& u : result.unclassified)
        ++reasons[static_cast<std::size_t>(u.reason)];
    m_ui->unclassifiedLabel->setText(
        unclassified == 0 ? tr("Every account is classified.")
                          : tr("Not classified: %Ln account(s) (no sales %1, net zero %2, net negative %3).", nullptr,
                               unclassified)
                                .arg(reasons[0])
                                .arg(reasons[1])
                                .arg(reasons[2]));
    m_ui->unclassifiedButton->setEnabled(unclassified > 0);
    // Keep showing the cell the user was looking at; start with AX.
    if (m_listedCell == QLatin1String("unclassified"))
        showUnclassified();
    else {
        const QString cell = m_listedCell.isEmpty() ? QStringLiteral("AX") : m_listedCell;
        const int row = cell.at(0).unicode() - u'A';
        const int column = cell.at(1).unicode() - u'X';
        const QSignalBlocker blocker(m_ui->matrixTable->selectionModel());
        m_ui->matrixTable->setCurrentIndex(m_matrix->index(row, column));
        showCell(row, column);
    }

    showPareto(m_ui->paretoChart, result);
    showCvDistribution(m_ui->cvChart, result);
    showRevenueByCell(m_ui->cellTimeChart, result);

    std::vector<AccountId> ids;
    for (const auto& r : m_answer->risk)
        ids.push_back(r.accountId);
    Table risk = riskTable(m_answer->risk);
    m_ui->riskList->setTable(risk, specsFor(risk, false), ids);
    ids.clear();
    for (const auto& r : m_answer->winBack)
        ids.push_back(r.accountId);
    Table winBack = winBackTable(m_answer->winBack);
    m_ui->winBackList->setTable(winBack, specsFor(winBack, false), ids);
    Table churn = churnTable(m_answer->churn);
    m_ui->churnList->setTable(churn, specsFor(churn, false));
    ::keystone::gui::showChurn(m_ui->churnChart, m_answer->churn);

    const auto& c = m_answer->concentration;
    m_ui->concentrationLabel->setText(
        tr("Over %Ln account(s) with a positive total: the largest brings %1%, the top 5 %2%, the top 10 %3%. "
           "Herfindahl index %4 (1 = one account holds everything; 1/n when n accounts are equal).",
           nullptr, c.accounts)
            .arg(locale.toString(c.top1 * 100, 'f', 2), locale.toString(c.top5 * 100, 'f', 2),
                 locale.toString(c.top10 * 100, 'f', 2), locale.toString(c.herfindahl, 'f', 4)));
    Table trend;
    trend.headers = {"window_from", "window_to", "accounts", "top1_share", "top5_share", "top10_share", "herfindahl"};
    for (const auto& point : m_answer->concentrationTrend)
        trend.rows.push_back({textCell(point.from.toIso()), textCell(point.to.toIso()),
                              numberCell(std::to_string(point.value.accounts)),
                              numberCell(fixed(point.value.top1, 6)), numberCell(fixed(point.value.top5, 6)),
                              numberCell(fixed(point.value.top10, 6)), numberCell(fixed(point.value.herfindahl, 6))});
    m_ui->concentrationList->setTable(trend, specsFor(trend, margin));
    showConcentrationTrend(m_ui->concentrationChart, m_answer->concentrationTrend);

    showSnapshots();
}

void SegmentsView::showCell(int row, int column)
{
    if (!m_answer || row < 0 || row > 2 || column < 0 || column > 2)
        return;
    const QString cell = cellName(row, column);
    const std::string key = toStdString(cell);
    m_listedCell = cell;
    m_matrix->setChosen(row, column);
    const auto& result = m_answer->result;
    Table table;
    table.headers = {"account_name", "account_ref", "owner", "total", "share", "cv", "cell", "flags"};
    std::vector<AccountId> ids;
    for (const auto& r : result.rows) {
        if (r.cell() != key)
            continue;
        table.rows.push_back({textCell(r.name), textCell(r.ref),
                              textCell(toStdString(m_answer->owners.value(r.accountId))),
                              numberCell(r.total.toString()), numberCell(fixed(r.share, 6)),
                              numberCell(fixed(r.cv, 4)), textCell(r.cell()), textCell(r.flags())});
        ids.push_back(r.accountId);
    }
    const auto& summary = m_matrix->summary(row, column);
    m_ui->cellAccounts->setTable(table, specsFor(table, result.parameters.measure == analytics::Measure::Margin),
                                 ids);
    m_ui->cellAccounts->setTitle(tr("%1: %Ln account(s), %2% of the total", nullptr, summary.accounts)
                                     .arg(cell, QLocale().toString(summary.share * 100, 'f', 2)));
    m_ui->suggestionBox->setTitle(tr("Suggested way of working in %1").arg(cell));
    m_ui->suggestionLabel->setText(cellSuggestion(cell));
}

void SegmentsView::showUnclassified()
{
    if (!m_answer)
        return;
    m_listedCell = QStringLiteral("unclassified");
    const auto& result = m_answer->result;
    Table table;
    table.headers = {"account_name", "account_ref", "owner", "total", "reason"};
    std::vector<AccountId> ids;
    for (const auto& u : result.unclassified) {
        table.rows.push_back({textCell(u.name), textCell(u.ref),
                              textCell(toStdString(m_answer->owners.value(u.accountId))),
                              numberCell(u.total.toString()), textCell(std::string(analytics::toKey(u.reason)))});
        ids.push_back(u.accountId);
    }
    m_matrix->setChosen(-1, -1);
    m_ui->cellAccounts->setTable(table, specsFor(table, result.parameters.measure == analytics::Measure::Margin),
                                 ids);
    m_ui->cellAccounts->setTitle(tr("Not classified: %Ln account(s) with no positive total in the window", nullptr,
                                    static_cast<int>(table.rows.size())));
    m_ui->suggestionBox->setTitle(tr("Suggested way of working"));
    m_ui->suggestionLabel->setText(
        tr("Not classified accounts bought nothing in the window, or returned as much as they bought. Check them "
           "in the Risk tab: they are lost, or about to be."));
}

void SegmentsView::showSnapshots()
{
    if (!m_answer)
        return;
    const QVariant older = m_ui->beforeCombo->currentData();
    const QVariant newer = m_ui->afterCombo->currentData();
    m_ui->beforeCombo->clear();
    m_ui->afterCombo->clear();
    for (const auto& s : m_answer->snapshots) {
        const QString text = tr("#%1 %2 (%3)").arg(s.id).arg(toQString(s.label), formatDateTime(s.takenAt));
        m_ui->beforeCombo->addItem(text, static_cast<qlonglong>(s.id));
        m_ui->afterCombo->addItem(text, static_cast<qlonglong>(s.id));
    }
    const int count = static_cast<int>(m_answer->snapshots.size());
    m_ui->beforeCombo->setEnabled(count >= 2);
    m_ui->afterCombo->setEnabled(count >= 2);
    if (count < 2) {
        m_transitions->clear();
        m_ui->moversList->setTable({}, {});
        m_ui->downgradeLabel->clear();
        m_ui->movementInfo->setText(
            count == 0 ? tr("No saved snapshots yet. Save one now and another later with "
                            "“keystone-cli segment --save”; this tab shows who moved between them.")
                       : tr("One saved snapshot: save another later with “keystone-cli segment --save” to "
                            "see who moved."));
        return;
    }
    // The newest two by default (the list is newest first); else what was chosen before.
    const int olderIndex = older.isValid() ? m_ui->beforeCombo->findData(older) : -1;
    const int newerIndex = newer.isValid() ? m_ui->afterCombo->findData(newer) : -1;
    m_ui->beforeCombo->setCurrentIndex(olderIndex >= 0 ? olderIndex : 1);
    m_ui->afterCombo->setCurrentIndex(newerIndex >= 0 ? newerIndex : 0);
    compareChosenSnapshots();
}

void SegmentsView::compareChosenSnapshots()
{
    if (m_ui->beforeCombo->currentIndex() < 0 || m_ui->afterCombo->currentIndex() < 0)
        return;
    compareSnapshots(m_ui->beforeCombo->currentData().toLongLong(), m_ui->afterCombo->currentData().toLongLong());
}

void SegmentsView::compareSnapshots(SnapshotId older, SnapshotId newer)
{
    if (!m_workspace)
        return;
    m_ui->downgradeLabel->clear();
    try {
        const auto diff = Analytics(m_workspace->store(), m_workspace->clock()).diff(older, newer);
        std::map<std::string, int> olderCells;
        if (auto snapshot = m_workspace->store().snapshots().find(older))
            for (const auto& row : snapshot->rows)
                ++olderCells[row.cell];
        m_transitions->setDiff(diff, olderCells);
        Table moves = movesTable(diff);
        std::vector<AccountId> ids;
        std::vector<bool> emphasis;
        QStringList downgraded;
        for (const auto& m : diff.moves) {
            ids.push_back(m.accountId.value_or(0));
            const bool down = isADowngrade(m.from, m.to);
            emphasis.push_back(down);
            if (down)
                downgraded << tr("%1 (%2 → %3)").arg(toQString(m.name), toQString(m.from), cellOrAbsent(m.to));
        }
        m_ui->moversList->setTable(moves, specsFor(moves, false), ids);
        m_ui->moversList->model()->setEmphasis(std::move(emphasis));
        const int moved = static_cast<int>(diff.moves.size());
        m_ui->movementInfo->setText(
            tr("%Ln account(s) changed cell; %1 stayed. Rows: the older snapshot's cells; columns: the newer one's.",
               nullptr, moved)
                .arg(diff.unchanged));
        if (!downgraded.isEmpty())
            m_ui->downgradeLabel->setText(tr("%Ln A account(s) moved down: %1", nullptr,
                                             static_cast<int>(downgraded.size()))
                                              .arg(downgraded.join(QStringLiteral("; "))));
    } catch (const std::exception& e) {
        m_transitions->clear();
        m_ui->moversList->setTable({}, {});
        m_ui->movementInfo->setText(tr("The snapshots cannot be compared: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace keystone::gui
