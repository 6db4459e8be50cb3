// SPDX-License-Identifier: GPL-3.0-or-later
// Scoring the parser against a labelled corpus (../shared/corpus/errors.jsonl), shared by the
// corpus test and bench/parse_accuracy. The corpus is split by a stable hash of each message's id:
// rules are developed against the "dev" part, and the "held-out" part shows how they generalise.
#pragma once

#include "json_reader.h"

#include "whydenied/parse.h"

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace wdtest {

// FNV-1a (32 bit) of the id: stable across compilers and runs, unlike std::hash.
inline std::uint32_t fnv1a(std::string_view s) {
    std::uint32_t h = 2166136261u;
    for (unsigned char c : s) {
        h ^= c;
        h *= 16777619u;
    }
    return h;
}

// 70/30: a message is held out when fnv1a(id) % 10 < 3.
inline bool heldOut(std::string_view id) { return fnv1a(id) % 10 < 3; }

// The corpus labels coarsely: create and metadata changes count as write, rename as delete.
inline std::string coarseOperation(std::string_view op) {
    if (op == "create" || op == "chmod" || op == "chown") return "write";
    if (op == "rename") return "delete";
    return std::string(op);
}

struct Score {
    int total = 0, paths = 0, operations = 0, classes = 0;
    void add(const Score& o) {
        total += o.total;
        paths += o.paths;
        operations += o.operations;
        classes += o.classes;
    }
    static double pct(int n, int of) { return of ? 100.0 * n / of : 0.0; }
    std::string line(std::string_view name) const {
        char buf[256];
        std::snprintf(buf, sizeof buf, "%-9s %4d messages: path %5.1f%% (%d), class %5.1f%% (%d), operation %5.1f%% (%d)",
                      std::string(name).c_str(), total, pct(paths, total), paths, pct(classes, total), classes,
                      pct(operations, total), operations);
        return buf;
    }
};

struct LabelledMessage {
    std::string id, text;
    bool hasPath = false;
    std::string path, operation, errorClass, altErrorClass;
};

// One record: which of path, class and operation the parser got right; `failures` collects the misses.
inline Score scoreMessage(const LabelledMessage& m, std::ostream& failures) {
    Score s;
    s.total = 1;
    const auto requests = wd::parseErrorText(m.text);
    const wd::ParsedRequest* first = requests.empty() ? nullptr : &requests.front();
    const bool gotPath = first && first->path;
    if (m.hasPath == gotPath && (!m.hasPath || *first->path == m.path)) ++s.paths;
    else
        failures << "  path  " << m.id << ": want " << (m.hasPath ? "'" + m.path + "'" : std::string("null")) << ", got "
                 << (gotPath ? "'" + *first->path + "'" : std::string("null")) << "\n";
    // "unknown" is right only where the label says unknown: checking everything is not a guess
    const std::string gotOp = first ? coarseOperation(wd::toString(first->operation)) : "none";
    if (gotOp == coarseOperation(m.operation)) ++s.operations;
    else failures << "  op    " << m.id << ": want " << m.operation << ", got " << gotOp << "\n";
    const std::string gotClass = first ? std::string(wd::toString(first->errorClass)) : "none";
    if (gotClass == m.errorClass || (!m.altErrorClass.empty() && gotClass == m.altErrorClass)) ++s.classes;
    else failures << "  class " << m.id << ": want " << m.errorClass << ", got " << gotClass << "\n";
    return s;
}

// The corpus records; empty when the file cannot be read.
inline std::vector<LabelledMessage> readCorpus(const std::string& file) {
    std::vector<LabelledMessage> out;
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        const Json rec = Json::parse(line);
        LabelledMessage m;
        m.id = rec["id"].str;
        m.text = rec["text"].str;
        m.hasPath = rec.has("path") && !rec["path"].isNull();
        if (m.hasPath) m.path = rec["path"].str;
        m.operation = rec["operation"].str;
        m.errorClass = rec["error_class"].str;
        if (rec.has("alt_error_class") && !rec["alt_error_class"].isNull()) m.altErrorClass = rec["alt_error_class"].str;
        out.push_back(std::move(m));
    }
    return out;
}

struct CorpusScore {
    Score dev, held, all;
    std::string devFailures, heldFailures;  // kept apart: rules are tuned on dev misses only
};

inline CorpusScore scoreCorpus(const std::vector<LabelledMessage>& corpus) {
    CorpusScore cs;
    std::ostringstream dev, held;
    for (const LabelledMessage& m : corpus) {
        const bool h = heldOut(m.id);
        const Score s = scoreMessage(m, h ? held : dev);
        (h ? cs.held : cs.dev).add(s);
        cs.all.add(s);
    }
    cs.devFailures = dev.str();
    cs.heldFailures = held.str();
    return cs;
}

}  // namespace wdtest
