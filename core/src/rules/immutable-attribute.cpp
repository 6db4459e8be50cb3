// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"
#include "rules/support/macos.h"

#include <optional>

namespace wd {

// chattr +i: no one, not even root, may change, delete or rename it until the flag is cleared.
std::optional<Finding> rule_immutable_attribute(const Facts& f) {
    if (f.platform == Platform::MacOS) return mac::immutable(f);  // uchg/schg, uappnd/sappnd
    if (!rules::deniedWith(f, EPERM) || !rules::modifies(f.op)) return std::nullopt;
    const Node* n = nullptr;
    int idx = -1;
    if (const Node* t = f.targetNode(); t && t->immutable && f.op != Operation::Create) { n = t; idx = f.target; }
    else if (const Node* p = f.parentNode(); p && p->immutable && needsFor(f.op, false).onParent) { n = p; idx = f.parent; }
    if (!n) return std::nullopt;
    Finding out = rules::finding(
        "immutable-attribute", 0.98, Message(WD_TR("%1 is marked immutable"), {n->path}),
        Message(WD_TR("%1 carries the immutable attribute (chattr +i). While it is set nobody, not even an "
                      "administrator, can change, delete or rename it. Someone set it on purpose: make sure it may "
                      "be lifted."),
                {n->path}),
        f, idx);
    FixProposal fx = rules::typedFix(FixAction::ClearFlag, f.platform, *n, "i");
    fx.id = "chattr-remove-immutable";
    fx.title = WD_TR("Remove the immutable attribute");
    fx.change = Message(WD_TR("Clears the immutable attribute of %1; its contents and permissions stay."), {n->path});
    fx.privilege = Privilege::Admin;
    out.fixes.push_back(fx);
    return out;
}

}  // namespace wd
