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

void Validator::plain(std::string_view field, std::string_view value)
{
    const auto at = firstControlCharacter(value);
    if (at == std::string_view::npos || firstInvalidUtf8(value) != std::string_view::npos)
        return; // invalid UTF-8 is reported by utf8()
    // The column counts characters, as an editor shows them.
    std::size_t column = 1;
    for (std::size_t i = 0; i < at; ++i)
        column += (static_cast<unsigned char>(value[i]) & 0xC0) != 0x80;
    const std::size_t length = static_cast<unsigned char>(value[at]) == 0xC2 ? 2 : 1; // C1 is two bytes
    m_errors.push_back({std::string(field), "contains the control character " + printable(value.substr(at, length)) +
                                                " at character " + std::to_string(column) +
                                                "; only TAB and line feed are allowed in text"});
}

void Validator::text(std::string_view field, std::string_view value, std::size_t max, bool isRequired)
{
    if (isRequired)
        required(field, value);
    utf8(field, value);
    plain(field, value);
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
