// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input never crashes or hangs and gives sane output: binary junk, NUL bytes, invalid UTF-8,
// terminal colours, CRLF, a 100k-character line, 10 MiB. Also replays every input the fuzzer
// ever crashed on (tests/parse/regressions/).
#include "parse_helpers.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>

namespace {

using wdtest::firstRequest;
using wdtest::pathOf;

void expectSane(const std::vector<wd::ParsedRequest>& requests, std::size_t size) {
    for (const auto& r : requests) {
        EXPECT_LE(r.spanBegin, r.spanEnd);
        EXPECT_LE(r.spanEnd, size);
        if (r.path) {
            EXPECT_FALSE(r.path->empty());
            EXPECT_LE(r.path->size(), 8192u);
        }
    }
}

std::string randomBytes(std::size_t n, std::uint32_t seed) {
    std::mt19937 rng(seed);
    std::string s(n, '\0');
    for (char& c : s) c = static_cast<char>(rng() & 0xff);
    return s;
}

TEST(Robustness, BinaryJunkWithAnErrorInside) {
    std::string text = randomBytes(200000, 7);
    const std::string error = "\nbash: /opt/x/run: Permission denied\n";
    text.insert(100000, error);
    const auto requests = wd::parseErrorText(text);
    expectSane(requests, text.size());
    bool found = false;
    for (const auto& r : requests) found = found || (r.path && *r.path == "/opt/x/run");
    EXPECT_TRUE(found);
}

TEST(Robustness, NulBytesAndInvalidUtf8AroundAPath) {
    static const char raw[] = "PermissionError: [Errno 13] Permission denied: '/tmp/\xff\xfe\x80name'\0\0\0 tail";
    std::string text(raw, sizeof raw - 1);  // the NULs are part of the text
    text[5] = '\0';  // a NUL inside the exception name
    const auto requests = wd::parseErrorText(text);
    expectSane(requests, text.size());
    ASSERT_FALSE(requests.empty());
    EXPECT_EQ(pathOf(requests[0]), "/tmp/\xff\xfe\x80name");
}

TEST(Robustness, AnsiColoursAndCrlf) {
    const std::string text = "\x1b[1;31merror\x1b[0m: \x1b]8;;file:///x\x07link\x1b]8;;\x07\r\n"
                             "\x1b[31mrm: cannot remove '/var/tmp/lock': Operation not permitted\x1b[0m\r\n";
    const auto r = firstRequest(text);
    EXPECT_EQ(pathOf(r), "/var/tmp/lock");
    EXPECT_EQ(r.errorClass, wd::ErrorClass::EPERM_);
    // the span points at the message in the text as pasted, colour codes included
    ASSERT_LE(r.spanEnd, text.size());
    EXPECT_NE(text.substr(r.spanBegin, r.spanEnd - r.spanBegin).find("/var/tmp/lock"), std::string::npos);
}

TEST(Robustness, HundredThousandCharacterLines) {
    std::string text(100000, 'a');
    text += ": Permission denied\n";
    text += std::string(100000, '\'') + "\n" + std::string(100000, '/') + ": Operation not permitted\n";
    text += "x" + std::string(100000, ' ') + "Access is denied.\n";
    for (int i = 0; i < 20000; ++i) text += "'a ";
    text += "\n";
    expectSane(wd::parseErrorText(text), text.size());
}

TEST(Robustness, TenMebibytesOfPhrasesAndQuotes) {
    std::string text;
    text.reserve(10u << 20);
    const std::string pieces[] = {"Permission denied ", "'x' -> '", "[Errno 13] ", "EACCES, open '", "\n",
                                  "C:\\a b\\", "\xe2\x80\x98", "Remove-Item : ", "   0: ", "/a/b: "};
    std::mt19937 rng(3);
    while (text.size() < (10u << 20)) text += pieces[rng() % std::size(pieces)];
    const auto requests = wd::parseErrorText(text);
    expectSane(requests, text.size());
    EXPECT_LE(requests.size(), 100u);
}

TEST(Robustness, FuzzerRegressionsStayFixed) {
    const std::filesystem::path dir = WD_PARSE_REGRESSIONS;
    int replayed = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (!entry.is_regular_file() || entry.path().filename().string().front() == '.') continue;
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        SCOPED_TRACE(entry.path().filename().string());
        expectSane(wd::parseErrorText(text), text.size());
        wd::ParseOptions opts;
        opts.cwd = "/srv/work";
        opts.home = "/home/ana";
        expectSane(wd::parseErrorText(text, opts), text.size());
        ++replayed;
    }
    std::printf("replayed %d fuzzer regression input(s)\n", replayed);
}

}  // namespace
