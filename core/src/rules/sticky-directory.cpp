// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"

#include <optional>

namespace wd {

// In a sticky folder such as /tmp, only the owner of an entry (or of the folder) may remove or
// rename it, even though everyone may write to the folder.
std::optional<Finding> rule_sticky_directory(const Facts& f) {
    if (f.op != Operation::Delete && f.op != Operation::Rename) return std::nullopt;
    const Node* dir = f.parentNode();
    const Node* t = f.targetNode();
    if (!rules::deniedWith(f, EPERM) || !dir || !t || !dir->sticky()) return std::nullopt;
    if (t->uid == f.identity.euid || dir->uid == f.identity.euid) return std::nullopt;
    Finding out = rules::finding(
        "sticky-directory", 0.95, Message(WD_TR("Only %1 may remove %2 from this shared folder"), {rules::who(*t), t->path}),
        Message(WD_TR("%1 has the sticky bit (like /tmp): anyone may add entries, but only the owner of an entry, "
                      "or of the folder, may delete or rename it. %2 belongs to %3."),
                {dir->path, t->path, rules::who(*t)}),
        f, f.parent);
    out.addEvidence("entry owner", rules::who(*t));
    out.fixes.push_back(rules::adviceFix(
        "ask-owner", Message(WD_TR("Ask %1 (or an administrator) to remove it"), {rules::who(*t)}),
        WD_TR("Nothing changes from here: the owner or an administrator runs the command."), {"rm", "--", t->path},
        Privilege::Admin));
    return out;
}

}  // namespace wd
