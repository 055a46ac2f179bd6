#include "app/Import.h"

#include "domain/Text.h"
#include "interchange/AtomicFile.h"
#include "interchange/CsvWriter.h"
#include "interchange/Sha256.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <set>
#include <stdexcept>
#include <unordered_map>

namespace keystone {

namespace {

// ---------------------------------------------------------------- fields

const std::vector<std::string> kAccountRefSynonyms = {
    "account",        "account_ref",   "accountref",      "ref",         "reference",  "customer",
    "customer_id",    "customer_no",   "customer_number", "customer_nr", "client",     "client_id",
    "client_no",      "kunde",         "kundennr",        "kundennummer", "kunden_nr", "debitor",
    "debitorennummer", "клиент",        "код клиента",     "номер клиента", "контрагент", "код контрагента"};

const std::vector<ImportField>& accountFields()
{
    static const std::vector<ImportField> fields = {
        {"ref", "external reference (the customer number in the ERP); the key for updates", false,
         kAccountRefSynonyms},
        {"name", "account name (required for a new account)", false,
         {"name", "account_name", "company", "company_name", "customer_name", "client_name", "firma", "firmenname",
          "наименование", "название", "компания"}},
        {"legal_name", "legal name", false, {"legal_name", "legal_entity", "rechtsform_name", "юрлицо"}},
        {"status", "prospect, active, at_risk, lost or won_back", false, {"status", "статус"}},
        {"kinds", "key-account kinds, comma-separated: anchor, prospective, image_maker, expert", false,
         {"kinds", "kind", "key_account_kinds"}},
        {"owner", "the account manager's e-mail or name", false,
         {"owner", "owner_email", "manager", "account_manager", "betreuer", "менеджер", "ответственный"}},
        {"industry", "industry", false, {"industry", "sector", "branche", "отрасль"}},
        {"country", "country", false, {"country", "land", "страна"}},
        {"region", "region or city", false, {"region", "city", "state", "stadt", "регион", "город"}},
        {"website", "web site", false, {"website", "web", "url", "homepage", "сайт"}},
        {"headcount", "number of employees", false, {"headcount", "employees", "mitarbeiter", "сотрудники"}},
        {"tags", "tags, comma-separated", false, {"tags", "tag", "labels", "теги"}},
        {"need", "qualification: a real need (yes/no)", false, {"need"}},
        {"solvency", "qualification: able to pay (yes/no)", false, {"solvency"}},
        {"authority", "qualification: authority to decide (yes/no)", false, {"authority"}},
        {"parent", "the reference of the parent account", false, {"parent", "parent_ref", "parent_account"}},
    };
    return fields;
}

const std::vector<ImportField>& contactFields()
{
    static const std::vector<ImportField> fields = {
        {"account", "the account's reference", true, kAccountRefSynonyms},
        {"name", "the person's full name", true,
         {"name", "full_name", "contact", "contact_name", "person", "ansprechpartner", "фио", "имя", "контакт"}},
        {"position", "job title", false, {"position", "title", "job_title", "role_title", "funktion", "должность"}},
        {"department", "department", false, {"department", "abteilung", "отдел", "подразделение"}},
        {"email", "e-mail address; the key for updates", false, {"email", "e_mail", "mail", "почта"}},
        {"phones", "phones as 'label: number' separated by ';'", false,
         {"phones", "phone", "telephone", "tel", "telefon", "телефон"}},
        {"language", "language tag such as ru or he-IL", false, {"language", "lang", "sprache", "язык"}},
        {"role", "decision role: decision_maker, economic_buyer, technical_buyer, influencer, gatekeeper, user, "
                 "champion, blocker",
         false, {"role", "decision_role"}},
        {"attitude", "supporter, neutral or opponent", false, {"attitude"}},
        {"influence", "1 (none) to 5 (decisive)", false, {"influence"}},
        {"reports_to", "e-mail or name of the contact this person reports to, at the same account", false,
         {"reports_to", "manager_email", "boss"}},
        {"left_company", "yes when the person has left", false, {"left_company", "left"}},
        {"notes", "notes", false, {"notes", "note", "comment", "bemerkung", "примечание"}},
    };
    return fields;
}

const std::vector<ImportField>& interactionFields()
{
    static const std::vector<ImportField> fields = {
        {"account", "the account's reference", true, kAccountRefSynonyms},
        {"date", "when it happened: an ISO date-time (UTC) or --date-format", true,
         {"date", "occurred_at", "datetime", "time", "datum", "дата"}},
        {"kind", "call, meeting, visit, email, demo, training, complaint, feedback, modification_request, "
                 "beta_test or negotiation",
         true, {"kind", "type", "art", "тип"}},
        {"subject", "subject", false, {"subject", "title", "betreff", "тема"}},
        {"summary", "what was said and agreed", false, {"summary", "description", "notes", "text", "описание"}},
        {"outcome", "outcome", false, {"outcome", "result", "ergebnis", "результат"}},
        {"sentiment", "positive, neutral or negative", false, {"sentiment"}},
        {"manager", "the manager's e-mail or name", false, {"manager", "owner", "менеджер"}},
        {"contacts", "the customer's people who took part: e-mails or names separated by ';'", false,
         {"contacts", "participants", "attendees", "участники"}},
    };
    return fields;
}

const std::vector<ImportField>& saleFields()
{
    static const std::vector<ImportField> fields = {
        {"account", "the account's reference (customer number)", true, kAccountRefSynonyms},
        {"date", "the date of the sale: ISO 8601 or --date-format", true,
         {"date", "sale_date", "invoice_date", "order_date", "document_date", "datum", "belegdatum",
          "rechnungsdatum", "дата", "дата документа"}},
        {"amount", "the line's amount; else quantity x unit_price", false,
         {"amount", "total", "revenue", "net_amount", "line_total", "sales", "betrag", "umsatz", "сумма",
          "выручка"}},
        {"quantity", "quantity", false, {"quantity", "qty", "units", "menge", "anzahl", "количество", "кол-во"}},
        {"unit_price", "price of one unit", false,
         {"unit_price", "price", "preis", "einzelpreis", "цена"}},
        {"margin", "the line's margin", false,
         {"margin", "gross_margin", "profit", "marge", "deckungsbeitrag", "маржа", "прибыль"}},
        {"product", "product or article number", false,
         {"product", "sku", "item", "stock_code", "article", "artikel", "artikelnummer", "товар", "артикул",
          "номенклатура"}},
        {"document", "invoice or document number", false,
         {"document", "invoice", "invoice_no", "invoice_number", "document_no", "order_no", "beleg",
          "belegnummer", "rechnung", "rechnungsnummer", "документ", "номер документа"}},
        {"account_name", "name for an account created from this line (default: the reference)", false,
         {"account_name", "customer_name", "client_name", "company", "наименование клиента"}},
        {"country", "country for an account created from this line", false, {"country", "land", "страна"}},
    };
    return fields;
}

std::string normalizeHeader(std::string_view text)
{
    std::string folded = foldKey(trim(text));
    std::string out;
    for (char ch : folded)
        if (ch != ' ' && ch != '_' && ch != '-' && ch != '.')
            out += ch;
    return out;
}

// field -> column index; std::less<> finds a field by a string_view without building a std::string
using ColumnMap = std::map<std::string, std::size_t, std::less<>>;

std::string listHeaders(const std::vector<std::string>& header)
{
    std::string out;
    for (const auto& h : header)
        out += (out.empty() ? "" : ", ") + (h.empty() ? std::string("(empty)") : h);
    return out;
}

// Fields without a column yet get the first free column named by the field's own
// name and then its synonyms, in order.
void matchSynonyms(const std::vector<ImportField>& fields, const std::vector<std::string>& header, ColumnMap& map,
                   std::set<std::size_t>& taken)
{
    for (const auto& f : fields) {
        if (map.count(f.key))
            continue;
        std::vector<std::string> names{f.key};
        names.insert(names.end(), f.synonyms.begin(), f.synonyms.end());
        for (const auto& name : names) {
            const auto wanted = normalizeHeader(name);
            for (std::size_t i = 0; i < header.size(); ++i) {
                if (!taken.count(i) && normalizeHeader(header[i]) == wanted) {
                    map[f.key] = i;
                    taken.insert(i);
                    break;
                }
            }
            if (map.count(f.key))
                break;
        }
    }
}

ColumnMap resolveColumns(const std::vector<ImportField>& fields, const std::vector<std::string>& header,
                         const ImportOptions& options)
{
    const std::string file = options.file.string();
    auto known = [&](const std::string& key) {
        for (const auto& f : fields)
            if (f.key == key)
                return true;
        return false;
    };
    auto fieldList = [&] {
        std::string out;
        for (const auto& f : fields)
            out += (out.empty() ? "" : ", ") + f.key;
        return out;
    };
    ColumnMap map;
    std::set<std::size_t> taken;
    for (const auto& [field, column] : options.mapping) {
        if (!known(field))
            throw Error("--map: '" + field + "' is not a field of " + std::string(importKindName(options.kind)) +
                        " imports; the fields are: " + fieldList());
        std::optional<std::size_t> found;
        for (std::size_t i = 0; i < header.size() && !found; ++i)
            if (header[i] == column)
                found = i;
        for (std::size_t i = 0; i < header.size() && !found; ++i)
            if (normalizeHeader(header[i]) == normalizeHeader(column))
                found = i;
        if (!found)
            throw Error(file + ":1: --map " + field + "=" + column + ": the header has no column '" + column +
                        "'; it has: " + listHeaders(header));
        map[field] = *found;
        taken.insert(*found);
    }
    if (!options.mappingOnly)
        matchSynonyms(fields, header, map, taken);
    std::string missing;
    for (const auto& f : fields)
        if (f.required && !map.count(f.key))
            missing += (missing.empty() ? "" : ", ") + f.key;
    if (options.kind == ImportKind::Accounts && !map.count("ref") && !map.count("name"))
        missing += "ref or name";
    if (options.kind == ImportKind::Sales && !map.count("amount") &&
        !(map.count("quantity") && map.count("unit_price")))
        missing += std::string(missing.empty() ? "" : ", ") + "amount (or quantity and unit_price)";
    if (!missing.empty())
        throw Error(file + ":1: no column for the required field(s) " + missing +
                    (options.mappingOnly ? std::string("; choose a column for each in the mapping")
                                         : std::string("; name them with --map field=Column")) +
                    ". The header has: " + listHeaders(header));
    return map;
}

// ---------------------------------------------------------------- one row

// A field as a row reads it: its key, and the index of its column when it was resolved once for the
// whole import (the sale fields, Importer::SaleColumns), so that the per-row path looks nothing up.
// Made from a field's name alone it is resolved in the row's ColumnMap at each access, which is
// what the rarer kinds and the error paths do.
struct Column
{
    static constexpr std::size_t kNone = ~std::size_t{0};           // the import has no column for it
    static constexpr std::size_t kUnresolved = ~std::size_t{0} - 1; // look the key up in the ColumnMap

