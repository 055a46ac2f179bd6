// Small helpers that entity validators share, so that every message is worded the
// same way and always names its field.
#pragma once

#include "domain/Errors.h"

#include <string>
#include <string_view>
#include <vector>

namespace keystone {

class Validator
{
public:
    void required(std::string_view field, std::string_view value);
    void maxLength(std::string_view field, std::string_view value, std::size_t max);
    void utf8(std::string_view field, std::string_view value);
    // No control characters other than TAB and LF (CR included: text keeps LF line ends).
    void plain(std::string_view field, std::string_view value);
    // Runs utf8, plain and maxLength; required too when `isRequired`.
    void text(std::string_view field, std::string_view value, std::size_t max, bool isRequired = false);
    void email(std::string_view field, std::string_view value); // empty is allowed
    void check(bool ok, std::string_view field, std::string message);

    const std::vector<FieldError>& errors() const { return m_errors; }
    std::vector<FieldError> take() { return std::move(m_errors); }

private:
    std::vector<FieldError> m_errors;
};

// Throws ValidationError when `errors` is not empty.
void throwIfInvalid(std::vector<FieldError> errors);

} // namespace keystone
