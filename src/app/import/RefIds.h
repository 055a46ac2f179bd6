// Account reference -> id, for a sale import's one lookup per line.
#pragma once

#include "domain/Ids.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace keystone::imports {

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

} // namespace keystone::imports
