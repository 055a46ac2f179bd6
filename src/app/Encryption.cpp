#include "app/Encryption.h"

#include "app/DecryptedCopy.h"
#include "app/InputFile.h"
#include "app/OutputFile.h"
#include "app/Paths.h"
#include "app/Workspace.h"
#include "crypto/Decryption.h"
#include "crypto/EncryptedFormat.h"
#include "crypto/EncryptingStreamBuf.h"
#include "storage/PrivateFiles.h"

#include <fstream>
#include <sstream>

namespace keystone {

bool isEncryptedFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    char prefix[crypto::kMagic.size()] = {};
    in.read(prefix, sizeof prefix);
    return in.gcount() == static_cast<std::streamsize>(sizeof prefix) &&
           crypto::startsWithMagic(std::string_view(prefix, sizeof prefix));
}

void writeEncrypted(std::ostream& sink, const Passphrase& passphrase,
                    const std::function<void(std::ostream&)>& write)
{
    crypto::EncryptingStream out(sink, passphrase);
    write(out);
    out.finish();
}

void writeEncryptedFile(const std::filesystem::path& target, const Passphrase& passphrase,
                        const std::function<void(std::ostream&)>& write)
{
    writeOutputFile(target, [&](std::ostream& file) { writeEncrypted(file, passphrase, write); });
}

std::string decryptFile(const std::filesystem::path& file, const Passphrase& passphrase)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw Error("cannot open " + file.string() + " for reading");
    std::ostringstream out;
    crypto::decryptStream(in, file.string(), passphrase, out);
    return std::move(out).str();
}

std::string readInputText(const std::filesystem::path& file, const Passphrase* passphrase)
{
    if (!isEncryptedFile(file))
        return readWholeFile(file);
    if (!passphrase)
        throw Error(file.string() + " is encrypted; its passphrase is needed to read it");
    return decryptFile(file, *passphrase);
}

void writeEncryptedBackup(Workspace& workspace, const std::filesystem::path& target,
                          const Passphrase& passphrase)
{
    // The plain copy goes where the database already lies in plain (its folder is private), unless
    // that folder is read-only.
    const std::filesystem::path beside = folderIsWritable(workspace.path()) ? workspace.path() : target;
    const std::filesystem::path plain = createPrivateTemporary(beside, ".backup");
    try {
        workspace.backup(plain);
        std::ifstream in(plain, std::ios::binary);
        if (!in)
            throw Error("cannot read the backup copy " + plain.string());
        writeEncryptedFile(target, passphrase, [&](std::ostream& out) {
            out << in.rdbuf();
            if (in.bad())
                throw Error("cannot read the backup copy " + plain.string());
        });
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(plain, ignored);
        throw;
    }
    std::error_code ignored;
    std::filesystem::remove(plain, ignored);
}

RestoreResult restoreEncryptedBackup(const std::filesystem::path& database,
                                     const std::filesystem::path& backup, const Passphrase& passphrase)
{
    if (!std::filesystem::is_regular_file(backup))
        throw Error(backup.string() + ": no such backup file");
    if (!database.parent_path().empty())
        createPrivateDirectories(database.parent_path());
    const DecryptedCopy copy(backup, passphrase, database);
    return restoreBackup(database, copy.path());
}

} // namespace keystone
