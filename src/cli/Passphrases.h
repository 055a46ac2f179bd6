// The passphrase of an encrypted backup or export (issue 19): from --passphrase-file F (its first
// line), else asked on the terminal with echo off, twice when encrypting. Without a terminal on
// standard input and without --passphrase-file, the command stops with a message saying so.
#pragma once

#include "app/Encryption.h"
#include "cli/Command.h"

#include <filesystem>
#include <memory>
#include <optional>

namespace keystone::cli {

// The option names the commands that encrypt add to Args::parse.
inline constexpr const char* kPassphraseFileOption = "passphrase-file";
inline constexpr const char* kEncryptFlag = "encrypt";

// With --encrypt: the passphrase to encrypt with (confirmed when asked for); without it none.
// Throws UsageError for --passphrase-file without --encrypt, Error when there is no passphrase.
std::shared_ptr<const Passphrase> encryptionPassphrase(Context& c, const Args& args);

// For a file a command reads: its passphrase when `file` is encrypted, none when it is not (and
// then --passphrase-file is a UsageError).
std::optional<Passphrase> decryptionPassphrase(Context& c, const Args& args,
                                               const std::filesystem::path& file);

// Encrypted bytes are not for a terminal: throws UsageError when `out` is standard output and that
// is a terminal.
void refuseTerminalOutput(const Context& c);

} // namespace keystone::cli
