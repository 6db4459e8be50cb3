// SPDX-License-Identifier: GPL-3.0-or-later
// Pieces of the folder audit shared by the portable judge/aggregator and the platform walk.
#pragma once

#include "whydenied/audit.h"
#include "whydenied/subject.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace wd::audit {

// Perm bits the operation needs on an entry of this type; 0 = the entry is not judged (a symlink,
// a file for `traverse`). Delete is judged on the containing folder instead (needsParent).
unsigned wantFor(Operation op, NodeType type);
inline bool needsParent(Operation op) { return op == Operation::Delete || op == Operation::Rename; }

struct Judgement {
    bool denied = false;
    std::string cause;   // cause id when denied
    Message detail;
};

// The kernel's rules for one entry (generic_permission() with the capability overrides, the
// immutable / append-only flags, a read-only mount), as diagnose computes them for one path.
// kernelErr: what faccessat said (0 allowed, an errno), or -1 when the kernel was not asked; a
// kernel denial nothing here explains becomes `unexplained-denial`, never "allowed".
Judgement judgeEntry(const Identity& id, const Subject& s, const Node& entry, Operation op, bool readOnlyMount, int kernelErr);
// Delete/rename of `entry` inside `parent` (may_delete(): w+x on the folder, the sticky rule, flags).
Judgement judgeInParent(const Identity& id, const Subject& s, const Node& parent, const Node& entry, bool readOnlyMount);

// Counts per cause with a few samples, owners and top folders: memory bounded by causes, not files.
class Aggregator {
public:
    explicit Aggregator(const AuditOptions& o) : opts_(o) {}
    // Whether a finding of this cause would be kept as a sample (so its path is worth building).
    bool wantsSample(const std::string& cause) const;
    void add(const AuditFinding& f);  // f.path may be empty when not wanted
    // Called when a folder's own entries are done; `path` is built only when needed.
    template <class PathFn> void endFolder(PathFn&& path) {
        for (auto& [cause, n] : perFolder_) offerFolder(cause, n, path);
        perFolder_.clear();
    }
    std::vector<AuditGroup> groups() const;

private:
    template <class PathFn> void offerFolder(const std::string& cause, uint64_t n, PathFn& path) {
        auto& g = groups_[cause];
        if (g.topFolders.size() >= opts_.topFoldersPerCause && g.topFolders.back().count >= n) return;
        insertFolder(g, AuditFolder{path(), n});
    }
    void insertFolder(AuditGroup& g, AuditFolder f);
    const AuditOptions& opts_;
    std::map<std::string, AuditGroup> groups_;
    std::map<std::string, std::map<uint32_t, uint64_t>> owners_;
    std::map<std::string, uint64_t> perFolder_;
};

}  // namespace wd::audit
