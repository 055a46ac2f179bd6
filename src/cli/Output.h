// Renders a Table for people (aligned text) or for machines (JSON; CSV goes
// through the interchange writer).
#pragma once

#include "app/Columns.h"

#include <ostream>
#include <string_view>

namespace keystone::cli {

// Columns padded to the widest cell, measured in terminal cells: wide CJK
// characters count two, combining marks none.
void printAligned(const Table& table, std::ostream& out);
// An array of objects keyed by column; whole numbers as numbers, everything else
// (money included) as strings, absent values as null.
void printJson(const Table& table, std::ostream& out);

std::size_t displayWidth(std::string_view utf8);

} // namespace keystone::cli