    constexpr Column(const char* key) : field(key) {}
    constexpr Column(std::string_view key, std::size_t column) : field(key), index(column) {}
    static constexpr Column named(std::string_view key) { return Column(key, kUnresolved); }
    static Column resolve(const ColumnMap& columns, std::string_view key)
    {
        const auto it = columns.find(key);
        return Column(key, it == columns.end() ? kNone : it->second);
    }

    std::string_view field;
    std::size_t index = kUnresolved;
};

class Row
{
public:
    Row(const csv::Record& record, const ColumnMap& columns, const std::vector<std::string>& header,
        const ImportOptions& options)
        : m_record(record), m_columns(columns), m_header(header), m_options(options)
    {
    }

    bool has(const Column& field) const { return indexOf(field) != Column::kNone; }
    std::string_view raw(const Column& field) const
    {
        const std::size_t index = indexOf(field);
        if (index >= m_record.fields.size()) // also kNone
            return {};
        return m_record.fields[index];
    }
    std::string_view trimmed(const Column& field) const { return trim(raw(field)); }
    std::string text(const Column& field) const { return std::string(trimmed(field)); }

    void problem(const Column& field, std::string reason)
    {
        const std::size_t index = indexOf(field);
        std::string column(index < m_header.size() ? std::string_view(m_header[index]) : field.field);
        m_problems.push_back({m_record.line, std::move(column), std::string(raw(field)), std::move(reason)});
    }
    void problems(const std::vector<FieldError>& errors)
    {
        for (const auto& e : errors) {
            // Entity validation names the entity's field; report it against our column when we have one.
            std::string_view field = e.field;
            if (field == "ref" && has("account"))
                field = "account";
            problem(Column::named(field), e.message);
        }
    }
    void recordProblem(std::string reason)
    {
        m_problems.push_back({m_record.line, "", "", std::move(reason)});
    }

