// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowhow/text.h"
#include "rules/support/common.h"

#include <cstdio>
#include <optional>

namespace wd {

// sshd's StrictModes: "Authentication refused: bad ownership or modes for directory /home/ana/.ssh".
// sshd refuses to trust authorized_keys when the home folder, ~/.ssh or the file itself can be
// written by anyone but the user (or root). The kernel would let sshd read them: the refusal is
// sshd's own, so this rule reads the modes even when the verdict is "allowed".
std::optional<Finding> rule_ssh_strict_modes(const Facts& f) {
    if (!f.context.present || !knowhow::containsNoCase(f.context.message, "bad ownership or modes")) return std::nullopt;
    const Node* t = f.targetNode();
    if (!t) return std::nullopt;
    const uint32_t user = t->uid;  // the account whose keys these are
    // From the target up to (and including) the home folder: the parts StrictModes checks.
    int home = -1;
    for (int i = f.target; i > 0; --i)
        if (f.chain[static_cast<size_t>(i)].name == ".ssh") home = i - 1;
    const int top = home >= 0 ? home : f.target;
    std::vector<int> bad;
    for (int i = top; i <= f.target; ++i) {
        const Node& n = f.chain[static_cast<size_t>(i)];
        if ((n.mode & 022U) != 0 || (n.uid != user && n.uid != 0)) bad.push_back(i);
    }
    if (bad.empty()) return std::nullopt;
    const Node& first = f.chain[static_cast<size_t>(bad.front())];
    Finding out = rules::finding(
        "ssh-strict-modes", 0.97, Message(WD_TR("sshd does not trust %1: others can write it"), {first.path}),
        Message(WD_TR("sshd (StrictModes) ignores your authorized_keys when your home folder, ~/.ssh or the file "
                      "can be written by anyone but you. It wants ~/.ssh at 700, authorized_keys at 600 and no group "
                      "or other write permission on your home folder.")),
        f, bad.front());
    for (int i : bad) {
        const Node& n = f.chain[static_cast<size_t>(i)];
        out.addEvidence(n.path, modeString(n.mode) + " " + rules::who(n));
        char old[8];
        std::snprintf(old, sizeof old, "%o", n.mode & 0777U);
        const bool sshDir = n.name == ".ssh";
        const bool keys = n.type == NodeType::Regular;
        const std::string spec = sshDir ? "700" : keys ? "600" : "go-w";
        out.fixes.push_back(rules::fixChmod(f, n, spec, old, n.uid == f.identity.euid ? Privilege::None : Privilege::Admin,
                                            sshDir ? WD_TR("Make ~/.ssh private (700)")
                                            : keys ? WD_TR("Make the file private (600)")
                                                   : WD_TR("Take away group and other write")));
    }
    return out;
}

}  // namespace wd
