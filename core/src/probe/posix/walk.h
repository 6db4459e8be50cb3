// SPDX-License-Identifier: GPL-3.0-or-later
// The namei-style path walk shared by the Linux and macOS probes: one node per component, from
// "/", symlinks expanded in place. What a node holds is the platform's `inspect`.
#pragma once

#include "whydenied/diagnose.h"
#include "whydenied/facts.h"

#include <deque>
#include <functional>
#include <string>
#include <sys/types.h>

namespace wd::posix {

NodeType typeOf(mode_t m);
std::string joinPath(const std::string& dir, const std::string& name);
std::string parentOf(const std::string& path);
std::deque<std::string> splitComponents(const std::string& path);

// Fills f.chain for f.absolute. `inspect` reads one node without following a symlink (setting
// exists/statErrno when it cannot); the walk stops at the first component that is missing or
// cannot be inspected (f.firstMissing), and after `maxSymlinks` links (f.symlinkLoop). The last
// component of delete and rename is the link itself, not what it points to.
using InspectFn = std::function<void(Node&)>;
void walkChain(Facts& f, const InspectFn& inspect, int maxSymlinks, const CancelToken* cancel,
               const ProgressFn& progress);

// The path made absolute against req.cwd (or the process's current folder), not yet resolved.
std::string absolutePath(const DiagnoseRequest& req);
// A probe's facts before anything is looked at: the platform, the operation, the path as given and
// made absolute.
Facts startFacts(Platform platform, const DiagnoseRequest& req);
// Every call refuses a path of PATH_MAX or more, so there is nothing to walk: true, with that
// verdict, for such a path.
bool refuseTooLong(Facts& f);

// After walkChain: f.target is the last node when the whole path resolved, f.parent the last
// folder before it (or before a missing last component, which a create makes).
void locateTarget(Facts& f);

// Which folder stops the walk (f.firstUntraversable): each one before the target needs search
// permission for the next step; `access` asks the kernel as the probe's identity (0 or an errno).
using AccessFn = int (*)(const std::string& path, int mode);
void findFirstUntraversable(Facts& f, AccessFn access);

// Some refusals come only at open(2), which access(2) does not see (append-only and AppArmor on
// Linux, TCC and the sandbox on macOS). The flags the operation opens its target with; -1 when it
// is not opened: only regular files and folders are, since opening a FIFO or a device can block or
// have side effects.
int openFlagsFor(Operation op, NodeType type);
// The open itself, non-blocking, never creating or truncating, not following a symlink: a refusal
// becomes the verdict.
void askOpen(Facts& f, const Node& t, int flags);

// Processes holding the target cost a full process scan: only when they matter (the kernel said
// ETXTBSY or EBUSY) or were asked for.
void findHoldersWhenTheyMatter(Facts& f, const DiagnoseRequest& req, const CancelToken* cancel,
                               const ProgressFn& progress);

}  // namespace wd::posix