    // The trimmed value, a view into the record (valid while the row is).
    std::string_view required(const Column& field)
    {
        const std::string_view value = trimmed(field);
        if (value.empty())
            problem(field, "a value is required");
        return value;
    }
    std::optional<Date> date(const Column& field)
    {
        const auto value = trimmed(field);
        if (value.empty())
            return std::nullopt;
        auto parsed = csv::parseDate(value, m_options.dateFormat);
        if (!parsed)
            problem(field, parsed.error);
        return parsed.value;
    }
    std::optional<DateTime> dateTime(const Column& field)
    {
        const auto value = trimmed(field);
        if (value.empty())
            return std::nullopt;
        auto parsed = csv::parseDateTime(value, m_options.dateFormat);
        if (!parsed)
            problem(field, parsed.error);
        return parsed.value;
    }
    std::optional<Money> money(const Column& field)
    {
        const auto value = trimmed(field);
        if (value.empty())
            return std::nullopt;
        auto parsed = csv::parseMoney(value, m_options.decimalComma);
        if (!parsed)
            problem(field, parsed.error);
        return parsed.value;
    }
    std::optional<std::int64_t> decimal(const Column& field, int scale)
    {
        const auto value = trimmed(field);
        if (value.empty())
            return std::nullopt;
        auto parsed = csv::parseDecimal(value, m_options.decimalComma, scale);
        if (!parsed)
            problem(field, parsed.error);
        return parsed.value;
    }
    std::optional<int> integer(const Column& field, int min, int max)
    {
        const auto value = trimmed(field);
        if (value.empty())
            return std::nullopt;
        auto parsed = csv::parseDecimal(value, false, 0);
        if (!parsed || *parsed.value < min || *parsed.value > max) {
            problem(field, "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max));
            return std::nullopt;
        }
        return static_cast<int>(*parsed.value);
    }
    std::optional<bool> boolean(const Column& field)
    {
        const std::string value = foldKey(trim(raw(field)));
        if (value.empty())
            return std::nullopt;
        static const std::set<std::string> yes{"yes", "y", "true", "1", "x", "да", "ja"};
        static const std::set<std::string> no{"no", "n", "false", "0", "нет", "nein"};
        if (yes.count(value))
            return true;
        if (no.count(value))
            return false;
        problem(field, "expected yes or no");
        return std::nullopt;
    }
    template <typename E> std::optional<E> key(const Column& field)
    {
        const std::string value = foldKey(trim(raw(field)));
        if (value.empty())
            return std::nullopt;
        auto parsed = fromKey<E>(value);
        if (!parsed) {
            std::string alt = value;
            for (auto& ch : alt)
                if (ch == ' ' || ch == '-')
                    ch = '_';
            parsed = fromKey<E>(alt);
        }
        if (!parsed)
            problem(field, "expected one of: " + keyList<E>());
        return parsed;
    }

    bool ok() const { return m_problems.empty(); }
    std::vector<ImportProblem>& takeProblems() { return m_problems; }
    std::int64_t line() const { return m_record.line; }

private:
    std::size_t indexOf(const Column& field) const
    {
        if (field.index != Column::kUnresolved)
            return field.index;
        const auto it = m_columns.find(field.field);
        return it == m_columns.end() ? Column::kNone : it->second;
    }

    const csv::Record& m_record;
    const ColumnMap& m_columns;
    const std::vector<std::string>& m_header;
    const ImportOptions& m_options;
    std::vector<ImportProblem> m_problems;
};

std::vector<std::string> splitItems(std::string_view text, char separator)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find(separator, start);
        if (end == std::string_view::npos)
            end = text.size();
        const auto item = trim(text.substr(start, end - start));
        if (!item.empty())
            out.emplace_back(item);
        start = end + 1;
    }
    return out;
}

// ---------------------------------------------------------------- references of a sale import

// Account reference -> id, for a sale import's one lookup per line, found by a view of the line's
// field (no std::string per line). std::unordered_map<std::string, AccountId> was 7% of an import in
// _M_find_before_node: a lookup touched the bucket array and then a node somewhere in a heap of
// 100 MB, two cache and TLB misses. Here the slots are one array probed linearly (16 bytes each, at
// most half full), a 32-bit tag of the hash spares comparing keys that only share a slot, and the keys
// lie back to back in one string, each after its length.
class RefIds
{
public:
    const AccountId* find(std::string_view ref) const
    {
        if (m_slots.empty())
            return nullptr;
        const std::uint64_t h = hash(ref);
        const auto tag = static_cast<std::uint32_t>(h >> 32);
        for (std::size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const Slot& slot = m_slots[i];
            if (slot.key == kEmpty)
                return nullptr;
            if (slot.tag == tag && keyAt(slot.key) == ref)
                return &slot.id;
        }
    }
    // Adds `ref` unless it is there already (then its id stays).
    void insert(std::string_view ref, AccountId id)
    {
        if (find(ref))
            return;
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        if (m_keys.size() + sizeof(std::uint32_t) + ref.size() >= kEmpty)
            throw std::length_error("RefIds: more than 4 GB of account references");
        Slot slot;
        slot.key = static_cast<std::uint32_t>(m_keys.size());
        slot.id = id;
        const auto length = static_cast<std::uint32_t>(ref.size());
        m_keys.append(reinterpret_cast<const char*>(&length), sizeof length);
        m_keys.append(ref);
        place(slot, hash(ref));
        ++m_size;
    }

private:
    static constexpr std::uint32_t kEmpty = ~std::uint32_t{0};
    struct Slot
    {
        std::uint32_t tag = 0;
        std::uint32_t key = kEmpty; // offset of the key's length in m_keys
        AccountId id = 0;
    };

