#include "cli/Passphrases.h"

#include <cerrno>
#include <fcntl.h>
#include <iostream>
#include <termios.h>
#include <unistd.h>

namespace keystone::cli {

namespace {

// Reads the first line of `fd` (without its newline, and a CR before it) into a new secret, byte
// by byte so that no other buffer holds it. Returns false at once when the line is too long.
bool readLine(int fd, Passphrase& into)
{
    for (;;) {
        unsigned char byte = 0;
        const ssize_t n = ::read(fd, &byte, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || byte == '\n')
            break;
        if (!into.push(byte))
            return false;
    }
    if (!into.empty() && into.data()[into.size() - 1] == '\r')
        into.truncate(into.size() - 1);
    return true;
}

Passphrase fromFile(const std::filesystem::path& file)
{
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw Error("cannot open the passphrase file " + file.string());
    Passphrase p(kMaxPassphraseBytes);
    const bool fits = readLine(fd, p);
    ::close(fd);
    if (!fits)
        throw Error("the passphrase in " + file.string() + " is longer than " +
                    std::to_string(kMaxPassphraseBytes) + " bytes");
    if (p.empty())
        throw Error("the passphrase file " + file.string() + " is empty: its first line is the passphrase");
    return p;
}

// The terminal's echo is off while this lives.
class EchoOff
{
public:
    EchoOff()
    {
        if (::tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= static_cast<tcflag_t>(~ECHO);
            quiet.c_lflag |= ECHONL;
            m_restore = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;
    ~EchoOff()
    {
        if (m_restore)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }

private:
    termios m_saved{};
    bool m_restore = false;
};

Passphrase ask(Context& c, const std::string& prompt)
{
    c.err << prompt << std::flush;
    Passphrase p(kMaxPassphraseBytes);
    bool fits = false;
    {
        const EchoOff quiet;
        fits = readLine(STDIN_FILENO, p);
    }
    if (!fits)
        throw Error("the passphrase is longer than " + std::to_string(kMaxPassphraseBytes) + " bytes");
    if (p.empty())
        throw Error("the passphrase is empty; nothing was done");
    return p;
}

Passphrase obtain(Context& c, const Args& args, bool confirm, const std::string& what)
{
    if (auto file = args.value(kPassphraseFileOption)) {
        if (file->empty())
            throw UsageError("--passphrase-file expects a file name");
        return fromFile(*file);
    }
    if (!::isatty(STDIN_FILENO))
        throw Error(what +
                    " needs a passphrase: give --passphrase-file F (standard input is not a terminal to "
                    "ask on)");
    Passphrase p = ask(c, "Passphrase for " + what + ": ");
    if (confirm) {
        const Passphrase again = ask(c, "Repeat the passphrase: ");
        if (!(p == again))
            throw Error("the passphrases do not match; nothing was written");
    }
    return p;
}

} // namespace

std::shared_ptr<const Passphrase> encryptionPassphrase(Context& c, const Args& args)
{
    if (!args.has(kEncryptFlag)) {
        if (args.has(kPassphraseFileOption))
            throw UsageError("--passphrase-file applies with --encrypt");
        return nullptr;
    }
    return std::make_shared<const Passphrase>(obtain(c, args, true, "the encrypted file"));
}

std::optional<Passphrase> decryptionPassphrase(Context& c, const Args& args,
                                               const std::filesystem::path& file)
{
    if (!isEncryptedFile(file)) {
        if (args.has(kPassphraseFileOption) && std::filesystem::exists(file))
            throw UsageError(file.string() + " is not encrypted; --passphrase-file is for encrypted files");
        return std::nullopt;
    }
    return obtain(c, args, false, file.string());
}

void refuseTerminalOutput(const Context& c)
{
    if (&c.out == &std::cout && ::isatty(STDOUT_FILENO))
        throw UsageError("--encrypt writes binary data; give -o FILE or redirect standard output to a file");
}

} // namespace keystone::cli
