// Every message of the shared corpus (real errors people pasted) parses to its expected path,
// and nearly every one to its operation and error class. The corpus lives beside the repo
// (../shared/corpus); without it the test skips and says so.
#include "json_reader.h"

#include "whydenied/parse.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace {

std::string coarse(std::string_view op) {
    // The corpus labels coarsely: create and metadata changes count as write, rename as delete.
    if (op == "create" || op == "chmod" || op == "chown") return "write";
    if (op == "rename") return "delete";
    return std::string(op);
}

TEST(Corpus, PathsOperationsAndClasses) {
    const std::string file = std::string(WD_SHARED_DIR) + "/corpus/errors.jsonl";
    std::ifstream in(file);
    if (!in) GTEST_SKIP() << "corpus not found at " << file << " (the shared folder is not beside the repo); skipped";

    int total = 0, pathsOk = 0, opsOk = 0, classesOk = 0;
    std::ostringstream failures;
    std::string line;
    while (std::getline(in, line)) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        const wdtest::Json rec = wdtest::Json::parse(line);
        ++total;
        const std::string id = rec["id"].str;
        const auto requests = wd::parseErrorText(rec["text"].str);
        const wd::ParsedRequest* first = requests.empty() ? nullptr : &requests.front();

        const bool wantPath = rec.has("path") && !rec["path"].isNull();
        const bool gotPath = first && first->path;
        if (wantPath == gotPath && (!wantPath || *first->path == rec["path"].str)) ++pathsOk;
        else
            failures << "  path  " << id << ": want " << (wantPath ? "'" + rec["path"].str + "'" : "null") << ", got "
                     << (gotPath ? "'" + *first->path + "'" : "null") << "\n";

        const std::string gotOp = first ? coarse(wd::toString(first->operation)) : "none";
        if (gotOp == rec["operation"].str) ++opsOk;
        else failures << "  op    " << id << ": want " << rec["operation"].str << ", got " << gotOp << "\n";

        const std::string gotClass = first ? std::string(wd::toString(first->errorClass)) : "none";
        if (gotClass == rec["error_class"].str || (rec.has("alt_error_class") && gotClass == rec["alt_error_class"].str))
            ++classesOk;
        else failures << "  class " << id << ": want " << rec["error_class"].str << ", got " << gotClass << "\n";
    }
    ASSERT_GT(total, 0) << "the corpus is empty";
    const double opPct = 100.0 * opsOk / total, classPct = 100.0 * classesOk / total;
    std::printf("corpus: %d messages; paths %d/%d; operations %d/%d (%.1f%%); classes %d/%d (%.1f%%)\n%s", total, pathsOk,
                total, opsOk, total, opPct, classesOk, total, classPct, failures.str().c_str());
    EXPECT_EQ(pathsOk, total) << "every path must be right";
    EXPECT_GE(opPct, 95.0);
    EXPECT_GE(classPct, 95.0);
}

}  // namespace