    // 8 bytes at a time, each mixed in by a multiplication, then splitmix64's finaliser, so the low
    // bits (the slot) and the high ones (the tag) both depend on every byte.
    static std::uint64_t hash(std::string_view key) noexcept
    {
        constexpr std::uint64_t kMul = 0x9e3779b97f4a7c15ull;
        std::uint64_t h = (key.size() + 1) * kMul;
        std::size_t i = 0;
        for (; i + 8 <= key.size(); i += 8) {
            std::uint64_t word;
            std::memcpy(&word, key.data() + i, sizeof word);
            h = (h ^ word) * kMul;
            h ^= h >> 29;
        }
        if (i < key.size()) {
            std::uint64_t word = 0;
            for (std::size_t shift = 0; i < key.size(); ++i, shift += 8)
                word |= std::uint64_t{static_cast<unsigned char>(key[i])} << shift;
            h = (h ^ word) * kMul;
        }
        h ^= h >> 30;
        h *= 0xbf58476d1ce4e5b9ull;
        h ^= h >> 27;
        h *= 0x94d049bb133111ebull;
        h ^= h >> 31;
        return h;
    }
    std::string_view keyAt(std::uint32_t offset) const
    {
        std::uint32_t length;
        std::memcpy(&length, m_keys.data() + offset, sizeof length);
        return std::string_view(m_keys).substr(offset + sizeof length, length);
    }
    void place(Slot slot, std::uint64_t h)
    {
        slot.tag = static_cast<std::uint32_t>(h >> 32);
        std::size_t i = h & m_mask;
        while (m_slots[i].key != kEmpty)
            i = (i + 1) & m_mask;
        m_slots[i] = slot;
    }
    void grow()
    {
        std::vector<Slot> old(std::max<std::size_t>(16, m_slots.size() * 2));
        old.swap(m_slots);
        m_mask = m_slots.size() - 1;
        for (const Slot& slot : old)
            if (slot.key != kEmpty)
                place(slot, hash(keyAt(slot.key)));
    }

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::size_t m_size = 0;
    std::string m_keys;
};

// ---------------------------------------------------------------- the run

enum class Outcome { Created, Updated, Unchanged };

class Importer
{
public:
    Importer(Workspace& workspace, const ImportOptions& options, ImportSummary& summary)
        : m_ws(workspace), m_store(workspace.store()), m_options(options), m_summary(summary)
    {
    }

    void setBatch(std::optional<BatchId> batch) { m_batch = batch; }
    void setColumns(const ColumnMap* columns)
    {
        m_columns = columns;
        if (m_options.kind == ImportKind::Sales) {
            const auto column = [&](std::string_view field) { return Column::resolve(*columns, field); };
            m_saleColumns = {.account = column("account"),
                             .date = column("date"),
                             .amount = column("amount"),
                             .quantity = column("quantity"),
                             .unitPrice = column("unit_price"),
                             .margin = column("margin"),
                             .product = column("product"),
                             .document = column("document"),
                             .accountName = column("account_name"),
                             .country = column("country")};
        }
    }

    // Pre-scan (accounts, contacts): the keys the file defines, so that parent and
    // reports_to may name a record further down the file.
    void learn(Row& row)
    {
        if (m_options.kind == ImportKind::Accounts) {
            if (auto ref = row.text("ref"); !ref.empty())
                m_fileRefs.insert(ref);
        } else if (m_options.kind == ImportKind::Contacts) {
            const auto ref = row.text("account");
            if (auto email = row.text("email"); !email.empty())
                m_fileContacts.insert(ref + '\n' + foldKey(email));
            if (auto name = row.text("name"); !name.empty())
                m_fileContacts.insert(ref + '\n' + foldKey(name));
        }
    }

    // Parses, validates and (unless it has problems) writes one row.
    void process(Row& row)
    {
        switch (m_options.kind) {
        case ImportKind::Accounts:
            return account(row);
        case ImportKind::Contacts:
            return contact(row);
        case ImportKind::Interactions:
            return interaction(row);
        case ImportKind::Sales:
            return sale(row);
        }
    }

    // Writes what is pending (sale lines, links between rows).
    void finish()
    {
        flushSales();
        for (const auto& link : m_parentLinks) {
            auto child = m_store.accounts().find(link.id);
            const auto parent = findAccount(link.key);
            if (!child || !parent)
                throw Error(m_options.file.string() + ":" + std::to_string(link.line) + ": parent '" + link.key +
                            "' names an account whose row was rejected");
            if (child->parentId != parent->id) {
                child->parentId = parent->id;
                m_store.accounts().update(*child);
            }
        }
        for (const auto& link : m_reportsToLinks) {
            auto contact = m_store.contacts().find(link.id);
            const auto boss = findContact(link.accountId, link.key);
            if (!contact || !boss)
                throw Error(m_options.file.string() + ":" + std::to_string(link.line) + ": reports_to '" +
                            link.key + "' names a contact whose row was rejected");
            if (contact->reportsTo != boss->id) {
                contact->reportsTo = boss->id;
                m_store.contacts().update(*contact);
            }
        }
    }

private:
    struct Link
    {
        std::int64_t id;
        AccountId accountId;
        std::string key;
        std::int64_t line;
    };

    void count(Outcome outcome)
    {
        switch (outcome) {
        case Outcome::Created:
            ++m_summary.created;
            break;
        case Outcome::Updated:
            ++m_summary.updated;
            break;
        case Outcome::Unchanged:
            ++m_summary.unchanged;
            break;
        }
    }

    void recordCreated(ImportedRecord kind, std::int64_t id)
    {
        if (m_batch)
            m_store.importBatches().recordCreated(*m_batch, kind, id);
    }

    std::optional<Account> findAccount(const std::string& ref)
    {
        if (const auto it = m_accountCache.find(ref); it != m_accountCache.end())
            return it->second;
        auto found = m_store.accounts().findByRef(ref);
        if (found)
            m_accountCache.emplace(ref, *found);
        return found;
    }

    std::optional<ManagerId> manager(Row& row, const Column& field)
    {
        const auto text = row.text(field);
        if (text.empty())
            return std::nullopt;
        if (const auto it = m_managerCache.find(text); it != m_managerCache.end())
            return it->second;
        try {
            const auto id = m_ws.resolveManager(text);
            m_managerCache.emplace(text, id);
            return id;
        } catch (const ValidationError& e) {
            row.problem(field, e.errors().empty() ? e.what() : e.errors().front().message);
            return std::nullopt;
        }
    }

    // ---- accounts

