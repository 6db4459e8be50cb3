// SPDX-License-Identifier: GPL-3.0-or-later
// The Linux bulk fix's plan: which change fixes a whole audit group, and whether it needs root.
#include "fix/linux/bulk_internal.h"

#include <pwd.h>
#include <unistd.h>

namespace wd {

namespace bulk {

std::string normalRoot(std::string r) {
    while (r.size() > 1 && r.back() == '/') r.pop_back();
    return r;
}

namespace {

// Mode bits the operation needs from the owner, as a chmod spec.
std::string ownerSpec(Operation op, bool traverseOnly) {
    if (traverseOnly) return "u+x";
    switch (op) {
    case Operation::Read: return "u+r";
    case Operation::List: return "u+rx";
    case Operation::Execute: return "u+x";
    case Operation::Traverse: return "u+x";
    default: return "u+w";
    }
}

std::string userName(uint32_t uid) {
    const passwd* pw = getpwuid(uid);
    return pw && pw->pw_name ? pw->pw_name : std::to_string(uid);
}

}  // namespace

// The bulk fixes that need an administrator, keyed by the cause the audit grouped the entries
// under: taking ownership (for `uid`) and clearing the immutable attribute. The one table the
// planner and the helper's bulk verb share.
std::optional<BulkFixPlan> privilegedBulkPlan(const std::string& cause, uid_t uid, const std::string& root) {
    BulkFixPlan p;
    p.cause = cause;
    p.privileged = true;
    if (cause == "owned-by-another-user") {
        p.action = FixAction::Chown;
        p.arg = std::to_string(uid);
        p.command = fix::joinCommand({"chown", "-R", userName(uid), root}, Privilege::Admin);
    } else if (cause == "immutable-attribute") {
        p.action = FixAction::ClearFlag;
        p.arg = "-i";
        p.command = fix::joinCommand({"chattr", "-R", "-i", root}, Privilege::Admin);
    } else {
        return std::nullopt;
    }
    return p;
}

}  // namespace bulk

Result<BulkFixPlan> planBulkFix(const AuditOptions& opts, const std::string& cause) {
    BulkFixPlan p;
    p.cause = cause;
    const std::string root = bulk::normalRoot(opts.root);
    if (cause == "owner-lacks-permission" || cause == "parent-not-traversable") {
        p.action = FixAction::Chmod;
        p.arg = bulk::ownerSpec(opts.op, cause == "parent-not-traversable");
        p.command = fix::joinCommand({"chmod", "-R", p.arg, root}, Privilege::None);
        p.description = cause == "parent-not-traversable"
            ? "Give yourself search (x) permission on every folder of this group that you own"
            : "Add the missing permission for the owner (you) on every entry of this group";
        return p;
    }
    const bool forMe = opts.subject.empty() || opts.subject == "me";
    auto admin = bulk::privilegedBulkPlan(cause, geteuid(), root);
    if (!admin) return Failure("no bulk fix for " + cause + " (fix those one by one with diagnose/fix)");
    if (!forMe)
        return Failure(std::string(admin->action == FixAction::Chown
                                       ? "taking ownership is offered only for your own access (no --as)"
                                       : "clearing the immutable attribute is offered only for your own access (no --as)"));
    admin->description = admin->action == FixAction::Chown
                             ? "Make you the owner of every entry of this group (needs an administrator)"
                             : "Clear the immutable attribute of every entry of this group (needs an administrator)";
    return std::move(*admin);
}

}  // namespace wd
