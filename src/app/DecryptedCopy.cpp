#include "app/DecryptedCopy.h"

#include "crypto/Decryption.h"
#include "domain/Errors.h"
#include "storage/PrivateFiles.h"

#include <fstream>

namespace keystone {

DecryptedCopy::DecryptedCopy(const std::filesystem::path& file, const Passphrase& passphrase,
                             const std::filesystem::path& beside)
    : m_path(createPrivateTemporary(beside, ".decrypted"))
{
    try {
        std::ifstream in(file, std::ios::binary);
        if (!in)
            throw Error("cannot open " + file.string() + " for reading");
        std::ofstream out(m_path, std::ios::binary | std::ios::trunc);
        if (!out)
            throw Error("cannot write the decrypted copy " + m_path.string());
        crypto::decryptStream(in, file.string(), passphrase, out);
        out.close();
        if (!out)
            throw Error("cannot write the decrypted copy " + m_path.string() + " (is the disk full?)");
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(m_path, ignored);
        throw;
    }
}

DecryptedCopy::~DecryptedCopy()
{
    std::error_code ignored;
    std::filesystem::remove(m_path, ignored);
}

} // namespace keystone