    void account(Row& row)
    {
        const std::string ref = row.text("ref");
        std::optional<Account> existing;
        if (!ref.empty())
            existing = findAccount(ref);
        else
            existing = accountByName(row.text("name"));
        Account a = existing ? *existing : Account{};
        a.ref = ref;
        if (row.has("name"))
            a.name = row.required("name");
        auto set = [&](const char* field, std::string& target) {
            if (row.has(field))
                target = row.text(field);
        };
        set("legal_name", a.legalName);
        set("industry", a.industry);
        set("country", a.country);
        set("region", a.region);
        set("website", a.website);
        if (row.has("headcount"))
            a.headcount = row.integer("headcount", 0, 100'000'000);
        if (row.has("status")) {
            if (auto s = row.key<AccountStatus>("status"))
                a.status = *s;
        }
        if (row.has("kinds")) {
            const auto kinds = KindSet::parseKeys(foldKey(row.text("kinds")));
            if (!kinds)
                row.problem("kinds", "expected a comma-separated list of: " + keyList<KeyAccountKind>());
            else
                a.kinds = *kinds;
        }
        if (row.has("owner"))
            a.ownerId = manager(row, "owner");
        if (row.has("tags"))
            a.tags = splitItems(row.raw("tags"), ',');
        if (row.has("need"))
            a.qualification.need = row.boolean("need");
        if (row.has("solvency"))
            a.qualification.solvency = row.boolean("solvency");
        if (row.has("authority"))
            a.qualification.authority = row.boolean("authority");
        std::string parentRef;
        if (row.has("parent")) {
            parentRef = row.text("parent");
            if (parentRef.empty())
                a.parentId.reset();
            else if (parentRef == ref)
                row.problem("parent", "an account cannot be its own parent");
            else if (!m_fileRefs.count(parentRef) && !findAccount(parentRef))
                row.problem("parent", "no account has the reference '" + parentRef + "'");
        }
        row.problems(a.validate());
        if (!row.ok())
            return;
        const bool linkParent = !parentRef.empty();
        if (linkParent && existing) {
            // Compare with the parent as it will be, so that an unchanged row counts as unchanged.
            if (auto p = findAccount(parentRef))
                a.parentId = p->id;
        }
        if (!existing) {
            if (linkParent)
                a.parentId.reset();
            m_store.accounts().create(a);
            recordCreated(ImportedRecord::Account, a.id);
            count(Outcome::Created);
        } else if (a == *existing) {
            count(Outcome::Unchanged);
        } else {
            m_store.accounts().update(a);
            count(Outcome::Updated);
        }
        if (!a.ref.empty())
            m_accountCache[a.ref] = a;
        if (linkParent && (!existing || !a.parentId))
            m_parentLinks.push_back({a.id, a.id, parentRef, row.line()});
    }

    std::optional<Account> accountByName(const std::string& name)
    {
        if (name.empty())
            return std::nullopt;
        AccountQuery q;
        q.text = name;
        q.includeArchived = true;
        const auto key = foldKey(name);
        for (auto& a : m_store.accounts().list(q))
            if (a.ref.empty() && foldKey(a.name) == key)
                return a;
        return std::nullopt;
    }

    // ---- contacts

    std::vector<Contact>& contactsOf(AccountId id)
    {
        auto it = m_contactCache.find(id);
        if (it == m_contactCache.end())
            it = m_contactCache.emplace(id, m_store.contacts().listForAccount(id)).first;
        return it->second;
    }

    std::optional<Contact> findContact(AccountId accountId, const std::string& emailOrName)
    {
        const auto key = foldKey(emailOrName);
        auto& contacts = contactsOf(accountId);
        for (const auto& c : contacts)
            if (!c.email.empty() && foldKey(c.email) == key)
                return c;
        for (const auto& c : contacts)
            if (foldKey(c.name) == key)
                return c;
        return std::nullopt;
    }

    std::optional<Account> requiredAccount(Row& row)
    {
        const std::string ref(row.required("account"));
        if (ref.empty())
            return std::nullopt;
        auto a = findAccount(ref);
        if (!a)
            row.problem("account", "no account has the reference '" + ref + "'");
        return a;
    }

    void contact(Row& row)
    {
        const auto account = requiredAccount(row);
        const std::string name(row.required("name"));
        const auto email = row.text("email");
        if (!account)
            return;
        std::optional<Contact> existing;
        if (!email.empty())
            existing = findContact(account->id, email);
        if (!existing && !name.empty()) {
            auto byName = findContact(account->id, name);
            if (byName && (email.empty() || byName->email.empty()))
                existing = byName;
        }
        Contact c = existing ? *existing : Contact{};
        c.accountId = account->id;
        c.name = name;
        auto set = [&](const char* field, std::string& target) {
            if (row.has(field))
                target = row.text(field);
        };
        set("position", c.position);
        set("department", c.department);
        set("email", c.email);
        set("language", c.language);
        set("notes", c.notes);
        if (row.has("phones")) {
            c.phones.clear();
            for (const auto& item : splitItems(row.raw("phones"), ';')) {
                Phone p;
                const auto colon = item.find(':');
                // "work: +49 30 1234" has a label; "+49 30 1234" has none.
                if (colon != std::string::npos && item.find_first_of("0123456789+") > colon) {
                    p.label = std::string(trim(std::string_view(item).substr(0, colon)));
                    p.number = std::string(trim(std::string_view(item).substr(colon + 1)));
                } else {
                    p.number = item;
                }
                c.phones.push_back(std::move(p));
            }
        }
        if (row.has("role")) {
            const auto role = row.key<DecisionRole>("role");
            c.role = role.value_or(DecisionRole::Unknown);
        }
        if (row.has("attitude")) {
            const auto attitude = row.key<Attitude>("attitude");
            c.attitude = attitude.value_or(Attitude::Unknown);
        }
        if (row.has("influence")) {
            if (auto i = row.integer("influence", 1, 5))
                c.influence = *i;
        }
        if (row.has("left_company"))
            c.leftCompany = row.boolean("left_company").value_or(false);
        std::string bossKey;
        if (row.has("reports_to")) {
            bossKey = row.text("reports_to");
            if (bossKey.empty())
                c.reportsTo.reset();
            else if (foldKey(bossKey) == foldKey(email) || foldKey(bossKey) == foldKey(name))
                row.problem("reports_to", "a person cannot report to themselves");
            else if (!m_fileContacts.count(account->ref + '\n' + foldKey(bossKey)) &&
                     !findContact(account->id, bossKey))
                row.problem("reports_to", "no contact with that e-mail or name at account '" + account->ref + "'");
        }
        row.problems(c.validate());
        if (!row.ok())
            return;
        if (!bossKey.empty()) {
            if (auto boss = findContact(account->id, bossKey))
                c.reportsTo = boss->id;
        }
        auto& cached = contactsOf(account->id);
        if (!existing) {
            const bool link = !bossKey.empty() && !c.reportsTo;
            m_store.contacts().create(c);
            recordCreated(ImportedRecord::Contact, c.id);
            count(Outcome::Created);
            cached.push_back(c);
            if (link)
                m_reportsToLinks.push_back({c.id, account->id, bossKey, row.line()});
        } else {
            if (c == *existing) {
                count(Outcome::Unchanged);
            } else {
                m_store.contacts().update(c);
                count(Outcome::Updated);
            }
            for (auto& k : cached)
                if (k.id == c.id)
                    k = c;
            if (!bossKey.empty() && !c.reportsTo)
                m_reportsToLinks.push_back({c.id, account->id, bossKey, row.line()});
        }
    }

