// The Segments screen over the demo database: the matrix shows what the app's
// Analytics computes for the same request, a cell lists exactly its accounts,
// the movement table matches the diff of two saved snapshots, and an answer to
// an older request never replaces a newer one.
#include "GuiFixture.h"
#include "app/Analytics.h"
#include "gui/main/MainWindow.h"
#include "gui/segments/ReportList.h"
#include "gui/segments/SegmentMatrixModel.h"
#include "gui/segments/SegmentsView.h"
#include "gui/segments/SegmentsWorker.h"
#include "gui/segments/TransitionMatrixModel.h"
#include "interchange/CsvReader.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFont>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>
#include <algorithm>
#include <fstream>
#include <set>

using namespace keystone;
using namespace keystone::gui;

namespace {

struct OpenSegments
{
    test::DemoDatabase db;
    MainWindow window{test::fixedClock()};
    SegmentsView* view = nullptr;

    OpenSegments()
    {
        window.setInteractive(false);
        test::openAndShow(window, db);
        // Built when first shown: every test here works through a view built that way.
        REQUIRE(window.findChild<SegmentsView*>() == nullptr);
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_3));
        view = window.findChild<SegmentsView*>();
        REQUIRE(view != nullptr);
        REQUIRE(view == window.segmentsView());
        REQUIRE(view->isVisible());
        REQUIRE(window.findChild<QTabWidget*>(QStringLiteral("tabs"))->currentWidget() == view->parentWidget());
        waitForAnswer();
    }

    // The worker answers from its own thread; wait for it (generously, never as a check on speed).
    void waitForAnswer()
    {
        REQUIRE(QTest::qWaitFor([this] { return !view->isBusy() && view->answer() != nullptr; }, 60000));
    }

    Analytics analytics() { return Analytics(window.workspace()->store(), window.workspace()->clock()); }
};

void checkMatrixMatches(const SegmentMatrixModel& model, const analytics::SegmentResult& expected)
{
    for (int row = 0; row < 3; ++row)
        for (int column = 0; column < 3; ++column) {
            const auto& cell = expected.cells[static_cast<std::size_t>(row * 3 + column)];
            const QModelIndex index = model.index(row, column);
            INFO("cell " << cell.cell);
            CHECK(index.data(SegmentMatrixModel::CellRole).toString().toStdString() == cell.cell);
            CHECK(index.data(SegmentMatrixModel::AccountsRole).toInt() == cell.accounts);
            CHECK(index.data(SegmentMatrixModel::ShareRole).toDouble() == Approx(cell.share).margin(1e-12));
            CHECK_FALSE(index.data(SegmentMatrixModel::SuggestionRole).toString().isEmpty());
        }
}

std::multiset<std::string> refsOfCell(const analytics::SegmentResult& result, const std::string& cell)
{
    std::multiset<std::string> refs;
    for (const auto& r : result.rows)
        if (r.cell() == cell)
            refs.insert(r.ref);
    return refs;
}

std::multiset<std::string> refsListed(const ReportList& list)
{
    std::multiset<std::string> refs;
    const auto& table = list.model()->table();
    const auto column = static_cast<std::size_t>(
        std::find(table.headers.begin(), table.headers.end(), "account_ref") - table.headers.begin());
    for (int row = 0; row < list.filterModel()->rowCount(); ++row) {
        const int source = list.filterModel()->mapToSource(list.filterModel()->index(row, 0)).row();
        refs.insert(table.rows[static_cast<std::size_t>(source)][column].text);
    }
    return refs;
}

} // namespace

