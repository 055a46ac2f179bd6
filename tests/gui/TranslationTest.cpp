// The Russian translation as a user meets it: menus, plural forms, Qt's own
// buttons, dates and money in the locale's formats; and English again after. In
// every language shipped, no two items of a menu share an accelerator.
#include "app/AccountBulk.h"
#include "app/Workspace.h"
#include "domain/Text.h"
#include "gui/accounts/AccountsView.h"
#include "gui/accounts/HandOverSummary.h"
#include "gui/common/Labels.h"
#include "gui/common/TableViews.h"
#include "gui/common/Translations.h"
#include "gui/main/MainWindow.h"
#include "gui/main/StoreCountsReader.h"
#include "gui/segments/SegmentMatrixModel.h"

#include "GuiFixture.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace keystone;
using namespace keystone::gui;

namespace {

// One language for one test case; English (as tests/gui/main.cpp sets it up) after
// it, whether the case passed or not, so no other test sees another language.
struct LanguageSession
{
    explicit LanguageSession(const QLocale& locale)
    {
        QLocale::setDefault(locale);
        language = installTranslations(QLocale());
    }
    ~LanguageSession()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslations(QLocale());
    }
    LanguageSession(const LanguageSession&) = delete;
    LanguageSession& operator=(const LanguageSession&) = delete;
    QString language;
};

struct RussianSession : LanguageSession
{
    RussianSession() : LanguageSession(QLocale(QLocale::Russian, QLocale::Russia)) {}
};

QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

QString actionText(const MainWindow& window, const QKeySequence& shortcut)
{
    for (const QAction* action : window.findChildren<QAction*>())
        if (action->shortcut() == shortcut)
            return action->text();
    return {};
}

// The accelerator letters of a menu's items that occur more than once, folded, each
// named with the menu ("&Accounts: m"); then the same for its submenus, at any depth.
QStringList clashingAccelerators(const QMenu& menu)
{
    QStringList seen;
    QStringList clashes;
    for (const QAction* action : menu.actions()) {
        const QString text = action->text();
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        if (action->menu())
            clashes << clashingAccelerators(*action->menu());
        if (action->isSeparator() || at < 0 || at + 1 >= text.size())
            continue;
        const QString letter = toQString(foldKey(toStdString(text.mid(at + 1, 1))));
        if (seen.contains(letter))
            clashes << menu.title() + QStringLiteral(": ") + letter;
        seen << letter;
    }
    return clashes;
}

// Every menu of the menu bar and their submenus, and the menu bar's own titles.
QStringList clashingAccelerators(const MainWindow& window)
{
    QMenu bar(QStringLiteral("menu bar"));
    for (QAction* menu : window.menuBar()->actions())
        bar.addAction(menu);
    return clashingAccelerators(bar);
}

// The languages Keystone ships a translation of (resources/translations), as codes.
QStringList shippedLanguages()
{
    QStringList codes;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("keystone_*.qm")});
    for (const QString& file : files)
        codes << file.mid(9, file.size() - 9 - 3);
    return codes;
}

FollowUp dueOn(Date due)
{
    FollowUp f;
    f.title = "Send the offer";
    f.dueDate = due;
    return f;
}

} // namespace

TEST_CASE("the Russian translation covers the menus and the lists", "[i18n]")
{
    test::DemoDatabase db;
    const RussianSession russian;
    REQUIRE(russian.language == QStringLiteral("ru"));

    MainWindow window(test::fixedClock());
    window.setInteractive(false);
    REQUIRE(window.openDatabase(QString::fromStdString(db.path().string())));
    CHECK(menuTitles(window) == QStringList({QStringLiteral("&Файл"), QStringLiteral("&Правка"),
                                             QStringLiteral("&Клиенты"), QStringLiteral("П&ереход"),
                                             QStringLiteral("&Справка")}));
    // Ctrl+N is New Account since accounts can be created in the app; New Database moved to Ctrl+Alt+N
    // (Ctrl+Shift+N is the People tab's Add Contact: two shortcuts on one key make both ambiguous).
    CHECK(actionText(window, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N)) ==
          QStringLiteral("&Создать базу данных…"));
    CHECK(actionText(window, QKeySequence::New) == QStringLiteral("&Новый клиент…"));
    CHECK(clashingAccelerators(window).isEmpty());
    CHECK(actionText(window, QKeySequence(Qt::CTRL | Qt::Key_D)) ==
          QStringLiteral("Отметить напоминание &выполненным"));
    // 30 demo accounts: the "many" form of Russian's three.
    // The accounts list's count (the Contacts screen has a countLabel of its own).
    const auto* accountsView = window.findChild<AccountsView*>();
    REQUIRE(accountsView != nullptr);
    const QString count = accountsView->findChild<QLabel*>(QStringLiteral("countLabel"))->text();
    INFO(count.toStdString());
    CHECK(count == QStringLiteral("30 клиентов"));
    REQUIRE(QTest::qWaitFor([&] { return !window.countsReader()->isBusy(); }, 30000));
    CHECK(window.findChild<QLabel*>(QStringLiteral("databaseCounts"))
              ->text()
              .startsWith(QStringLiteral("Клиентов: 30 · ")));
}

