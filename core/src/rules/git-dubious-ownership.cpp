// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowhow/text.h"
#include "rules/support/common.h"

#include <optional>

namespace wd {

// git 2.35.2+ refuses a repository whose folder belongs to another user ("detected dubious
// ownership"): its hooks and config could run code as you. Not a permission bit: an ownership
// check of git's own, so it holds even when the kernel allows everything.
std::optional<Finding> rule_git_dubious_ownership(const Facts& f) {
    if (!f.context.present || !knowhow::containsNoCase(f.context.message, "dubious ownership")) return std::nullopt;
    const Node* t = f.targetNode();
    if (!t || !f.subject.isMe()) return std::nullopt;
    Finding out = rules::finding(
        "git-dubious-ownership", 0.95, Message(WD_TR("git refuses %1 because it belongs to %2"), {t->path, rules::who(*t)}),
        Message(WD_TR("Since version 2.35.2 git will not work in a repository owned by another user, because its hooks "
                      "and configuration could run code as you. If you trust %1, mark the folder safe for git; if the "
                      "repository should be yours, give it back to you.")),
        f, f.target);
    FixProposal safe;
    safe.id = "git-safe-directory";
    safe.title = WD_TR("Trust this repository");
    safe.change = Message(WD_TR("Adds %1 to safe.directory in your git configuration; nothing else changes."), {t->path});
    safe.argv = {"git", "config", "--global", "--add", "safe.directory", t->path};
    safe.undoArgv = {"git", "config", "--global", "--unset", "safe.directory", t->path};
    safe.advisory = true;
    out.fixes.push_back(safe);
    if (t->uid != f.identity.euid) out.fixes.push_back(rules::fixChown(f, *t));
    return out;
}

}  // namespace wd
