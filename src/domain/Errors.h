// The exception types every layer uses to report a failure to the layer above.
// Messages are complete sentences meant for the user: they name the field, file
// or record concerned and what was expected.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace keystone {

class Error : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// A record that was asked for by id or reference does not exist.
class NotFoundError : public Error
{
public:
    using Error::Error;
};

// A write would break a uniqueness rule (a second account with the same reference ...).
class ConflictError : public Error
{
public:
    using Error::Error;
};

struct FieldError
{
    std::string field;
    std::string message;
    bool operator==(const FieldError&) const = default;
};

// An entity failed validation; carries every problem found, each naming its field.
class ValidationError : public Error
{
public:
    explicit ValidationError(std::vector<FieldError> errors);
    const std::vector<FieldError>& errors() const { return m_errors; }

private:
    std::vector<FieldError> m_errors;
};

} // namespace keystone