TEST_CASE("the segments matrix shows the counts and shares of the analytics, and a cell lists its accounts",
          "[segments]")
{
    OpenSegments o;
    SegmentMatrixModel* matrix = o.view->matrixModel();
    QAbstractItemModelTester matrixTester(matrix, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ReportList* list = o.view->cellList();
    QAbstractItemModelTester listTester(list->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester filterTester(list->filterModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    Analytics analytics = o.analytics();
    const auto expected = analytics.segment(analytics.parameters({}));
    REQUIRE(expected.rows.size() > 5);
    checkMatrixMatches(*matrix, expected);
    CHECK(o.view->answer()->result.rows.size() == expected.rows.size());
    CHECK(o.view->answer()->result.unclassified.size() == expected.unclassified.size());

    // The most populated cell, clicked as a user would.
    int best = 0;
    for (int i = 1; i < 9; ++i)
        if (expected.cells[static_cast<std::size_t>(i)].accounts > expected.cells[static_cast<std::size_t>(best)].accounts)
            best = i;
    const std::string cell = expected.cells[static_cast<std::size_t>(best)].cell;
    auto* table = o.window.findChild<QTableView*>(QStringLiteral("matrixTable"));
    REQUIRE(table);
    const QModelIndex index = matrix->index(best / 3, best % 3);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    CHECK(o.view->listedCell().toStdString() == cell);
    CHECK(refsListed(*list) == refsOfCell(expected, cell));
    CHECK(list->model()->rowCount() == expected.cells[static_cast<std::size_t>(best)].accounts);
    // The chosen cell is drawn bold; the others are not.
    for (int i = 0; i < 9; ++i)
        CHECK(matrix->index(i / 3, i % 3).data(Qt::FontRole).value<QFont>().bold() == (i == best));

    SECTION("arrow keys choose a cell too")
    {
        table->setFocus();
        const int row = best / 3;
        const int column = best % 3;
        const int otherColumn = column == 0 ? 1 : column - 1;
        QTest::keyClick(table, column == 0 ? Qt::Key_Right : Qt::Key_Left);
        const std::string other = expected.cells[static_cast<std::size_t>(row * 3 + otherColumn)].cell;
        CHECK(o.view->listedCell().toStdString() == other);
        CHECK(refsListed(*list) == refsOfCell(expected, other));
    }
    SECTION("the list filters by folded text and exports the rows shown")
    {
        const auto& first = o.view->answer()->result.rows;
        std::string name;
        for (const auto& r : first)
            if (r.cell() == cell) {
                name = r.name;
                break;
            }
        REQUIRE_FALSE(name.empty());
        const QString word = QString::fromStdString(name).section(QLatin1Char(' '), 0, 0).toUpper();
        list->setFilterText(word);
        const int shown = list->filterModel()->rowCount();
        CHECK(shown >= 1);
        CHECK(shown <= list->model()->rowCount());

        const auto file = o.db.dir() / "cell.csv";
        list->exportVisible(file, csv::WriterOptions{});
        std::ifstream in(file, std::ios::binary);
        csv::CsvReader reader(in, file.string());
        CHECK(reader.header() ==
              std::vector<std::string>{"account_name", "account_ref", "owner", "total", "share", "cv", "cell", "flags"});
        csv::Record record;
        int rows = 0;
        while (reader.next(record)) {
            CHECK(record.fields.at(6) == cell);
            ++rows;
        }
        CHECK(rows == shown);
    }
    SECTION("the unclassified accounts are listed apart with their reason")
    {
        o.view->showUnclassified();
        CHECK(o.view->listedCell() == QStringLiteral("unclassified"));
        CHECK(list->model()->rowCount() == static_cast<int>(expected.unclassified.size()));
    }
}

TEST_CASE("changed parameters are computed again and a stale answer never replaces a newer one", "[segments]")
{
    OpenSegments o;
    auto* abcA = o.window.findChild<QDoubleSpinBox*>(QStringLiteral("abcAEdit"));
    auto* abcB = o.window.findChild<QDoubleSpinBox*>(QStringLiteral("abcBEdit"));
    auto* xyzX = o.window.findChild<QDoubleSpinBox*>(QStringLiteral("xyzXEdit"));
    REQUIRE(abcA);
    CHECK(abcA->value() == 80); // the settings' defaults
    CHECK(abcB->value() == 95);
    CHECK(xyzX->value() == 50);

    // Two requests in a row: the first answer arrives while the second is under way and is dropped.
    REQUIRE(o.view->recompute());
    abcA->setValue(50);
    xyzX->setValue(30);
    REQUIRE(o.view->recompute());
    o.waitForAnswer();
    Analytics analytics = o.analytics();
    SegmentRequest request;
    request.abc = std::pair{50.0, 95.0};
    request.xyz = std::pair{30.0, 100.0};
    const auto expected = analytics.segment(analytics.parameters(request));
    CHECK(o.view->answer()->result.parameters.abcA == 5000);
    checkMatrixMatches(*o.view->matrixModel(), expected);

    SECTION("thresholds out of order are refused beside the fields, keeping what was typed")
    {
        abcA->setValue(97);
        CHECK_FALSE(o.view->recompute());
        auto* error = o.window.findChild<QLabel*>(QStringLiteral("parameterError"));
        CHECK(error->text().startsWith(QStringLiteral("ABC cut-offs")));
        CHECK(abcA->value() == 97);
        CHECK_FALSE(o.view->isBusy());
        abcA->setValue(80);
        CHECK(o.view->recompute());
        CHECK(error->text().isEmpty());
        o.waitForAnswer();
    }
}

TEST_CASE("the movement table matches the diff of two snapshots saved with different thresholds", "[segments]")
{
    OpenSegments o;
    Analytics analytics = o.analytics();
    const auto older = analytics.save(analytics.segment(analytics.parameters({})), "defaults").snapshot;
    SegmentRequest request;
    request.abc = std::pair{50.0, 80.0};
    request.xyz = std::pair{30.0, 60.0};
    const auto newer = analytics.save(analytics.segment(analytics.parameters(request)), "narrow").snapshot;
    const auto diff = analytics.diff(older.id, newer.id);
    REQUIRE_FALSE(diff.moves.empty());

    REQUIRE(o.view->recompute()); // reads the snapshots list again
    o.waitForAnswer();
    REQUIRE(o.view->answer()->snapshots.size() == 2);
    TransitionMatrixModel* transitions = o.view->transitionModel();
    QAbstractItemModelTester tester(transitions, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ReportList* movers = o.view->moversList();
    QAbstractItemModelTester moversTester(movers->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    // The newest two are compared by default, the older first.
    int moved = 0;
    for (const auto& t : diff.transitions) {
        INFO(t.from << " -> " << t.to);
        CHECK(transitions->count(t.from, t.to) == t.accounts);
        moved += t.accounts;
    }
    int offDiagonal = 0;
    int diagonal = 0;
    for (int r = 0; r < TransitionMatrixModel::kSize; ++r)
        for (int c = 0; c < TransitionMatrixModel::kSize; ++c) {
            const int n = transitions->index(r, c).data(Qt::UserRole).toInt();
            (r == c && r < TransitionMatrixModel::kSize - 1 ? diagonal : offDiagonal) += n;
        }
    CHECK(offDiagonal == moved);
    CHECK(diagonal == diff.unchanged);
    CHECK(movers->model()->rowCount() == static_cast<int>(diff.moves.size()));

    // Narrower A: some A accounts went down, and are called out.
    int downgrades = 0;
    for (const auto& m : diff.moves)
        if (isADowngrade(m.from, m.to))
            ++downgrades;
    CHECK(downgrades > 0);
    auto* label = o.window.findChild<QLabel*>(QStringLiteral("downgradeLabel"));
    CHECK(label->text().contains(QString::number(downgrades)));
    int emphasised = 0;
    for (int row = 0; row < movers->model()->rowCount(); ++row)
        if (movers->model()->index(row, 0).data(Qt::FontRole).isValid())
            ++emphasised;
    CHECK(emphasised == downgrades);
}

TEST_CASE("the risk, churn and win-back lists show what the analytics return", "[segments]")
{
    OpenSegments o;
    Analytics analytics = o.analytics();
    const Date today = test::fixedClock().today();
    const auto risk = analytics.risk(today);
    const auto winBack = analytics.winBack(today);
    QAbstractItemModelTester tester(o.view->riskList()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE_FALSE(risk.empty());
    REQUIRE(o.view->riskList()->model()->rowCount() == static_cast<int>(risk.size()));
    for (std::size_t i = 0; i < risk.size(); ++i) {
        CHECK(o.view->riskList()->model()->table().rows[i][0].text == risk[i].ref);
        CHECK(o.view->riskList()->model()->index(static_cast<int>(i), 0).data(ReportTableModel::AccountIdRole)
                  .toLongLong() == risk[i].accountId);
    }
    CHECK(o.view->winBackList()->model()->rowCount() == static_cast<int>(winBack.size()));
    const auto& answer = *o.view->answer();
    CHECK(answer.churn.size() == 12);
    CHECK(answer.concentrationTrend.size() == SegmentsWorker::kTrendWindows + 1);
    CHECK(answer.concentrationTrend.back().value.top1 == Approx(answer.concentration.top1));
}

// What one recompute costs the worker on a big database (never run by ctest):
//   keystone-cli --db /tmp/big.db demo --accounts 2000
//   KEYSTONE_PERF_DB=/tmp/big.db build/tests/gui/test_gui "[segments-perf]"
TEST_CASE("the segments worker's computation on a big database", "[.segments-perf]")
{
    const QByteArray path = qgetenv("KEYSTONE_PERF_DB");
    if (path.isEmpty())
        FAIL("set KEYSTONE_PERF_DB to a database with many accounts");
    static const SystemClock clock;
    OpenOptions options;
    options.readOnly = true;
    options.create = false;
    Workspace ws(path.toStdString(), clock, options);
    const auto parameters = Analytics(ws.store(), clock).parameters({});
    std::string report;
    for (int run = 1; run <= 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const SegmentsAnswer answer = computeSegments(ws, parameters);
        report += "run " + std::to_string(run) + ": " + std::to_string(timer.elapsed()) + " ms, " +
                  std::to_string(answer.result.rows.size()) + " classified, " +
                  std::to_string(answer.result.unclassified.size()) + " not, " + std::to_string(answer.risk.size()) +
                  " at risk or lost\n";
        CHECK(answer.error.isEmpty());
    }
    WARN(report);
}
