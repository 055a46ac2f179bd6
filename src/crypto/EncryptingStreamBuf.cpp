#include "crypto/EncryptingStreamBuf.h"

#include "domain/Errors.h"

#include <cstring>
#include <sodium.h>

namespace keystone::crypto {

struct EncryptingStreamBuf::State
{
    crypto_secretstream_xchacha20poly1305_state stream{};
    ~State() { sodium_memzero(&stream, sizeof stream); }
};

EncryptingStreamBuf::EncryptingStreamBuf(std::ostream& sink, const Secret& passphrase, KdfLimits limits)
    : m_sink(sink), m_state(std::make_unique<State>()), m_plain(kChunkSize),
      m_cipher(kChunkSize + crypto_secretstream_xchacha20poly1305_ABYTES)
{
    if (passphrase.empty())
        throw Error("an empty passphrase cannot encrypt");
    FileHeader header;
    header.limits = limits;
    randombytes_buf(header.salt.data(), header.salt.size());
    {
        const Secret key = deriveKey(passphrase, header);
        crypto_secretstream_xchacha20poly1305_init_push(&m_state->stream, header.stream.data(), key.data());
    }
    m_additional = header.serialize();
    m_sink.write(m_additional.data(), static_cast<std::streamsize>(m_additional.size()));
    setp(m_plain.data(), m_plain.data() + m_plain.size());
}

EncryptingStreamBuf::~EncryptingStreamBuf()
{
    sodium_memzero(m_plain.data(), m_plain.size());
}

void EncryptingStreamBuf::pushChunk(bool final)
{
    const auto length = static_cast<unsigned long long>(pptr() - pbase());
    unsigned long long written = 0;
    const auto* ad = reinterpret_cast<const unsigned char*>(m_additional.data());
    crypto_secretstream_xchacha20poly1305_push(&m_state->stream, m_cipher.data(), &written,
                                               reinterpret_cast<const unsigned char*>(m_plain.data()), length,
                                               m_additional.empty() ? nullptr : ad, m_additional.size(),
                                               final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                                     : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    m_additional.clear(); // only the first chunk carries the header
    sodium_memzero(m_plain.data(), static_cast<std::size_t>(length));
    m_sink.write(reinterpret_cast<const char*>(m_cipher.data()), static_cast<std::streamsize>(written));
    if (!m_sink)
        throw Error("cannot write the encrypted output");
    setp(m_plain.data(), m_plain.data() + m_plain.size());
}

EncryptingStreamBuf::int_type EncryptingStreamBuf::overflow(int_type ch)
{
    if (m_finished)
        return traits_type::eof();
    // The buffer is full and more follows, so this chunk is not the last one.
    pushChunk(false);
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
        *pptr() = traits_type::to_char_type(ch);
        pbump(1);
    }
    return traits_type::not_eof(ch);
}

std::streamsize EncryptingStreamBuf::xsputn(const char* s, std::streamsize n)
{
    std::streamsize done = 0;
    while (done < n) {
        if (pptr() == epptr() && traits_type::eq_int_type(overflow(traits_type::eof()), traits_type::eof()))
            break;
        const auto room = static_cast<std::streamsize>(epptr() - pptr());
        const auto take = std::min(room, n - done);
        std::memcpy(pptr(), s + done, static_cast<std::size_t>(take));
        pbump(static_cast<int>(take));
        done += take;
    }
    return done;
}

void EncryptingStreamBuf::finish()
{
    if (m_finished)
        return;
    pushChunk(true);
    m_finished = true;
    m_sink.flush();
    if (!m_sink)
        throw Error("cannot write the encrypted output");
}

EncryptingStream::EncryptingStream(std::ostream& sink, const Secret& passphrase, KdfLimits limits)
    : std::ostream(nullptr), m_buffer(sink, passphrase, limits)
{
    rdbuf(&m_buffer);
    exceptions(std::ios::badbit); // a failing sink is an Error, not a silently short file
}

void EncryptingStream::finish()
{
    flush();
    m_buffer.finish();
}

} // namespace keystone::crypto