    // ---- interactions

    void interaction(Row& row)
    {
        const auto account = requiredAccount(row);
        const auto when = row.has("date") ? row.dateTime("date") : std::nullopt;
        if (row.text("date").empty())
            row.problem("date", "a value is required");
        std::optional<InteractionKind> kind;
        if (row.text("kind").empty())
            row.problem("kind", "a value is required");
        else
            kind = row.key<InteractionKind>("kind");
        if (!account || !when || !kind)
            return;
        Interaction i;
        i.accountId = account->id;
        i.occurredAt = *when;
        i.kind = *kind;
        i.subject = row.text("subject");
        i.summary = row.text("summary");
        i.outcome = row.text("outcome");
        if (row.has("sentiment"))
            i.sentiment = row.key<Sentiment>("sentiment").value_or(Sentiment::Unknown);
        if (row.has("manager"))
            i.managerId = manager(row, "manager");
        if (row.has("contacts")) {
            for (const auto& key : splitItems(row.raw("contacts"), ';')) {
                if (auto c = findContact(account->id, key))
                    i.contactIds.push_back(c->id);
                else
                    row.problem("contacts", "no contact '" + key + "' at account '" + account->ref + "'");
            }
        }
        row.problems(i.validate());
        if (!row.ok())
            return;
        // The natural key of an interaction: account, time, kind and subject.
        auto& known = interactionsOf(account->id);
        Interaction* existing = nullptr;
        for (auto& k : known)
            if (k.occurredAt == i.occurredAt && k.kind == i.kind && k.subject == i.subject)
                existing = &k;
        if (!existing) {
            m_store.interactions().create(i);
            recordCreated(ImportedRecord::Interaction, i.id);
            count(Outcome::Created);
            known.push_back(i);
            return;
        }
        Interaction merged = *existing;
        if (row.has("summary"))
            merged.summary = i.summary;
        if (row.has("outcome"))
            merged.outcome = i.outcome;
        if (row.has("sentiment"))
            merged.sentiment = i.sentiment;
        if (row.has("manager"))
            merged.managerId = i.managerId;
        if (row.has("contacts"))
            merged.contactIds = i.contactIds;
        if (merged == *existing) {
            count(Outcome::Unchanged);
        } else {
            m_store.interactions().update(merged);
            *existing = merged;
            count(Outcome::Updated);
        }
    }

    std::vector<Interaction>& interactionsOf(AccountId id)
    {
        auto it = m_interactionCache.find(id);
        if (it == m_interactionCache.end())
            it = m_interactionCache.emplace(id, m_store.interactions().listForAccount(id)).first;
        return it->second;
    }

    // ---- sales

