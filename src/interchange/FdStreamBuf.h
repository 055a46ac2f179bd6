// A write-only stream buffer over a file descriptor the caller opened, so that a file
// can be created with the flags std::ofstream cannot ask for (O_EXCL, O_NOFOLLOW, a
// mode) and still be written through std::ostream. A failed write sets the stream's
// badbit and keeps the errno in error().
#pragma once

#include <array>
#include <streambuf>

namespace keystone {

class FdStreamBuf : public std::streambuf
{
public:
    // Does not take ownership: the caller closes `fd` after the last sync().
    explicit FdStreamBuf(int fd);
    FdStreamBuf(const FdStreamBuf&) = delete;
    FdStreamBuf& operator=(const FdStreamBuf&) = delete;

    // The errno of the first failed write, or 0.
    int error() const { return m_error; }

protected:
    int_type overflow(int_type ch) override;
    std::streamsize xsputn(const char* data, std::streamsize size) override;
    int sync() override;

private:
    bool writeAll(const char* data, std::size_t size);
    bool drain();

    int m_fd;
    int m_error = 0;
    std::array<char, 64 * 1024> m_buffer{};
};

} // namespace keystone
