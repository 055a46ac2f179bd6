#include "gui/search/SearchView.h"

#include "gui/common/TableViews.h"
#include "gui/search/SearchResultModel.h"
#include "gui/search/SearchWorker.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace keystone::gui {

SearchView::SearchView(const Clock& clock, QWidget* parent)
    : QWidget(parent), m_clock(clock), m_model(new SearchResultModel(this)), m_table(new QTableView(this)),
      m_info(new QLabel(this)), m_debounce(new QTimer(this))
{
    qRegisterMetaType<SearchAnswer>();
    setObjectName(QStringLiteral("searchView"));
    m_table->setObjectName(QStringLiteral("searchResults"));
    m_info->setObjectName(QStringLiteral("searchInfo"));
    m_table->setModel(m_model);
    makeCompact(m_table);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addWidget(m_table, 1);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchView::runQuery);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit accountActivated(index.data(SearchResultModel::AccountIdRole).toLongLong());
    });
    m_info->setText(tr("Type to search accounts, people, interactions and dossiers."));
}

SearchView::~SearchView()
{
    stopWorker();
}

void SearchView::stopWorker()
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

void SearchView::setDatabase(const std::filesystem::path& path)
{
    stopWorker();
    m_debounce->stop();
    m_shown = m_pending; // drops answers still under way
    m_model->setHits({}, {});
    if (path.empty())
        return;
    m_thread = new QThread;
    m_worker = new SearchWorker(path, m_clock);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &SearchWorker::answered, this, &SearchView::showAnswer, Qt::QueuedConnection);
    m_thread->start();
    if (!m_query.trimmed().isEmpty())
        m_debounce->start();
}

void SearchView::setQuery(const QString& text)
{
    m_query = text;
    m_debounce->start();
}

void SearchView::runQuery()
{
    const QString text = m_query.trimmed();
    if (text.isEmpty() || !m_worker) {
        m_shown = m_pending;
        m_model->setHits({}, {});
        m_info->setText(tr("Type to search accounts, people, interactions and dossiers."));
        return;
    }
    const quint64 generation = ++m_pending;
    SearchWorker* worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, generation, text] { worker->search(generation, text); },
                              Qt::QueuedConnection);
}

void SearchView::showAnswer(const SearchAnswer& answer)
{
    if (answer.generation != m_pending)
        return; // a later query is under way; its answer will come
    m_shown = answer.generation;
    const int count = static_cast<int>(answer.hits.size());
    m_model->setHits(answer.hits, answer.accountNames);
    if (!answer.error.isEmpty())
        m_info->setText(tr("The search failed: %1").arg(answer.error));
    else if (count == 0)
        m_info->setText(tr("Nothing found for “%1”.").arg(m_query.trimmed()));
    else
        m_info->setText(tr("%Ln match(es) for “%1”; Enter or a double-click opens the account.", nullptr, count)
                            .arg(m_query.trimmed()));
    if (count > 0)
        m_table->resizeColumnsToContents();
}

bool SearchView::activateCurrent()
{
    if (m_model->rowCount() == 0)
        return false;
    QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        index = m_model->index(0, 0);
    emit accountActivated(index.data(SearchResultModel::AccountIdRole).toLongLong());
    return true;
}

} // namespace keystone::gui
