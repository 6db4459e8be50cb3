// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of applying a fix that read the same on Linux and macOS: reaching the node without
// following any symlink, checking it is still the diagnosed object, and copying a file into a
// folder of the user's. Not public API; fix/linux/apply.cpp and fix/macos/apply.cpp use it.
#pragma once

#include "platform/posix/fd.h"
#include "whydenied/fix.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace wd::fix::posix {

std::string errText(const std::string& what, int err);

// The descriptor owner every POSIX part shares.
using sys::Fd;

// How a platform opens what it walks. Linux takes O_PATH descriptors, which need no permission on
// the object itself; macOS has no O_PATH and opens real descriptors. O_NOFOLLOW and O_CLOEXEC are
// always added.
struct WalkFlags {
    int root = 0;    // "/" itself
    int folder = 0;  // each folder on the way
    int last = 0;    // the last component
    // Look at the last component (fstatat, no follow) before opening it, and open only a regular
    // file or a folder: without O_PATH, opening a device can have side effects, and a symlink
    // cannot be opened at all.
    bool onlyFilesAndFolders = false;
};

// The object at `path` and its folder, each component opened with O_NOFOLLOW from a descriptor of
// "/": a symlink anywhere on the way (one swapped in since the diagnosis, say) makes this fail
// instead of leading somewhere else. When only the last open fails, `dir` and `base` are still set
// and `lastErrno` says why (macOS falls back to *at calls on `dir` for a file it may not read).
struct Opened {
    Fd dir, node;
    std::string base;
    std::string error;
    int lastErrno = 0;
};
Opened openNoFollow(const std::string& path, const WalkFlags& how);

// What a node is, as each platform encodes it (the probe's encoding of the device).
struct Identified {
    uint64_t dev = 0, ino = 0;
    NodeType type = NodeType::Unknown;
};

// Empty when (dev, ino, type) is what the plan names, else why nothing may be changed.
std::string notTheDiagnosed(const std::string& path, uint64_t dev, uint64_t ino, NodeType type, uint64_t nowDev,
                            uint64_t nowIno, NodeType nowType);

// After applying (r.before and r.after set): changed or not, and where the result is.
LowResult finishApply(LowResult r, const std::string& path, const std::optional<Identified>& id, bool ok,
                      const std::string& error);

// Before an undo restores anything: the object is the one the fix changed (dev, ino, type as they
// are now) and as the fix left it (`now`; a copy: untouched since it was made). Empty: go ahead.
std::string undoRefusal(const JournalEntry& e, uint64_t dev, uint64_t ino, NodeType type, const NodeState& now);
// The undo of a copy, once undoRefusal has passed (the copy is untouched since it was made): its
// name `base` is removed from the folder `dir` reached without symlinks; `path` names it in errors.
LowResult undoCopy(LowResult r, int dir, const std::string& base, const std::string& path);
// After restoring (r.after set): whether anything changed, and whether it is exactly as before.
LowResult finishUndo(LowResult r, const JournalEntry& e, const NodeState& now, bool ok, const std::string& error);
// The mode an undo of chown puts back: never setuid/setgid on a file (chown cleared them, and the
// person who held it may still write through a mapping); `note` says so, with the command an
// administrator would run.
uint32_t modeAfterChownUndo(const JournalEntry& e, const NodeState& now, std::string& note);

// A user name or a numeric uid.
std::optional<uint32_t> resolveUser(const std::string& s);

// The folder a copy goes into: its missing parts created private to the user, reached without
// symlinks, and the user's own; `dir` is a descriptor it can be written through.
struct CopyFolder {
    Fd dir;
    std::string base;
    std::string error;
};
CopyFolder openCopyFolder(const std::string& dest, uint32_t callerUid, const WalkFlags& how);
// Copies the readable `src` into a new file `base` of `dir` (never overwriting: O_EXCL), synced
// and 0600 whatever the umask. On failure nothing is left behind and `error` says why.
Fd copyInto(int src, int dir, const std::string& base, const std::string& dest, std::string& error);

}  // namespace wd::fix::posix
