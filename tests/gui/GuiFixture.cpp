#include "GuiFixture.h"

#include "app/DemoGenerator.h"
#include "gui/main/MainWindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

namespace keystone::test {

const Clock& fixedClock()
{
    static const FixedClock clock(DateTime::fromDate(*Date::fromYmd(2026, 6, 15), 12));
    return clock;
}

void openAndShow(gui::MainWindow& window, const DemoDatabase& db)
{
    REQUIRE(window.openDatabase(QString::fromStdString(db.path().string())));
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

DemoDatabase::DemoDatabase() : m_path(m_dir / "demo.db")
{
    Workspace workspace(m_path, fixedClock());
    DemoGenerator(workspace.store(), DemoOptions{30, 2, 1}).run();
}

DemoWindow::DemoWindow()
{
    window.setInteractive(false);
    REQUIRE(window.openDatabase(QString::fromStdString(db.path().string())));
}

void readAfterAnotherOpens(gui::MainWindow& window, const DemoDatabase& other, QAbstractItemModel* model,
                           const QKeySequence& shortcut, const std::function<bool()>& loading)
{
    REQUIRE(window.openDatabase(QString::fromStdString(other.path().string())));
    CHECK(model->rowCount() == 0);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QTest::keySequence(&window, shortcut);
    REQUIRE(loading());
    REQUIRE(QTest::qWaitFor([&] { return !loading(); }, 30000));
    CHECK(resets.count() == 1);
}

} // namespace keystone::test
