// Encrypted backups and exports (issue 19) as the faces use them: a passphrase, whether a file
// is encrypted, writing a file or a stream encrypted, reading one back, and the encrypted
// backup. The format and the cryptography are crypto/ (docs/safety.md, "Encrypted files").
#pragma once

#include "app/BackupRestore.h"
#include "crypto/Secret.h"

#include <filesystem>
#include <functional>
#include <ostream>
#include <string>

namespace keystone {

class Workspace;

// A passphrase in guarded memory that is wiped when it goes (crypto/Secret).
using Passphrase = crypto::Secret;

// The most bytes a passphrase may have.
inline constexpr std::size_t kMaxPassphraseBytes = 1024;

// Whether the file starts with the mark of a Keystone encrypted file (false when it cannot be read).
bool isEncryptedFile(const std::filesystem::path& file);

// Writes what `write` produces to `target` encrypted, atomically (app/OutputFile: a new file is
// 0600); if anything throws, nothing is left behind.
void writeEncryptedFile(const std::filesystem::path& target, const Passphrase& passphrase,
                        const std::function<void(std::ostream&)>& write);

// Writes what `write` produces encrypted onto `sink` (standard output).
void writeEncrypted(std::ostream& sink, const Passphrase& passphrase,
                    const std::function<void(std::ostream&)>& write);

// The whole decrypted content of an encrypted file. Throws crypto::DecryptionError naming the file
// (a wrong passphrase, a damaged or truncated file) before any of it is returned.
std::string decryptFile(const std::filesystem::path& file, const Passphrase& passphrase);

// The content of a file for the readers that take text: decrypted when it is encrypted (then
// `passphrase` must be given), else as it is.
std::string readInputText(const std::filesystem::path& file, const Passphrase* passphrase);

// A consistent copy of the workspace's database, encrypted, in the new file `target` (0600). The
// plain copy it is made from lives in a private temporary file beside the database (or, in a
// read-only folder, beside the target) only while it is encrypted.
void writeEncryptedBackup(Workspace& workspace, const std::filesystem::path& target,
                          const Passphrase& passphrase);

// restoreBackup of an encrypted backup: it is decrypted whole into a private temporary file beside
// the database first, so a wrong passphrase or a damaged file is refused before anything is written.
RestoreResult restoreEncryptedBackup(const std::filesystem::path& database,
                                     const std::filesystem::path& backup, const Passphrase& passphrase);

} // namespace keystone
