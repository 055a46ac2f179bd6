#include "gui/search/SearchWorker.h"

#include "gui/common/Labels.h"

namespace keystone::gui {

SearchWorker::SearchWorker(std::filesystem::path path, const Clock& clock) : m_path(std::move(path)), m_clock(clock)
{
}

SearchWorker::~SearchWorker() = default;

void SearchWorker::search(quint64 generation, const QString& text)
{
    SearchAnswer answer;
    answer.generation = generation;
    try {
        if (!m_workspace) {
            OpenOptions options;
            options.readOnly = true;
            options.create = false;
            m_workspace = std::make_unique<Workspace>(m_path, m_clock, options);
        }
        answer.hits = m_workspace->search(toStdString(text), 50);
        for (const auto& hit : answer.hits) {
            if (hit.kind == SearchKind::Account || answer.accountNames.contains(hit.accountId))
                continue;
            if (auto account = m_workspace->store().accounts().find(hit.accountId))
                answer.accountNames.insert(hit.accountId, toQString(account->name));
        }
    } catch (const std::exception& e) {
        answer.hits.clear();
        answer.error = QString::fromUtf8(e.what());
    }
    emit answered(answer);
}

} // namespace keystone::gui
