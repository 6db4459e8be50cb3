// SPDX-License-Identifier: GPL-3.0-or-later
// What the caller of the helper may see: a path resolved with the caller's own rights, and a
// holders answer cut down to what the caller could know without the administrator.
#pragma once

#include "whydenied/holders.h"

#include <cstdint>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace wd::helper {

// The caller's account: name, primary gid and every group it is in (from the account database).
// nullopt for a uid without an account. `groups` is empty when the list cannot be read.
struct Account {
    std::string name;
    gid_t gid = 0;
    std::vector<gid_t> groups;
};
std::optional<Account> accountOf(uint32_t uid);

// In a child, for good: exactly these groups, then the gid, then the uid. False if any step fails.
bool dropTo(uint32_t uid, gid_t gid, const std::vector<gid_t>& groups);

struct Resolved {
    std::string path;  // realpath() as the caller
    uint64_t dev = 0, ino = 0;
};

// Resolves `path` in a child that has dropped to the caller (the account's groups; none when the
// uid has no account). nullopt when the caller cannot reach it: the answer then says no more
// than that, so the helper never confirms what exists where the caller cannot look.
std::optional<Resolved> resolveAsCaller(const std::string& path, uint32_t caller);

// Drops the command lines of processes that are not the caller's (unless `commandLines`, which
// has its own approval), and the paths beneath a folder that the caller cannot reach.
void limitToCaller(HoldersResult& r, uint32_t caller, bool commandLines);

}  // namespace wd::helper
