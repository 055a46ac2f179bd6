// Setting one field of an account from text, by the field names of the account
// import (`keystone-cli import fields accounts`), so `accounts edit --set F=V` and a
// CSV column mean the same thing. Throws ValidationError naming the field.
#pragma once

#include "app/Workspace.h"

#include <string_view>

namespace keystone {

// `need`, `solvency` and `authority` take yes/no (empty: not assessed); `owner` an
// e-mail address or name (empty: nobody); `parent` a reference (empty: none); `kinds`
// and `tags` comma-separated lists; `headcount` a whole number (empty: unknown).
void setAccountField(Workspace& workspace, Account& account, std::string_view field, std::string_view value);

} // namespace keystone