    void sale(Row& row)
    {
        const auto& c = m_saleColumns;
        const std::string_view ref = row.required(c.account); // a view into the record
        SaleLine line;
        const auto date = row.date(c.date);
        if (row.trimmed(c.date).empty())
            row.problem(c.date, "a value is required");
        std::optional<Money> amount;
        if (row.has(c.amount)) {
            amount = row.money(c.amount);
            if (!amount && row.trimmed(c.amount).empty())
                row.problem(c.amount, "a value is required");
        }
        if (row.has(c.quantity)) {
            line.quantity = row.decimal(c.quantity, SaleLine::kQuantityDecimals);
            if (!line.quantity && !row.has(c.amount) && row.trimmed(c.quantity).empty())
                row.problem(c.quantity, "a value is required (or map an amount column)");
        }
        if (!row.has(c.amount) && row.has(c.unitPrice)) {
            const auto price = row.money(c.unitPrice);
            if (!price && row.trimmed(c.unitPrice).empty())
                row.problem(c.unitPrice, "a value is required (or map an amount column)");
            if (price && line.quantity) {
                amount = multiplyExact(*line.quantity, SaleLine::kQuantityDecimals, *price);
                if (!amount)
                    row.problem(c.unitPrice, "quantity x unit_price needs more than " +
                                                 std::to_string(Money::kDecimals) + " decimals or is too large");
            }
        }
        if (row.has(c.margin))
            line.margin = row.money(c.margin);
        line.product = row.trimmed(c.product);
        line.document = row.trimmed(c.document);
        std::optional<AccountId> accountId;
        if (!ref.empty()) {
            // All references in one query on the first line, then a hash lookup per line:
            // findAccount's query (two statements prepared per new reference) and its copy of
            // the whole Account were over half of an import's time.
            if (!m_saleAccountIds) {
                m_saleAccountIds.emplace();
                for (const auto& [key, id] : m_store.accounts().idsByRef())
                    m_saleAccountIds->insert(key, id);
                for (const auto& [key, a] : m_accountCache) // none yet for a sale import; be safe
                    m_saleAccountIds->insert(key, a.id);
            }
            if (const AccountId* found = m_saleAccountIds->find(ref)) {
                accountId = *found;
            } else if (!m_options.createAccounts) {
                row.problem(c.account, "no account has the reference '" + std::string(ref) + "' (--no-create)");
            } else {
                Account created;
                created.ref = ref;
                created.name = row.trimmed(c.accountName);
                if (created.name.empty())
                    created.name = ref;
                created.country = row.trimmed(c.country);
                row.problems(created.validate());
                if (row.ok()) {
                    m_store.accounts().create(created);
                    recordCreated(ImportedRecord::Account, created.id);
                    // The id only: a copy of every created Account was 20 MB at 50,000 accounts.
                    m_saleAccountIds->insert(ref, created.id);
                    ++m_summary.accountsCreated;
                    accountId = created.id;
                }
            }
        }
        if (!row.ok() || !accountId || !date || !amount)
            return;
        line.accountId = *accountId;
        line.date = *date;
        line.amount = *amount;
        line.batchId = m_batch;
        row.problems(line.validate());
        if (!row.ok())
            return;
        m_summary.total += line.amount;
        ++m_summary.created;
        // A dry run stops here: the line is valid and counted. Writing it could fail only for a
        // reason no row can cause (its account is one of idsByRef's or was created above, and
        // validate() is what add() checks), and the rollback would take it back anyway; writing
        // was half of a dry run's time, inserting into the (account, date) index without a BulkLoad.
        if (m_options.dryRun)
            return;
        m_pendingSales.push_back(std::move(line));
        if (m_pendingSales.size() >= 50'000)
            flushSales();
    }

    void flushSales()
    {
        if (m_pendingSales.empty())
            return;
        m_store.sales().add(m_pendingSales);
        m_pendingSales.clear();
    }

    Workspace& m_ws;
    Store& m_store;
    const ImportOptions& m_options;
    ImportSummary& m_summary;
    std::optional<BatchId> m_batch;
    const ColumnMap* m_columns = nullptr;
    // The sale fields' columns, resolved once by setColumns: a sale line looks up none of them.
    struct SaleColumns
    {
        Column account = "account", date = "date", amount = "amount", quantity = "quantity",
               unitPrice = "unit_price", margin = "margin", product = "product", document = "document",
               accountName = "account_name", country = "country";
    } m_saleColumns;
    std::unordered_map<std::string, Account> m_accountCache;
    std::optional<RefIds> m_saleAccountIds; // loaded by the first sale line
    std::unordered_map<std::string, ManagerId> m_managerCache;
    std::unordered_map<AccountId, std::vector<Contact>> m_contactCache;
    std::unordered_map<AccountId, std::vector<Interaction>> m_interactionCache;
    std::set<std::string> m_fileRefs;
    std::set<std::string> m_fileContacts;
    std::vector<Link> m_parentLinks;
    std::vector<Link> m_reportsToLinks;
    std::vector<SaleLine> m_pendingSales;
};

std::ifstream openInput(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw Error(file.string() + ": cannot be opened for reading");
    return in;
}

std::string summaryJson(const ImportSummary& s)
{
    nlohmann::ordered_json j;
    j["rows"] = s.rows;
    j["created"] = s.created;
    j["updated"] = s.updated;
    j["unchanged"] = s.unchanged;
    j["rejected"] = s.rejected;
    j["accounts_created"] = s.accountsCreated;
    j["total"] = s.total.toString();
    if (s.rejectsFile)
        j["rejects_file"] = s.rejectsFile->string();
    return j.dump();
}

} // namespace

std::optional<ImportKind> importKindFromName(std::string_view name)
{
    if (name == "accounts")
        return ImportKind::Accounts;
    if (name == "contacts")
        return ImportKind::Contacts;
    if (name == "interactions")
        return ImportKind::Interactions;
    if (name == "sales")
        return ImportKind::Sales;
    return std::nullopt;
}

std::string_view importKindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Accounts:
        return "accounts";
    case ImportKind::Contacts:
        return "contacts";
    case ImportKind::Interactions:
        return "interactions";
    case ImportKind::Sales:
        return "sales";
    }
    return "sales";
}

const std::vector<ImportField>& importFields(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Accounts:
        return accountFields();
    case ImportKind::Contacts:
        return contactFields();
    case ImportKind::Interactions:
        return interactionFields();
    case ImportKind::Sales:
        return saleFields();
    }
    return saleFields();
}

std::vector<std::string> suggestedFields(ImportKind kind, const std::vector<std::string>& header)
{
    ColumnMap map;
    std::set<std::size_t> taken;
    matchSynonyms(importFields(kind), header, map, taken);
    std::vector<std::string> out(header.size());
    for (const auto& [field, column] : map)
        out[column] = field;
    return out;
}

std::uint64_t importProgressTotal(const ImportOptions& options)
{
    std::error_code error;
    const auto size = std::filesystem::file_size(options.file, error);
    if (error)
        return 0;
    const bool twoPasses = options.kind == ImportKind::Accounts || options.kind == ImportKind::Contacts;
    return static_cast<std::uint64_t>(size) * (twoPasses ? 2 : 1);
}

ImportRejected::ImportRejected(ImportSummary summary)
    : Error(summary.file.string() + ": " + std::to_string(summary.rejected) + " of " +
            std::to_string(summary.rows) + " rows are invalid (" + std::to_string(summary.problemCount) +
            " problems); nothing was imported"),
      m_summary(std::move(summary))
{
}

AlreadyImported::AlreadyImported(ImportBatch previous)
    : Error(previous.fileName + ": the same content was imported as batch " + std::to_string(previous.id) + " on " +
            previous.importedAt.toIso() + "; give --again to import it once more, or undo that batch first"),
      m_previous(std::move(previous))
{
}

