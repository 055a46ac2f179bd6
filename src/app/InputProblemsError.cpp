#include "app/InputProblemsError.h"

namespace keystone {

namespace {

std::string problemsMessage(const std::string& source, const std::vector<std::string>& problems)
{
    std::string text = source + ": " + std::to_string(problems.size()) +
                       (problems.size() == 1 ? " problem" : " problems") + ", nothing was imported";
    for (std::size_t i = 0; i < problems.size() && i < InputProblemsError::kShown; ++i)
        text += "\n  " + problems[i];
    if (problems.size() > InputProblemsError::kShown)
        text += "\n  ... and " + std::to_string(problems.size() - InputProblemsError::kShown) + " more";
    return text;
}

} // namespace

InputProblemsError::InputProblemsError(std::string source, std::vector<std::string> problems)
    : Error(problemsMessage(source, problems)), m_source(std::move(source)), m_problems(std::move(problems))
{
}

} // namespace keystone
