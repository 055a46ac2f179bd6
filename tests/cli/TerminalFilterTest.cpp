// The filter main() puts in front of a terminal (cli/TerminalFilter.h).
#include "cli/TerminalFilter.h"

#include <catch2/catch.hpp>

#include <ostream>
#include <sstream>

using keystone::cli::TerminalFilter;

TEST_CASE("A terminal gets control characters as text and everything else as it is")
{
    std::ostringstream target;
    {
        TerminalFilter filter(target.rdbuf());
        std::ostream out(&filter);
        out << "Bad\x1b[31mCo\ttab\r\n" << '\0' << "\x7f";
        out << "\xc2\x85 next line, \xc2\xa0 no-break space, Ёж, 北京";
        out << "\xc2"; // split across writes: held back, then the next byte decides
        out << "\x9b" << "end\xc2";
        out.flush();
    }
    CHECK(target.str() == "Bad\\x1b[31mCo\ttab\r\n\\x00\\x7f\\u0085 next line, \xc2\xa0 no-break space, Ёж, 北京"
                          "\\u009bend\xc2");
}
