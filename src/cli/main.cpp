// keystone-cli: see cli/Cli.h.
#include "cli/Cli.h"
#include "cli/TerminalFilter.h"

#include <unistd.h>

#include <iostream>

int main(int argc, char** argv)
{
    std::ios::sync_with_stdio(false);
    // Nothing reaches a terminal as a raw control character (cli/TerminalFilter.h).
    std::streambuf* const out = std::cout.rdbuf();
    std::streambuf* const err = std::cerr.rdbuf();
    keystone::cli::TerminalFilter outFilter(out), errFilter(err);
    if (isatty(STDOUT_FILENO))
        std::cout.rdbuf(&outFilter);
    if (isatty(STDERR_FILENO))
        std::cerr.rdbuf(&errFilter);
    const keystone::SystemClock clock;
    const int code = keystone::cli::run(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr, clock);
    std::cout.flush();
    std::cerr.flush();
    // The filters end here; the streams are flushed once more at exit, through their own buffers.
    std::cout.rdbuf(out);
    std::cerr.rdbuf(err);
    return code;
}
