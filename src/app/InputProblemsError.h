// A file (or other input) that cannot be used, with every problem found: the dossier and vCard
// imports refuse a whole file this way, so that nothing of it is written.
#pragma once

#include "domain/Validation.h"

#include <string>
#include <vector>

namespace keystone {

// what() names the source, the number of problems and at most the first kShown of them.
class InputProblemsError : public Error
{
public:
    static constexpr std::size_t kShown = 20;
    InputProblemsError(std::string source, std::vector<std::string> problems);
    const std::string& source() const { return m_source; }
    const std::vector<std::string>& problems() const { return m_problems; }

private:
    std::string m_source;
    std::vector<std::string> m_problems;
};

} // namespace keystone
