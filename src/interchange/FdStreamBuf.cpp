#include "interchange/FdStreamBuf.h"

#include <cerrno>
#include <unistd.h>

namespace keystone {

FdStreamBuf::FdStreamBuf(int fd) : m_fd(fd)
{
    setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
}

bool FdStreamBuf::writeAll(const char* data, std::size_t size)
{
    if (m_error != 0)
        return false;
    while (size > 0) {
        const ssize_t written = ::write(m_fd, data, size);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            m_error = errno;
            return false;
        }
        data += written;
        size -= static_cast<std::size_t>(written);
    }
    return true;
}

bool FdStreamBuf::drain()
{
    const bool ok = writeAll(pbase(), static_cast<std::size_t>(pptr() - pbase()));
    setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
    return ok;
}

FdStreamBuf::int_type FdStreamBuf::overflow(int_type ch)
{
    if (!drain())
        return traits_type::eof();
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
        *pptr() = traits_type::to_char_type(ch);
        pbump(1);
    }
    return traits_type::not_eof(ch);
}

std::streamsize FdStreamBuf::xsputn(const char* data, std::streamsize size)
{
    // Large writes (a PDF held in memory) go straight to the file, past the buffer.
    if (size > static_cast<std::streamsize>(epptr() - pptr())) {
        if (!drain() || !writeAll(data, static_cast<std::size_t>(size)))
            return 0;
        return size;
    }
    return std::streambuf::xsputn(data, size);
}

int FdStreamBuf::sync()
{
    return drain() ? 0 : -1;
}

} // namespace keystone
