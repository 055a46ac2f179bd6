// SHA-256 against the FIPS 180-4 examples (NIST's test vectors), with both compression engines,
// and the SHA-NI engine against the portable one on random input.
#include "interchange/Sha256.h"

#include <catch2/catch.hpp>

#include <cstddef>
#include <random>
#include <string>
#include <vector>

using namespace keystone;

namespace {

std::string digest(Sha256::Engine engine, const std::string& bytes)
{
    Sha256 hash(engine);
    hash.update(bytes);
    return hash.hexDigest();
}

// The same bytes fed in pieces of the given sizes, round-robin, so that blocks straddle the calls.
std::string digestInPieces(Sha256::Engine engine, const std::string& bytes, const std::vector<std::size_t>& sizes)
{
    Sha256 hash(engine);
    std::size_t at = 0;
    for (std::size_t i = 0; at < bytes.size(); ++i) {
        const std::size_t take = std::min(sizes[i % sizes.size()], bytes.size() - at);
        hash.update(bytes.data() + at, take);
        at += take;
    }
    return hash.hexDigest();
}

std::vector<Sha256::Engine> availableEngines()
{
    std::vector<Sha256::Engine> engines{Sha256::Engine::Portable};
    if (Sha256::available(Sha256::Engine::ShaNi))
        engines.push_back(Sha256::Engine::ShaNi);
    else
        WARN("this CPU or build has no SHA extensions: only the portable engine is tested");
    return engines;
}

const char* nameOf(Sha256::Engine engine)
{
    return engine == Sha256::Engine::ShaNi ? "SHA-NI" : "portable";
}

} // namespace

TEST_CASE("SHA-256 gives the FIPS 180-4 digests with every engine")
{
    struct Vector
    {
        std::string message;
        const char* digest;
    };
    const std::vector<Vector> vectors = {
        {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
        {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
        {"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqr"
         "stu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"},
        {std::string(1'000'000, 'a'), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
    };
    for (const auto engine : availableEngines()) {
        INFO(nameOf(engine));
        for (const auto& v : vectors) {
            INFO("a message of " << v.message.size() << " bytes");
            CHECK(digest(engine, v.message) == v.digest);
            CHECK(digestInPieces(engine, v.message, {1}) == v.digest);
            CHECK(digestInPieces(engine, v.message, {63, 1, 64, 65, 200, 7}) == v.digest);
        }
    }
}

TEST_CASE("SHA-256 with the SHA extensions agrees with the portable engine on random input")
{
    if (!Sha256::available(Sha256::Engine::ShaNi)) {
        WARN("this CPU or build has no SHA extensions: nothing to compare");
        CHECK_THROWS_AS(Sha256(Sha256::Engine::ShaNi), std::invalid_argument);
        CHECK(Sha256::fastestEngine() == Sha256::Engine::Portable);
        return;
    }
    CHECK(Sha256::fastestEngine() == Sha256::Engine::ShaNi);
    CHECK(Sha256().engine() == Sha256::Engine::ShaNi);
    std::mt19937_64 random(20261207);
    std::string bytes(300'000, '\0');
    for (auto& b : bytes)
        b = static_cast<char>(random());
    std::uniform_int_distribution<std::size_t> lengths(0, 1000);
    std::uniform_int_distribution<std::size_t> pieces(1, 300);
    for (int i = 0; i < 400; ++i) {
        // Mostly short messages, around the padding's boundaries; every tenth one long.
        const std::size_t length = i % 10 == 9 ? 1000 + lengths(random) * 299 : lengths(random);
        const std::size_t start = lengths(random);
        const std::string message = bytes.substr(start, length);
        INFO("message " << i << ": " << length << " bytes");
        const auto portable = digest(Sha256::Engine::Portable, message);
        CHECK(digest(Sha256::Engine::ShaNi, message) == portable);
        CHECK(digestInPieces(Sha256::Engine::ShaNi, message, {pieces(random), pieces(random), pieces(random)}) ==
              portable);
    }
}
