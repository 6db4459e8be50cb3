// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"
#include "rules/support/windows.h"

#include <optional>

namespace wd {

// Windows refuses to write to (or delete) a file with the read-only attribute, whatever the ACL says.
std::optional<Finding> rule_readonly_attribute(const Facts& f) {
    if (!win::deniedWith(f, win::kErrorAccessDenied)) return std::nullopt;
    if (f.op != Operation::Write && f.op != Operation::Delete && f.op != Operation::Connect) return std::nullopt;
    const Node* t = f.targetNode();
    if (!t || t->isDir() || !t->win.readOnly) return std::nullopt;
    // The attribute refuses on its own; when a deny entry refuses too, acl-denies ranks level with it.
    Finding out = rules::finding(
        "readonly-attribute", 0.95,
        Message(WD_TR("%1 has the read-only attribute"), {t->path}),
        Message(WD_TR("The file is marked read-only (the attribute shown by attrib and in Properties). Windows "
                      "refuses to %1 it while the mark is set, whatever the permissions say. Clearing the mark "
                      "needs only the right to change its attributes."),
                {rules::opVerb(f.op)}).translateArg(0),
        f, -1);
    win::addNodeEvidence(out, f, *t);
    out.node = f.target;
    out.fixes.push_back(win::fixClearReadOnly(*t));
    return out;
}

}  // namespace wd
