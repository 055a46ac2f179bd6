// Settings that travel with the database (segmentation thresholds, cadence
// targets, score weights ...), each a JSON document under a key.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace keystone {

class SettingsRepository
{
public:
    virtual ~SettingsRepository() = default;
    virtual std::optional<std::string> get(std::string_view key) const = 0;
    // `json` must be a valid JSON text; throws ValidationError otherwise.
    virtual void set(std::string_view key, std::string_view json) = 0;
};

} // namespace keystone
