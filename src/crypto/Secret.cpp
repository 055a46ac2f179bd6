#include "crypto/Secret.h"

#include "crypto/Sodium.h"
#include "domain/Errors.h"

#include <sodium.h>
#include <utility>

namespace keystone::crypto {

Secret::Secret(std::size_t capacity) : m_capacity(capacity)
{
    initSodium();
    m_data = static_cast<unsigned char*>(sodium_malloc(capacity == 0 ? 1 : capacity));
    if (!m_data)
        throw Error("not enough memory for a passphrase");
}

Secret::Secret(Secret&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)),
      m_capacity(std::exchange(other.m_capacity, 0))
{
}

Secret& Secret::operator=(Secret&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

Secret::~Secret()
{
    release();
}

void Secret::release() noexcept
{
    // sodium_free wipes the memory before it gives it back.
    if (m_data)
        sodium_free(m_data);
    m_data = nullptr;
    m_size = 0;
}

bool Secret::push(unsigned char byte)
{
    if (m_size >= m_capacity)
        return false;
    m_data[m_size++] = byte;
    return true;
}

void Secret::truncate(std::size_t size)
{
    if (size >= m_size)
        return;
    sodium_memzero(m_data + size, m_size - size);
    m_size = size;
}

std::string_view Secret::view() const
{
    return {reinterpret_cast<const char*>(m_data), m_size};
}

bool Secret::operator==(const Secret& other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

} // namespace keystone::crypto
