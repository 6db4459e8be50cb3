// SPDX-License-Identifier: GPL-3.0-or-later
// parse_accuracy: how often the parser finds the path, error class and operation of the shared
// corpus (../shared/corpus/errors.jsonl), on the whole and split 70/30 by FNV-1a of each id into a
// "dev" part (rules were developed against it) and a "held-out" part (how the rules generalise).
// An "unknown" operation counts as right only where the corpus says unknown.
//   ./build/<dir>/bench/parse_accuracy [CORPUS.jsonl] [--failures] [--held-out-failures]
// --failures lists the dev part's misses (work on those); the held-out misses are listed only on request.
#include "corpus_score.h"

#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
    std::string file = std::string(WD_SHARED_DIR) + "/corpus/errors.jsonl";
    bool showFailures = false, showHeld = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--failures") showFailures = true;
        else if (a == "--held-out-failures") showHeld = true;
        else file = a;
    }
    const auto corpus = wdtest::readCorpus(file);
    if (corpus.empty()) {
        std::fprintf(stderr, "parse_accuracy: no corpus at %s\n", file.c_str());
        return 2;
    }
    const wdtest::CorpusScore s = wdtest::scoreCorpus(corpus);
    std::printf("corpus %s (split 70/30 by FNV-1a(id) %% 10 < 3 = held-out)\n", file.c_str());
    std::printf("%s\n%s\n%s\n", s.dev.line("dev").c_str(), s.held.line("held-out").c_str(), s.all.line("all").c_str());
    if (showFailures) std::cout << "dev misses:\n" << s.devFailures;
    if (showHeld) std::cout << "held-out misses:\n" << s.heldFailures;
    return 0;
}
