#include "gui/common/WriteCommand.h"

#include "gui/common/ProblemText.h"

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
            m_failed(errorText(e));
    }
    return false;
}

} // namespace keystone::gui
