// Runs a program and captures its exit code, standard output and standard error
// separately, so end-to-end tests can check that machine output goes to stdout
// and nothing else does.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace keystone::test {

struct ProcessResult
{
    int exitCode = -1;
    std::string out;
    std::string err;
};

ProcessResult runProcess(const std::string& program, const std::vector<std::string>& arguments,
                         const std::map<std::string, std::string>& environment = {});

} // namespace keystone::test
