// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"

#include <optional>

namespace wd {

// Changing permissions needs ownership (or CAP_FOWNER); giving a file away needs CAP_CHOWN.
// No permission bit grants these.
std::optional<Finding> rule_capability_required(const Facts& f) {
    if ((f.op != Operation::Chmod && f.op != Operation::Chown) || !rules::deniedWith(f, EPERM)) return std::nullopt;
    const Node* t = f.targetNode();
    if (!t || t->immutable || t->appendOnly) return std::nullopt;
    const bool chmod = f.op == Operation::Chmod;
    Finding out = rules::finding(
        "capability-required", 0.93,
        Message(chmod ? WD_TR("Only the owner of %1 may change its permissions")
                      : WD_TR("Changing the owner of %1 needs administrator rights"),
                {t->path}),
        Message(chmod ? WD_TR("%1 belongs to %2. Only its owner, or an administrator, may change its permissions; "
                              "no permission bit grants that.")
                      : WD_TR("Giving a file to another user needs the CAP_CHOWN privilege, which ordinary users do "
                              "not have, whatever the permissions of %1."),
                {t->path, rules::who(*t)}),
        f, f.target);
    out.addEvidence("needs", chmod ? "CAP_FOWNER (or ownership)" : "CAP_CHOWN");
    return out;
}

}  // namespace wd