TEST_CASE("no menu of the main window has two items on one accelerator, in every language shipped", "[i18n]")
{
    test::DemoDatabase db;
    const QStringList languages = shippedLanguages();
    CHECK(languages.contains(QStringLiteral("en")));
    CHECK(languages.contains(QStringLiteral("ru")));
    for (const QString& code : languages) {
        const LanguageSession session{QLocale(code)};
        MainWindow window(test::fixedClock());
        window.setInteractive(false);
        REQUIRE(window.openDatabase(QString::fromStdString(db.path().string())));
        INFO("language " << code.toStdString() << ", clashes: "
                         << clashingAccelerators(window).join(QStringLiteral(", ")).toStdString());
        CHECK(session.language == code);
        CHECK(clashingAccelerators(window).isEmpty());
    }
}

// Free functions translate with QCoreApplication::translate and a context of their
// own; lupdate must file their texts under that same context, or they stay English.
TEST_CASE("the Russian translation reaches texts outside a class: segment advice and the hand-over summary", "[i18n]")
{
    test::DemoDatabase db;
    const RussianSession russian;
    CHECK(cellSuggestion(QStringLiteral("AX")).startsWith(QStringLiteral("Беречь и развивать")));

    Workspace ws(db.path(), test::fixedClock());
    // The manager of the first account hands over to another one.
    const auto accounts = ws.store().accounts().list({});
    REQUIRE(!accounts.empty());
    REQUIRE(accounts.front().ownerId);
    const ManagerId from = *accounts.front().ownerId;
    const auto managers = ws.store().managers().list();
    REQUIRE(managers.size() >= 2);
    const ManagerId to = managers.front().id == from ? managers[1].id : managers.front().id;
    const HandOverPlan plan = AccountBulk(ws).planHandOver(from, to);
    REQUIRE(!plan.accounts.empty());
    const QString html = handOverSummaryHtml(ws, plan);
    CHECK(html.contains(QStringLiteral("Передача клиентов: %1 → %2")
                            .arg(QString::fromStdString(plan.from.name).toHtmlEscaped(),
                                 QString::fromStdString(plan.to.name).toHtmlEscaped())));
    CHECK(html.contains(QStringLiteral("Ключевые лица")));
    CHECK(html.contains(QStringLiteral("передан")));
    CHECK_FALSE(html.contains(QStringLiteral("account(s)")));
}

TEST_CASE("Russian plurals take the form the number asks for", "[i18n]")
{
    const RussianSession russian;
    const Date today = *Date::fromYmd(2026, 6, 15);
    CHECK(followUpStateLabel(dueOn(today.addDays(-1)), today) == QStringLiteral("Просрочено на 1 день"));
    CHECK(followUpStateLabel(dueOn(today.addDays(-3)), today) == QStringLiteral("Просрочено на 3 дня"));
    CHECK(followUpStateLabel(dueOn(today.addDays(-11)), today) == QStringLiteral("Просрочено на 11 дней"));
    CHECK(followUpStateLabel(dueOn(today.addDays(-21)), today) == QStringLiteral("Просрочено на 21 день"));
    CHECK(followUpStateLabel(dueOn(today.addDays(22)), today) == QStringLiteral("Срок через 22 дня"));
    CHECK(followUpStateLabel(dueOn(today), today) == QStringLiteral("Срок сегодня"));
    // Large counts are grouped the Russian way.
    const QString grouped = QLocale().toString(1234);
    REQUIRE(grouped != QStringLiteral("1234"));
    CHECK(followUpStateLabel(dueOn(today.addDays(-1234)), today) ==
          QStringLiteral("Просрочено на ") + grouped + QStringLiteral(" дня"));
}

