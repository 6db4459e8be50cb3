// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"

#include <optional>

namespace wd {

std::optional<Finding> rule_read_only_filesystem(const Facts& f) {
    if (!rules::deniedWith(f, EROFS)) return std::nullopt;
    const int idx = rules::decidingIndex(f);
    const Node* n = rules::decidingNode(f);
    if (!n || n->mount < 0) return std::nullopt;
    const MountFacts& m = f.mounts[static_cast<size_t>(n->mount)];
    Finding out = rules::finding(
        "read-only-filesystem", 0.99, Message(WD_TR("%1 is on a read-only filesystem"), {n->path}),
        Message(WD_TR("The filesystem mounted at %1 (%2) is read-only, so nothing on it can be changed, whatever "
                      "the permissions say. Copy the file somewhere writable, or ask an administrator whether it "
                      "may be mounted read-write."),
                {m.mountPoint, m.fsType}),
        f, idx);
    out.fixes.push_back(rules::fixRemount(m.mountPoint, "rw", WD_TR("Remount read-write (administrator)")));
    if (n->type == NodeType::Regular && f.op == Operation::Write) out.fixes.push_back(rules::fixCopyToHome(f, *n));
    return out;
}

}  // namespace wd
