// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"

#include <optional>

namespace wd {

// "insufficient permission for adding an object to repository database", "unable to unlink old":
// usually a `sudo git …` that left root-owned files inside .git. The probe counted them.
std::optional<Finding> rule_git_foreign_owned_objects(const Facts& f) {
    if (!f.foreignScanDone || f.foreignOwnedCount == 0 || !rules::denied(f)) return std::nullopt;
    const std::string owner = rules::me(f);
    Finding out = rules::finding(
        "git-foreign-owned-objects", 0.97,
        Message(WD_TR("%1 entries in %2 belong to another user"), {std::to_string(f.foreignOwnedCount), f.foreignScanRoot}),
        Message(WD_TR("git can only add objects and replace files it may write. Inside %1, %2 entries are owned by "
                      "someone else, typically left by running git with sudo once. Give them back to %3, and run "
                      "git without sudo from then on."),
                {f.foreignScanRoot, std::to_string(f.foreignOwnedCount), owner}),
        f, rules::decidingIndex(f));
    for (const std::string& s : f.foreignOwnedSamples) out.addEvidence("owned by another user", s);
    FixProposal fx;
    fx.id = "git-chown-back";
    fx.title = Message(WD_TR("Give the repository's files back to %1"), {owner});
    fx.change = Message(WD_TR("Makes %1 the owner of everything inside %2 (only inside it)."), {owner, f.foreignScanRoot});
    fx.argv = {"chown", "-R", "--", owner + ":" + f.identity.groupName(f.identity.egid), f.foreignScanRoot};
    fx.privilege = Privilege::Admin;
    fx.advisory = true;  // recursive: an administrator runs it, no button does (the helper never recurses)
    out.fixes.push_back(fx);
    return out;
}

}  // namespace wd
