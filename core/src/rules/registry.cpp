// SPDX-License-Identifier: GPL-3.0-or-later
// The table of causes: one row per cause id, naming the rule that emits exactly that id. Adding a
// cause = a file core/src/rules/<cause-id>.cpp defining `std::optional<Finding> rule_<cause_id>(const
// Facts&)` with every platform's branch of the cause, a row here, and a test (RuleRegistry in
// tests/core/rules_test.cpp checks that each rule emits only its row's id). The order is part of the ranking: diagnose() collects
// findings in this order and sorts them stably by confidence, so equal confidences keep it.
// Text-only advice that no rule diagnoses is a separate table: knowhow/advice.cpp.
#include "whydenied/rules.h"

#include <array>
#include <cassert>

namespace wd {

#define WD_RULES(X)                                                                                 \
    X("path-not-found", path_not_found)                                                             \
    X("symlink-loop", symlink_loop)                                                                 \
    X("parent-not-traversable", parent_not_traversable)                                             \
    X("parent-not-writable", parent_not_writable)                                                   \
    X("sticky-directory", sticky_directory)                                                         \
    X("owner-lacks-permission", owner_lacks_permission)                                             \
    X("group-lacks-permission", group_lacks_permission)                                             \
    X("owned-by-another-user", owned_by_another_user)                                               \
    X("group-membership-not-active", group_membership_not_active)                                   \
    X("acl-denies", acl_denies)                                                                     \
    X("immutable-attribute", immutable_attribute)                                                   \
    X("append-only-attribute", append_only_attribute)                                               \
    X("read-only-filesystem", read_only_filesystem)                                                 \
    X("noexec-mount", noexec_mount)                                                                 \
    X("text-file-busy", text_file_busy)                                                             \
    X("file-locked-by-process", file_locked_by_process)                                             \
    X("is-a-directory", is_a_directory)                                                             \
    X("network-filesystem-mapping", network_filesystem_mapping)                                     \
    X("mac-policy", mac_policy)                                                                     \
    X("selinux-denial", selinux_denial)                                                             \
    X("apparmor-denial", apparmor_denial)                                                           \
    X("sandbox-confinement", sandbox_confinement)                                                   \
    X("capability-required", capability_required)                                                   \
    X("container-uid-mismatch", container_uid_mismatch)                                             \
    X("docker-socket-access", docker_socket_access)                                                 \
    X("package-manager-global-install", package_manager_global_install)                             \
    X("git-foreign-owned-objects", git_foreign_owned_objects)                                       \
    X("web-server-user", web_server_user)                                                           \
    X("error-from-elsewhere", error_from_elsewhere)                                                 \
    X("ssh-strict-modes", ssh_strict_modes)                                                         \
    X("git-dubious-ownership", git_dubious_ownership)                                               \
    X("ssh-key-too-open", ssh_key_too_open)                                                         \
    X("readonly-attribute", readonly_attribute)                                                     \
    X("elevation-required", elevation_required)                                                     \
    X("cloud-placeholder", cloud_placeholder)                                                       \
    X("quarantine-attribute", quarantine_attribute)

#define WD_DECLARE(id, fn) std::optional<Finding> rule_##fn(const Facts&);
WD_RULES(WD_DECLARE)
#undef WD_DECLARE

std::span<const Rule> allRules() {
#ifdef NDEBUG
#define WD_ENTRY(id, fn) Rule{id, &rule_##fn},
#else
    // Debug builds stop at a finding whose cause is not its row's id: a wrong row would otherwise
    // only mislabel findings (tests/core/rules_test.cpp's RuleRegistry checks release builds).
#define WD_ENTRY(id, fn)                                                                            \
    Rule{id, +[](const Facts& f) {                                                                  \
             auto out = rule_##fn(f);                                                               \
             assert(!out || out->cause == id);                                                      \
             return out;                                                                            \
         }},
#endif
    static const std::array kRules{WD_RULES(WD_ENTRY)};
#undef WD_ENTRY
    return kRules;
}

}  // namespace wd
