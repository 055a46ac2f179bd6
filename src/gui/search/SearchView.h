// The global search's results, in a tab of the main window. Queries are
// debounced while the user types and run on a worker thread; only the answer to
// the latest query is shown. Enter or a double-click opens the hit's account.
#pragma once

#include "domain/Date.h"
#include "domain/Ids.h"

#include <QWidget>
#include <filesystem>

class QLabel;
class QTableView;
class QThread;
class QTimer;

namespace keystone::gui {

class SearchResultModel;
class SearchWorker;
struct SearchAnswer;

class SearchView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 150;

    // The clock must outlive the view.
    explicit SearchView(const Clock& clock, QWidget* parent = nullptr);
    ~SearchView() override;

    // The database to search; an empty path stops searching.
    void setDatabase(const std::filesystem::path& path);
    // Searches for `text` once the user pauses typing.
    void setQuery(const QString& text);
    QString query() const { return m_query; }
    // Opens the selected hit's account, else the first; false when there is none.
    bool activateCurrent();
    SearchResultModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // True while a query waits for its answer.
    bool isBusy() const { return m_pending != m_shown; }

signals:
    void accountActivated(keystone::AccountId id);

private:
    void runQuery();
    void showAnswer(const SearchAnswer& answer);
    void stopWorker();

    const Clock& m_clock;
    SearchResultModel* m_model;
    QTableView* m_table;
    QLabel* m_info;
    QTimer* m_debounce;
    QThread* m_thread = nullptr;
    SearchWorker* m_worker = nullptr;
    QString m_query;
    quint64 m_pending = 0; // the generation of the latest query sent
    quint64 m_shown = 0;   // the generation of the answer shown
};

} // namespace keystone::gui
