// The main of a fuzz target built without libFuzzer (gcc, scripts/test): every file of the corpus
// given, then a fixed number of mutations of them, each through LLVMFuzzerTestOneInput. The
// mutations come from a generator with a fixed seed, so every run tries the same inputs and a
// failure reproduces; a crash, an abort or an uncaught exception fails the ctest as it would stop
// the fuzzer. The long, coverage-guided runs are libFuzzer's (docs/safety.md, "Fuzzing").
//
// Usage: NAME [--mutations N] [--max-len BYTES] [--seed S] FILE|DIR...
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

void run(const std::string& input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
}

// Bytes that change how the readers parse: quotes, separators, line ends, JSON and vCard syntax,
// control characters, and the starts of UTF-8 sequences valid and not.
constexpr unsigned char kInteresting[] = {0,   '\t', '\n', '\r', 0x1B, ' ',  '"',  '\'', ',',  ';',  ':',  '\\',
                                          '{', '}',  '[',  ']',  '=',  '0',  '9',  '-',  'e',  0x7F, 0x80, 0xC2,
                                          0xD0, 0xE2, 0xEF, 0xF0, 0xFF};

std::string mutate(const std::vector<std::string>& corpus, std::mt19937_64& random, std::size_t maxLength)
{
    const auto pick = [&](std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(random() % n); };
    std::string s = corpus[pick(corpus.size())];
    const std::size_t steps = 1 + pick(4);
    for (std::size_t step = 0; step < steps; ++step) {
        switch (pick(7)) {
        case 0: // flip a bit
            if (!s.empty())
                s[pick(s.size())] ^= static_cast<char>(1u << pick(8));
            break;
        case 1: // overwrite a byte with an interesting one
            if (!s.empty())
                s[pick(s.size())] = static_cast<char>(kInteresting[pick(sizeof kInteresting)]);
            break;
        case 2: // insert one
            s.insert(s.begin() + static_cast<std::ptrdiff_t>(pick(s.size() + 1)),
                     static_cast<char>(kInteresting[pick(sizeof kInteresting)]));
            break;
        case 3: { // cut a range
            const std::size_t at = pick(s.size() + 1);
            s.erase(at, pick(std::min<std::size_t>(s.size() - at, 64) + 1));
            break;
        }
        case 4: { // repeat a range
            const std::size_t at = pick(s.size() + 1);
            const std::string part = s.substr(at, pick(64) + 1);
            s.insert(pick(s.size() + 1), part);
            break;
        }
        case 5: { // splice in a piece of another input
            const std::string& other = corpus[pick(corpus.size())];
            const std::size_t from = pick(other.size() + 1);
            s.insert(pick(s.size() + 1), other.substr(from, pick(256) + 1));
            break;
        }
        default: // cut off the end
            s.resize(pick(s.size() + 1));
            break;
        }
    }
    if (s.size() > maxLength)
        s.resize(maxLength);
    return s;
}

} // namespace

int main(int argc, char** argv)
{
    std::size_t mutations = 1000;
    std::size_t maxLength = 4096;
    std::uint64_t seed = 1;
    std::vector<std::string> corpus;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "--mutations" || arg == "--max-len" || arg == "--seed") && i + 1 < argc) {
            const auto value = std::strtoull(argv[++i], nullptr, 10);
            (arg == "--mutations" ? mutations : arg == "--max-len" ? maxLength : seed) = value;
            continue;
        }
        std::vector<std::filesystem::path> files;
        if (std::filesystem::is_directory(arg)) {
            for (const auto& entry : std::filesystem::recursive_directory_iterator(arg))
                if (entry.is_regular_file())
                    files.push_back(entry.path());
            std::sort(files.begin(), files.end()); // the same order on every file system
        } else {
            files.emplace_back(arg);
        }
        for (const auto& file : files)
            corpus.push_back(readFile(file));
    }
    if (corpus.empty()) {
        std::fprintf(stderr, "%s: no corpus files given\n", argv[0]);
        return 2;
    }
    for (const auto& input : corpus)
        run(input);
    std::mt19937_64 random(seed);
    for (std::size_t n = 0; n < mutations; ++n)
        run(mutate(corpus, random, maxLength));
    std::printf("%s: %zu corpus inputs and %zu mutations, no failure\n", argv[0], corpus.size(), mutations);
    return 0;
}
