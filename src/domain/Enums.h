// The closed vocabularies of the domain. Each enum has a stable lower-case key
// ("at_risk", "economic_buyer") used in the database, in CSV and JSON files and on
// the command line; keys never change once released, labels are the GUI's business.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace keystone {

enum class AccountStatus { Prospect, Active, AtRisk, Lost, WonBack };
enum class KeyAccountKind { Anchor, Prospective, ImageMaker, Expert };
enum class DecisionRole {
    Unknown,
    DecisionMaker,
    EconomicBuyer,
    TechnicalBuyer,
    Influencer,
    Gatekeeper,
    User,
    Champion,
    Blocker
};
enum class Attitude { Unknown, Supporter, Neutral, Opponent };
enum class InteractionKind {
    Call,
    Meeting,
    Visit,
    Email,
    Demo,
    Training,
    Complaint,
    Feedback,
    ModificationRequest,
    BetaTest,
    Negotiation
};
enum class Sentiment { Unknown, Positive, Neutral, Negative };
enum class FollowUpKind { Task, Commitment };
enum class TenderOutcome { Open, Won, Lost, Withdrawn };
enum class ThreatLevel { Low, Medium, High };
// What a team member may do; a lead and an admin see the whole team.
enum class ManagerRole { Manager, Lead, Admin };

template <typename E> struct EnumKey
{
    E value;
    std::string_view key;
};

// The key table of each enum, in declaration order.
template <typename E> struct EnumKeys;

#define KEYSTONE_ENUM_KEYS(E, N, ...)                                                                       \
    template <> struct EnumKeys<E>                                                                          \
    {                                                                                                       \
        static constexpr std::string_view name = #E;                                                        \
        static constexpr std::array<EnumKey<E>, N> table{{__VA_ARGS__}};                                    \
    };

KEYSTONE_ENUM_KEYS(AccountStatus, 5, {AccountStatus::Prospect, "prospect"}, {AccountStatus::Active, "active"},
                   {AccountStatus::AtRisk, "at_risk"}, {AccountStatus::Lost, "lost"},
                   {AccountStatus::WonBack, "won_back"})
KEYSTONE_ENUM_KEYS(KeyAccountKind, 4, {KeyAccountKind::Anchor, "anchor"},
                   {KeyAccountKind::Prospective, "prospective"}, {KeyAccountKind::ImageMaker, "image_maker"},
                   {KeyAccountKind::Expert, "expert"})
KEYSTONE_ENUM_KEYS(DecisionRole, 9, {DecisionRole::Unknown, "unknown"},
                   {DecisionRole::DecisionMaker, "decision_maker"}, {DecisionRole::EconomicBuyer, "economic_buyer"},
                   {DecisionRole::TechnicalBuyer, "technical_buyer"}, {DecisionRole::Influencer, "influencer"},
                   {DecisionRole::Gatekeeper, "gatekeeper"}, {DecisionRole::User, "user"},
                   {DecisionRole::Champion, "champion"}, {DecisionRole::Blocker, "blocker"})
KEYSTONE_ENUM_KEYS(Attitude, 4, {Attitude::Unknown, "unknown"}, {Attitude::Supporter, "supporter"},
                   {Attitude::Neutral, "neutral"}, {Attitude::Opponent, "opponent"})
KEYSTONE_ENUM_KEYS(InteractionKind, 11, {InteractionKind::Call, "call"}, {InteractionKind::Meeting, "meeting"},
                   {InteractionKind::Visit, "visit"}, {InteractionKind::Email, "email"},
                   {InteractionKind::Demo, "demo"}, {InteractionKind::Training, "training"},
                   {InteractionKind::Complaint, "complaint"}, {InteractionKind::Feedback, "feedback"},
                   {InteractionKind::ModificationRequest, "modification_request"},
                   {InteractionKind::BetaTest, "beta_test"}, {InteractionKind::Negotiation, "negotiation"})
KEYSTONE_ENUM_KEYS(Sentiment, 4, {Sentiment::Unknown, "unknown"}, {Sentiment::Positive, "positive"},
                   {Sentiment::Neutral, "neutral"}, {Sentiment::Negative, "negative"})
KEYSTONE_ENUM_KEYS(FollowUpKind, 2, {FollowUpKind::Task, "task"}, {FollowUpKind::Commitment, "commitment"})
KEYSTONE_ENUM_KEYS(TenderOutcome, 4, {TenderOutcome::Open, "open"}, {TenderOutcome::Won, "won"},
                   {TenderOutcome::Lost, "lost"}, {TenderOutcome::Withdrawn, "withdrawn"})
KEYSTONE_ENUM_KEYS(ThreatLevel, 3, {ThreatLevel::Low, "low"}, {ThreatLevel::Medium, "medium"},
                   {ThreatLevel::High, "high"})
KEYSTONE_ENUM_KEYS(ManagerRole, 3, {ManagerRole::Manager, "manager"}, {ManagerRole::Lead, "lead"},
                   {ManagerRole::Admin, "admin"})

#undef KEYSTONE_ENUM_KEYS

template <typename E> constexpr std::string_view toKey(E value)
{
    for (const auto& entry : EnumKeys<E>::table)
        if (entry.value == value)
            return entry.key;
    return {};
}

template <typename E> constexpr std::optional<E> fromKey(std::string_view key)
{
    for (const auto& entry : EnumKeys<E>::table)
        if (entry.key == key)
            return entry.value;
    return std::nullopt;
}

// "one of: prospect, active, at_risk, lost, won_back" for error messages and help.
template <typename E> std::string keyList()
{
    std::string text;
    for (const auto& entry : EnumKeys<E>::table) {
        if (!text.empty())
            text += ", ";
        text += entry.key;
    }
    return text;
}

template <typename E> constexpr std::size_t enumCount() { return EnumKeys<E>::table.size(); }

// A set of key-account kinds (an account may be several at once), stored as bits.
class KindSet
{
public:
    constexpr KindSet() = default;
    static constexpr KindSet fromBits(unsigned bits) { return KindSet(bits & 0xFu); }
    constexpr unsigned bits() const { return m_bits; }
    constexpr bool has(KeyAccountKind k) const { return m_bits & bit(k); }
    constexpr void set(KeyAccountKind k, bool on = true) { m_bits = on ? (m_bits | bit(k)) : (m_bits & ~bit(k)); }
    constexpr bool empty() const { return m_bits == 0; }
    std::vector<KeyAccountKind> kinds() const;
    // "anchor,expert"
    std::string toKeys() const;
    // Parses a comma- or semicolon-separated key list; nothing on an unknown key.
    static std::optional<KindSet> parseKeys(std::string_view text);
    constexpr bool operator==(const KindSet&) const = default;

private:
    constexpr explicit KindSet(unsigned bits) : m_bits(bits) {}
    static constexpr unsigned bit(KeyAccountKind k) { return 1u << static_cast<unsigned>(k); }
    unsigned m_bits = 0;
};

} // namespace keystone