ImportSummary importCsv(Workspace& workspace, const ImportOptions& options)
{
    ImportSummary summary;
    summary.kind = options.kind;
    summary.file = options.file;
    summary.dryRun = options.dryRun;
    if (!std::filesystem::is_regular_file(options.file))
        throw Error(options.file.string() + ": no such file");
    summary.sha256 = sha256OfFile(options.file);
    auto& store = workspace.store();
    summary.previous = store.importBatches().findBySha256(summary.sha256);
    if (summary.previous && !options.again && !options.dryRun)
        throw AlreadyImported(*summary.previous);

    const auto& fields = importFields(options.kind);
    Importer importer(workspace, options, summary);

    // Progress over both passes; a false answer stops before anything is committed
    // (the transaction below rolls back as the exception leaves this function).
    const std::uint64_t progressTotal = importProgressTotal(options);
    std::uint64_t passStart = 0;
    const auto reportProgress = [&](std::uint64_t bytes) {
        if (options.progress && !options.progress(std::min(passStart + bytes, progressTotal), progressTotal))
            throw Cancelled(options.file.string() + ": the import was cancelled; nothing was imported");
    };
    constexpr std::int64_t kRowsPerProgress = 256;

    if (options.kind == ImportKind::Accounts || options.kind == ImportKind::Contacts) {
        auto in = openInput(options.file);
        csv::CsvReader reader(in, options.file.string(), options.reader);
        const auto columns = resolveColumns(fields, reader.header(), options);
        csv::Record record;
        std::int64_t learned = 0;
        while (reader.next(record)) {
            Row row(record, columns, reader.header(), options);
            importer.learn(row);
            if (++learned % kRowsPerProgress == 0)
                reportProgress(reader.bytesConsumed());
        }
        passStart = progressTotal / 2;
        reportProgress(0);
    }

    auto in = openInput(options.file);
    csv::CsvReader reader(in, options.file.string(), options.reader);
    const auto header = reader.header();
    const auto columns = resolveColumns(fields, header, options);
    for (const auto& [field, index] : columns)
        summary.columns.emplace_back(field, header[index]);
    importer.setColumns(&columns);

    // A sale import is all or nothing and writes nothing it would want to undo on its own, so the
    // accounts it creates on the way join its transaction instead of taking a savepoint each.
    auto tx = store.transaction(options.kind == ImportKind::Sales ? sql::Transaction::Nesting::Joined
                                                                  : sql::Transaction::Nesting::Savepoints);
    if (!options.dryRun) {
        ImportBatch batch;
        batch.kind = std::string(importKindName(options.kind));
        batch.fileName = options.file.filename().string();
        batch.sha256 = summary.sha256;
        batch.importedAt = workspace.clock().now();
        store.importBatches().create(batch);
        summary.batch = batch.id;
        importer.setBatch(batch.id);
    }
    // A sale import gathers each account's lines into full chunks across the whole file and writes
    // the monthly totals every quarter million (account, month) pairs, rather than after every
    // 50,000 lines (SqliteSaleRepository::BulkLoad).
    std::optional<SqliteSaleRepository::BulkLoad> bulkLoad;
    if (options.kind == ImportKind::Sales && !options.dryRun)
        bulkLoad.emplace(store.sales());

    std::unique_ptr<AtomicFile> rejects;
    std::unique_ptr<csv::CsvWriter> rejectsWriter;
    if (options.skipInvalid && !options.dryRun) {
        auto path = options.rejectsFile.value_or(options.file.parent_path() /
                                                 (options.file.stem().string() + ".rejects.csv"));
        rejects = std::make_unique<AtomicFile>(path);
        csv::WriterOptions raw;
        raw.protectFormulas = false; // the rows go back unchanged
        raw.delimiter = reader.delimiter();
        rejectsWriter = std::make_unique<csv::CsvWriter>(rejects->stream(), raw);
        std::vector<std::string> head{"line", "reason"};
        head.insert(head.end(), header.begin(), header.end());
        rejectsWriter->writeRow(head);
        summary.rejectsFile = path;
    }

    csv::Record record;
    std::int64_t sinceProgress = 0;
    while (reader.next(record)) {
        ++summary.rows;
        Row row(record, columns, header, options);
        if (record.fields.size() != header.size())
            row.recordProblem("expected " + std::to_string(header.size()) + " fields as in the header, found " +
                              std::to_string(record.fields.size()));
        else
            importer.process(row);
        if (!row.ok()) {
            ++summary.rejected;
            auto& problems = row.takeProblems();
            summary.problemCount += static_cast<std::int64_t>(problems.size());
            std::string reason;
            for (auto& p : problems) {
                reason += (reason.empty() ? "" : "; ") + (p.column.empty() ? "" : p.column + ": ") + p.reason;
                if (summary.problems.size() < ImportSummary::kMaxProblems)
                    summary.problems.push_back(std::move(p));
            }
            if (rejectsWriter) {
                std::vector<std::string> out{std::to_string(record.line), reason};
                out.insert(out.end(), record.fields.begin(), record.fields.end());
                rejectsWriter->writeRow(out);
            }
        }
        if (++sinceProgress == kRowsPerProgress) {
            sinceProgress = 0;
            reportProgress(reader.bytesConsumed());
        }
    }
    importer.finish();
    if (bulkLoad)
        bulkLoad->finish();
    reportProgress(reader.bytesConsumed());

    if (summary.rejected > 0 && !options.skipInvalid)
        throw ImportRejected(std::move(summary)); // the transaction rolls back
    if (options.dryRun)
        return summary; // rolled back: nothing written
    store.importBatches().updateSummary(*summary.batch, summaryJson(summary));
    if (rejects) {
        if (summary.rejected > 0)
            rejects->commit();
        else
            summary.rejectsFile.reset();
    }
    tx.commit();
    return summary;
}

UndoSummary undoImport(Workspace& workspace, BatchId batch)
{
    auto& store = workspace.store();
    if (!store.importBatches().find(batch))
        throw NotFoundError("import batch " + std::to_string(batch) + " does not exist (see: import batches)");
    UndoSummary undo;
    undo.batch = batch;
    auto tx = store.transaction();
    undo.saleLines = store.sales().removeBatch(batch);
    for (auto id : store.importBatches().created(batch, ImportedRecord::Interaction)) {
        if (store.interactions().find(id)) {
            store.interactions().remove(id);
            ++undo.interactions;
        }
    }
    for (auto id : store.importBatches().created(batch, ImportedRecord::Contact)) {
        if (store.contacts().find(id)) {
            store.contacts().remove(id);
            ++undo.contacts;
        }
    }
    for (auto id : store.importBatches().created(batch, ImportedRecord::Account)) {
        const auto account = store.accounts().find(id);
        if (!account)
            continue;
        // Only an account that holds nothing else: later work on it is not ours to remove.
        SaleQuery sq;
        sq.accountId = id;
        FollowUpQuery fq;
        fq.accountId = id;
        fq.openOnly = false;
        const bool empty = store.sales().count(sq) == 0 && store.contacts().listForAccount(id).empty() &&
                           store.interactions().listForAccount(id, 1).empty() &&
                           store.accounts().dossier(id).filledSections() == 0 &&
                           store.followUps().list(fq).empty() && store.tenders().listForAccount(id).empty();
        if (empty) {
            store.accounts().remove(id, RemoveMode::Purge);
            ++undo.accounts;
        } else {
            undo.accountsKept.push_back(account->ref.empty() ? account->name : account->ref);
        }
    }
    store.importBatches().remove(batch);
    tx.commit();
    return undo;
}

} // namespace keystone
