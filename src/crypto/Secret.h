// A passphrase or key in memory libsodium guards: allocated with sodium_malloc (locked, so it is
// not swapped out, between guard pages) and wiped when freed, so no copy of it outlives its use.
#pragma once

#include <cstddef>
#include <string_view>

namespace keystone::crypto {

class Secret
{
public:
    // An empty secret with room for `capacity` bytes; throws keystone::Error when memory is short.
    explicit Secret(std::size_t capacity);
    Secret(Secret&& other) noexcept;
    Secret& operator=(Secret&& other) noexcept;
    Secret(const Secret&) = delete;
    Secret& operator=(const Secret&) = delete;
    ~Secret();

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    std::size_t capacity() const { return m_capacity; }
    bool empty() const { return m_size == 0; }
    // Appends one byte; false when the secret is full.
    bool push(unsigned char byte);
    // Drops the bytes from `size` on, wiping them.
    void truncate(std::size_t size);
    std::string_view view() const;
    bool operator==(const Secret& other) const;

private:
    void release() noexcept;

    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

} // namespace keystone::crypto
