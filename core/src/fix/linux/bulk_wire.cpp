// SPDX-License-Identifier: GPL-3.0-or-later
// The Linux bulk fix's answers from whydenied-helper to the engine, and its progress lines.
#include "fix/linux/bulk_internal.h"

#include <cstdio>
#include <cstring>
#include <sstream>

namespace wd {

using namespace bulk;

namespace {
constexpr const char* kFixAnswer = "whydenied-bulk-fix 1";
constexpr const char* kUndoAnswer = "whydenied-bulk-undo 1";
}  // namespace

std::string bulkFixResultText(const BulkFixResult& r) {
    std::ostringstream o;
    o << kFixAnswer << "\nid " << r.journalId << "\nchanged " << r.changed << "\nfailed " << r.failed << "\nskipped "
      << r.skipped << "\nresolved " << r.resolved << "\n";
    for (const auto& f : r.failures) o << "failure " << escapeBytes(f) << "\n";
    if (!r.error.empty()) o << "error " << escapeBytes(r.error) << "\n";
    o << "end\n";
    return o.str();
}

namespace {
bool readCount(const std::string& line, const char* key, uint64_t& v) {
    const size_t n = std::strlen(key);
    if (line.compare(0, n, key) != 0 || line.size() <= n + 1 || line[n] != ' ') return false;
    const std::string num = line.substr(n + 1);
    if (num.size() > 19 || num.find_first_not_of("0123456789") != std::string::npos) return false;
    v = std::stoull(num);
    return true;
}
std::optional<std::string> readText(const std::string& line, const char* key) {
    const size_t n = std::strlen(key);
    if (line.compare(0, n, key) != 0 || line.size() < n + 1 || line[n] != ' ') return std::nullopt;
    return unescapeBytes(line.substr(n + 1));
}
}  // namespace

std::optional<BulkFixResult> bulkFixResultFromText(const std::string& text) {
    std::istringstream in(text);
    std::string line;
    if (!std::getline(in, line) || line != kFixAnswer) return std::nullopt;
    BulkFixResult r;
    bool ended = false;
    while (std::getline(in, line)) {
        if (line == "end") {
            ended = true;
            break;
        }
        if (line.rfind("id ", 0) == 0) {
            r.journalId = line.substr(3);
            if (!r.journalId.empty() && !fix::validRecordId(r.journalId)) return std::nullopt;
        } else if (auto f = readText(line, "failure")) {
            r.failures.push_back(*f);
        } else if (auto e = readText(line, "error")) {
            r.error = *e;
        } else if (!readCount(line, "changed", r.changed) && !readCount(line, "failed", r.failed) &&
                   !readCount(line, "skipped", r.skipped) && !readCount(line, "resolved", r.resolved)) {
            return std::nullopt;
        }
    }
    if (!ended) return std::nullopt;
    r.ok = r.error.empty() && r.failed == 0;
    return r;
}

std::string bulkUndoResultText(const BulkUndoResult& r) {
    std::ostringstream o;
    o << kUndoAnswer << "\nok " << (r.ok ? 1 : 0) << "\nrestored " << r.restored << "\nskipped " << r.skipped << "\n";
    for (const auto& p : r.problems) o << "problem " << escapeBytes(p) << "\n";
    if (!r.error.empty()) o << "error " << escapeBytes(r.error) << "\n";
    o << "end\n";
    return o.str();
}

std::string bulkProgressLine(const BulkFixProgress& p) {
    return "progress " + std::to_string(p.entries) + " " + std::to_string(p.changed) + " " + std::to_string(p.failed);
}

std::optional<BulkFixProgress> bulkProgressFromLine(const std::string& line) {
    BulkFixProgress p;
    unsigned long long e = 0, c = 0, f = 0;
    char tail = 0;
    if (line.rfind("progress ", 0) != 0 || std::sscanf(line.c_str(), "progress %llu %llu %llu%c", &e, &c, &f, &tail) != 3)
        return std::nullopt;
    p.entries = e;
    p.changed = c;
    p.failed = f;
    return p;
}

std::optional<BulkUndoResult> bulkUndoResultFromText(const std::string& text) {
    std::istringstream in(text);
    std::string line;
    if (!std::getline(in, line) || line != kUndoAnswer) return std::nullopt;
    BulkUndoResult r;
    bool ended = false;
    uint64_t ok = 0;
    while (std::getline(in, line)) {
        if (line == "end") {
            ended = true;
            break;
        }
        if (auto p = readText(line, "problem")) r.problems.push_back(*p);
        else if (auto e = readText(line, "error")) r.error = *e;
        else if (!readCount(line, "ok", ok) && !readCount(line, "restored", r.restored) &&
                 !readCount(line, "skipped", r.skipped))
            return std::nullopt;
    }
    if (!ended) return std::nullopt;
    r.ok = ok == 1;
    return r;
}

}  // namespace wd
