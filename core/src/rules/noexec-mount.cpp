// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"

#include <optional>

namespace wd {

// A filesystem mounted noexec refuses to run programs from it, even with x bits set.
std::optional<Finding> rule_noexec_mount(const Facts& f) {
    if (f.op != Operation::Execute || !rules::deniedWith(f, EACCES)) return std::nullopt;
    const Node* t = f.targetNode();
    if (!t || t->mount < 0 || t->isDir()) return std::nullopt;
    const MountFacts& m = f.mounts[static_cast<size_t>(t->mount)];
    if (!m.noexec) return std::nullopt;
    Finding out = rules::finding(
        "noexec-mount", 0.97, Message(WD_TR("Programs cannot run from %1"), {m.mountPoint}),
        Message(WD_TR("The filesystem at %1 is mounted with noexec, so nothing on it can be executed, whatever "
                      "its permissions. Run a script through its interpreter (for example `sh %2`), or copy the "
                      "program to a normal location."),
                {m.mountPoint, t->path}),
        f, f.target);
    out.fixes.push_back(rules::fixRemount(m.mountPoint, "exec", WD_TR("Remount with exec (administrator)")));
    return out;
}

}  // namespace wd
