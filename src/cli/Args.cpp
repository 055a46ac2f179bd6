#include "cli/Args.h"

#include <charconv>

namespace keystone::cli {

std::optional<std::string> Args::shift()
{
    if (m_words.empty())
        return std::nullopt;
    std::string first = m_words.front();
    m_words.erase(m_words.begin());
    return first;
}

void Args::parse(const std::set<std::string>& valued, const std::set<std::string>& flags)
{
    for (std::size_t i = 0; i < m_words.size(); ++i) {
        const std::string& w = m_words[i];
        if (w == "--") {
            m_positional.insert(m_positional.end(), m_words.begin() + static_cast<long>(i) + 1, m_words.end());
            break;
        }
        if (w.size() < 2 || w[0] != '-' || (w[1] != '-' && w != "-o")) {
            m_positional.push_back(w);
            continue;
        }
        std::string name = w == "-o" ? "output" : w.substr(2);
        std::optional<std::string> inlineValue;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name.resize(eq);
        }
        if (flags.count(name)) {
            if (inlineValue)
                throw UsageError("option --" + name + " takes no value");
            m_flags.insert(name);
        } else if (valued.count(name)) {
            if (!inlineValue) {
                if (i + 1 >= m_words.size())
                    throw UsageError("option --" + name + " needs a value");
                inlineValue = m_words[++i];
            }
            m_values[name] = *inlineValue;
            m_allValues[name].push_back(*inlineValue);
        } else {
            throw UsageError("unknown option " + w);
        }
    }
}

void Args::expectPositional(std::size_t count, const std::string& names) const
{
    if (m_positional.size() < count)
        throw UsageError("missing " + names);
    if (m_positional.size() > count)
        throw UsageError("unexpected argument '" + m_positional[count] + "'");
}

std::optional<std::string> Args::value(const std::string& name) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
}

std::vector<std::string> Args::values(const std::string& name) const
{
    const auto it = m_allValues.find(name);
    return it == m_allValues.end() ? std::vector<std::string>{} : it->second;
}

std::string Args::valueOr(const std::string& name, const std::string& fallback) const
{
    return value(name).value_or(fallback);
}

std::optional<long long> Args::integer(const std::string& name, long long min, long long max) const
{
    const auto text = value(name);
    if (!text)
        return std::nullopt;
    long long n = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), n);
    if (ec != std::errc() || end != text->data() + text->size() || n < min || n > max)
        throw UsageError("--" + name + " expects a whole number from " + std::to_string(min) + " to " +
                         std::to_string(max) + ", not '" + *text + "'");
    return n;
}

} // namespace keystone::cli