TEST_CASE("Qt's own buttons, dates and money follow the Russian locale", "[i18n]")
{
    const RussianSession russian;
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')) == QStringLiteral("Отмена"));

    CHECK(formatDate(*Date::fromYmd(2026, 6, 5)) == QStringLiteral("05.06.2026"));
    const QString group = QLocale().groupSeparator(); // U+00A0 in Russian
    CHECK(formatMoney(Money::fromUnits(12'345'675'000)) ==
          QStringLiteral("1") + group + QStringLiteral("234") + group + QStringLiteral("567,50"));
    CHECK(formatMoney(Money::fromUnits(-10'700)) == QLocale().negativeSign() + QStringLiteral("1,07"));
}

TEST_CASE("money is shown rounded to cents in the user's locale, never altered", "[i18n]")
{
    // tests/gui/main.cpp fixes English (United States).
    CHECK(formatMoney(Money::fromUnits(12'345'675'000)) == QStringLiteral("1,234,567.50"));
    CHECK(formatMoney(Money::fromUnits(5)) == QStringLiteral("0.00"));
    CHECK(formatMoney(Money::fromUnits(50)) == QStringLiteral("0.01"));
    CHECK(formatMoney(Money::fromUnits(-50)) == QStringLiteral("-0.01"));
    CHECK(formatMoney(Money::fromUnits(-49)) == QStringLiteral("0.00"));
    CHECK(formatMoney(Money::fromMajor(-1000)) == QStringLiteral("-1,000.00"));
    CHECK(formatMoney(Money::fromUnits(10'700)) == QStringLiteral("1.07"));
}

TEST_CASE("English comes back after another language, with its plural forms", "[i18n]")
{
    {
        const RussianSession russian;
        CHECK(QCoreApplication::translate("keystone::gui::MainActions", "&File") == QStringLiteral("&Файл"));
    }
    CHECK(QCoreApplication::translate("keystone::gui::MainActions", "&File") == QStringLiteral("&File"));
    const Date today = *Date::fromYmd(2026, 6, 15);
    CHECK(followUpStateLabel(dueOn(today.addDays(-1)), today) == QStringLiteral("Overdue by 1 day"));
    CHECK(followUpStateLabel(dueOn(today.addDays(-3)), today) == QStringLiteral("Overdue by 3 days"));
    // A language Keystone has no translation for gets English, and no Qt texts in
    // that language either.
    CHECK(installTranslations(QLocale(QLocale::German, QLocale::Germany)) == QStringLiteral("en"));
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')) == QStringLiteral("Cancel"));
    installTranslations(QLocale());
}

TEST_CASE("table cells keep their own writing direction whatever the layout's", "[i18n]")
{
    QTableView table;
    makeCompact(&table);
    CHECK(dynamic_cast<OwnDirectionDelegate*>(table.itemDelegate()) != nullptr);

    // Cyrillic in a right-to-left window: shaped left to right, still at the right.
    QStyleOptionViewItem cyrillic;
    cyrillic.text = QStringLiteral("АО «Уралтехснаб»");
    cyrillic.direction = Qt::RightToLeft;
    cyrillic.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    OwnDirectionDelegate::applyOwnDirection(cyrillic);
    CHECK(cyrillic.direction == Qt::LeftToRight);
    CHECK(cyrillic.displayAlignment == (Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter));

    // Hebrew in a left-to-right window: shaped right to left, still at the left.
    QStyleOptionViewItem hebrew;
    hebrew.text = QStringLiteral("דוד לוי");
    hebrew.direction = Qt::LeftToRight;
    hebrew.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    OwnDirectionDelegate::applyOwnDirection(hebrew);
    CHECK(hebrew.direction == Qt::RightToLeft);
    CHECK(hebrew.displayAlignment == (Qt::AlignLeft | Qt::AlignAbsolute | Qt::AlignVCenter));

    // Text in the layout's own direction, and cells with an icon, are left alone.
    QStyleOptionViewItem english;
    english.text = QStringLiteral("Sent the offer.");
    english.direction = Qt::LeftToRight;
    english.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    OwnDirectionDelegate::applyOwnDirection(english);
    CHECK(english.direction == Qt::LeftToRight);
    CHECK(english.displayAlignment == (Qt::AlignLeft | Qt::AlignVCenter));
    QStyleOptionViewItem withIcon = cyrillic;
    withIcon.direction = Qt::RightToLeft;
    withIcon.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    withIcon.features |= QStyleOptionViewItem::HasDecoration;
    OwnDirectionDelegate::applyOwnDirection(withIcon);
    CHECK(withIcon.direction == Qt::RightToLeft);
}
