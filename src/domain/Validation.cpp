#include "domain/Validation.h"

#include "domain/Text.h"

namespace keystone {

void Validator::required(std::string_view field, std::string_view value)
{
    if (trim(value).empty())
        m_errors.push_back({std::string(field), "is required"});
}

void Validator::maxLength(std::string_view field, std::string_view value, std::size_t max)
{
    if (value.size() > max)
        m_errors.push_back({std::string(field), "is longer than " + std::to_string(max) + " bytes"});
}

void Validator::utf8(std::string_view field, std::string_view value)
{
    const auto bad = firstInvalidUtf8(value);
    if (bad != std::string_view::npos)
        m_errors.push_back({std::string(field), "is not valid UTF-8 at byte " + std::to_string(bad + 1)});
}

void Validator::text(std::string_view field, std::string_view value, std::size_t max, bool isRequired)
{
    if (isRequired)
        required(field, value);
    utf8(field, value);
    maxLength(field, value, max);
}

void Validator::email(std::string_view field, std::string_view value)
{
    if (!value.empty() && !isEmailAddress(value))
        m_errors.push_back({std::string(field), "not an e-mail address"});
}

void Validator::check(bool ok, std::string_view field, std::string message)
{
    if (!ok)
        m_errors.push_back({std::string(field), std::move(message)});
}

void throwIfInvalid(std::vector<FieldError> errors)
{
    if (!errors.empty())
        throw ValidationError(std::move(errors));
}

} // namespace keystone
