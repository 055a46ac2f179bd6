// The user's language for the problems the lower layers report. The domain, storage
// and app layers have no Qt and word their errors in English ("ref: another account
// already has the reference 'NS-1'"), which is what the command line and the logs
// show. The GUI translates the ones a form can meet: the validator's generic wording,
// the domain's rules, the conflicts a save runs into, and the field names. A message
// that is not known here is shown as it is, never dropped.
#pragma once

#include <QString>
#include <exception>
#include <string_view>

namespace keystone::gui {

// One problem of a field, without the field ("is required" -> "обязательно").
QString problemText(std::string_view message);

// What the user calls a field ("occurred_at" -> "When"); the key itself when unknown.
QString fieldText(std::string_view field);

// A whole message: "field: problem", or several of them joined with "; ", or a
// sentence that names no field.
QString errorText(std::string_view message);
QString errorText(const std::exception& error);

} // namespace keystone::gui
