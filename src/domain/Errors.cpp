#include "domain/Errors.h"

namespace keystone {

namespace {
std::string joinErrors(const std::vector<FieldError>& errors)
{
    std::string text;
    for (const auto& e : errors) {
        if (!text.empty())
            text += "; ";
        text += e.field + ": " + e.message;
    }
    return text;
}
} // namespace

ValidationError::ValidationError(std::vector<FieldError> errors)
    : Error(joinErrors(errors)), m_errors(std::move(errors))
{
}

} // namespace keystone
