// SPDX-License-Identifier: GPL-3.0-or-later
// Every message of the shared corpus (real errors people pasted) parses to its expected path,
// and nearly every one to its operation and error class. The corpus lives beside the repo
// (../shared/corpus); without it the test skips and says so, except in CI (CI=true), where a
// missing corpus is a failure: a skip there would hide that nothing was measured.
#include "corpus_score.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace {

TEST(Corpus, PathsOperationsAndClasses) {
    const std::string file = std::string(WD_SHARED_DIR) + "/corpus/errors.jsonl";
    if (!std::filesystem::exists(file)) {
        const char* ci = std::getenv("CI");
        if (ci && std::strcmp(ci, "true") == 0) FAIL() << "corpus not found at " << file << " (CI=true: it must be there)";
        GTEST_SKIP() << "corpus not found at " << file << " (the shared folder is not beside the repo); skipped";
    }
    const auto corpus = wdtest::readCorpus(file);
    ASSERT_FALSE(corpus.empty()) << "the corpus is empty";
    const wdtest::CorpusScore s = wdtest::scoreCorpus(corpus);
    std::printf("%s\n%s\n%s\n%s%s", s.dev.line("dev").c_str(), s.held.line("held-out").c_str(), s.all.line("all").c_str(),
                s.devFailures.c_str(), s.heldFailures.c_str());
    const int total = s.all.total;
    EXPECT_EQ(s.all.paths, total) << "every path must be right";
    EXPECT_GE(wdtest::Score::pct(s.all.operations, total), 95.0);
    EXPECT_GE(wdtest::Score::pct(s.all.classes, total), 95.0);
}

TEST(Corpus, SplitIsStable) {
    // the split must not move between builds, or held-out messages leak into development
    EXPECT_EQ(wdtest::fnv1a(""), 2166136261u);
    EXPECT_EQ(wdtest::fnv1a("a"), 0xe40c292cu);
    EXPECT_EQ(wdtest::fnv1a("foobar"), 0xbf9cf968u);
}

}  // namespace
