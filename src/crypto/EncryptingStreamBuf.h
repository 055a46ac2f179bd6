// Encrypts what is written into it onto another stream, in the format of EncryptedFormat.h:
// the header goes out at once, the content in chunks of 64 KiB as they fill, and finish()
// writes the last chunk, marked final. Without finish() the output lacks its final chunk and
// is refused as truncated when read, which is what an interrupted write should give.
#pragma once

#include "crypto/EncryptedFormat.h"
#include "crypto/Secret.h"

#include <memory>
#include <ostream>
#include <streambuf>
#include <vector>

namespace keystone::crypto {

class EncryptingStreamBuf : public std::streambuf
{
public:
    // Derives the key (a fraction of a second at the interactive limits) and writes the header.
    EncryptingStreamBuf(std::ostream& sink, const Secret& passphrase,
                        KdfLimits limits = KdfLimits::interactive());
    EncryptingStreamBuf(const EncryptingStreamBuf&) = delete;
    EncryptingStreamBuf& operator=(const EncryptingStreamBuf&) = delete;
    // Wipes the key, the stream state and the buffered plaintext.
    ~EncryptingStreamBuf() override;

    // Writes the final chunk; nothing may be written after. Throws Error when the sink fails.
    void finish();

protected:
    int_type overflow(int_type ch) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;

private:
    void pushChunk(bool final);

    struct State;
    std::ostream& m_sink;
    std::unique_ptr<State> m_state;
    std::vector<char> m_plain;
    std::vector<unsigned char> m_cipher;
    std::string m_additional; // the header, authenticated with the first chunk
    bool m_finished = false;
};

// An ostream over an EncryptingStreamBuf, for the writers that take a std::ostream&.
class EncryptingStream : public std::ostream
{
public:
    EncryptingStream(std::ostream& sink, const Secret& passphrase,
                     KdfLimits limits = KdfLimits::interactive());
    void finish();

private:
    EncryptingStreamBuf m_buffer;
};

} // namespace keystone::crypto
