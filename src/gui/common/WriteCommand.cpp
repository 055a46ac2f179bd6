#include "gui/common/WriteCommand.h"

#include <exception>

namespace keystone::gui {

bool WriteCommand::firstRedo()
{
    const bool first = m_firstRedo;
    m_firstRedo = false;
    return first;
}

bool WriteCommand::attempt(const std::function<void()>& write)
{
    try {
        write();
        return true;
    } catch (const std::exception& e) {
        if (m_failed)
            m_failed(QString::fromUtf8(e.what()));
    }
    return false;
}

} // namespace keystone::gui
