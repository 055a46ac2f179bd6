// A small command-line parser: positional words, `--name value`, `--name=value`
// and flags. Commands declare what they accept, so an unknown option is a usage
// error that names it.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace keystone::cli {

// Bad usage: exit code 2.
class UsageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

class Args
{
public:
    Args(std::vector<std::string> words) : m_words(std::move(words)) {}

    // Parses the remaining words against the options the command takes: `valued`
    // take a value, `flags` do not. Throws UsageError for anything else.
    void parse(const std::set<std::string>& valued, const std::set<std::string>& flags);

    bool empty() const { return m_words.empty(); }
    // The next word before parsing (the command name), removed.
    std::optional<std::string> shift();
    // The next word before parsing, left in place.
    std::optional<std::string> peek() const
    {
        return m_words.empty() ? std::nullopt : std::optional<std::string>(m_words.front());
    }
    const std::vector<std::string>& positional() const { return m_positional; }
    // Exactly `count` positional words named as `names` in the message.
    void expectPositional(std::size_t count, const std::string& names) const;

    bool has(const std::string& name) const { return m_values.count(name) || m_flags.count(name); }
    // The last value given; values() has every one of an option given more than once.
    std::optional<std::string> value(const std::string& name) const;
    std::vector<std::string> values(const std::string& name) const;
    std::string valueOr(const std::string& name, const std::string& fallback) const;
    std::optional<long long> integer(const std::string& name, long long min, long long max) const;

private:
    std::vector<std::string> m_words;
    std::vector<std::string> m_positional;
    std::map<std::string, std::string> m_values;
    std::map<std::string, std::vector<std::string>> m_allValues;
    std::set<std::string> m_flags;
};

} // namespace keystone::cli
