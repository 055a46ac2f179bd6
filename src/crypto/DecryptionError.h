// Why an encrypted file was refused. Every message names the file; nothing decrypted from it
// may be used when this is thrown.
#pragma once

#include "domain/Errors.h"

namespace keystone::crypto {

class DecryptionError : public Error
{
public:
    enum class Reason
    {
        WrongPassphrase, // or not a Keystone encrypted file: the first chunk does not authenticate
        Damaged,         // a later chunk does not authenticate, or bytes follow the last one
        Truncated,       // the file ends before the chunk marked final
        Unsupported,     // a format version or parameters this Keystone does not read
    };
    DecryptionError(Reason reason, const std::string& message) : Error(message), m_reason(reason) {}
    Reason reason() const { return m_reason; }

private:
    Reason m_reason;
};

} // namespace keystone::crypto
