// SPDX-License-Identifier: GPL-3.0-or-later
// whydenied-helper judging a request again as its caller (Linux), before it changes anything.
//
// The front end diagnosed as the caller and planned a fix, but the helper cannot tell a plan from
// a forged request: it asks the kernel itself, as the caller, whether the caller really is denied
// and whether the caller can reach the object at all, and it decides from the object (its owner,
// its special bits, where it lives) whether root may change it for them.
#pragma once

#include "fix/common/fix_internal.h"
#include "whydenied/fix.h"

#include <cstdint>
#include <string>
#include <sys/types.h>
#include <vector>

namespace wd::helper {

struct Caller {
    uint32_t uid = 0;
    gid_t gid = 0;               // primary group (the uid itself without an account: no group)
    std::vector<gid_t> groups;   // every group of the account, primary included
    std::string name;            // empty without an account
    bool inGroup(gid_t g) const;
};
Caller callerFor(uint32_t uid);

// Empty when root may apply `action` with `arg` to the object at `path` for the caller; else why
// not, in words that reveal nothing the caller could not see for itself.
std::string judgeApply(const Caller& c, FixAction action, const std::string& arg, const std::string& path,
                       uint64_t dev, uint64_t ino, NodeType type);
// Empty when root may restore the SELinux label of the object at `path` for the caller (restorecon
// -v): reachable as the caller, not another person's, on a system location only the caller's own,
// and its label not the policy's already. `relabel` is then the label it has and the one the
// policy gives it; else why not.
std::string judgeRelabel(const Caller& c, const std::string& path, uint64_t dev, uint64_t ino, NodeType type,
                         fix::Relabelling& relabel);
// Empty when the caller may be added to `group`, the group of the diagnosed object at `path`.
std::string judgeJoinGroup(const Caller& c, const std::string& group, const std::string& path, uint64_t dev,
                           uint64_t ino, NodeType type);
// Empty when the bulk root may be walked for the caller at all.
std::string judgeBulkRoot(const Caller& c, const std::string& root, uint64_t dev, uint64_t ino);

}  // namespace wd::helper
