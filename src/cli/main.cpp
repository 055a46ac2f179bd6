// keystone-cli: see cli/Cli.h.
#include "cli/Cli.h"

#include <iostream>

int main(int argc, char** argv)
{
    std::ios::sync_with_stdio(false);
    const keystone::SystemClock clock;
    const int code = keystone::cli::run(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr, clock);
    std::cout.flush();
    return code;
}
