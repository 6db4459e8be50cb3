// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/lsm_common.h"

#include <optional>
#include <string_view>

namespace wd {
namespace {

// /etc/apparmor.d names a path-attached profile's file after the program ("/usr/sbin/mysqld" is
// usr.sbin.mysqld); a named profile ("mysqld") lives in a file of its own name.
std::string profileFile(const std::string& profile) {
    std::string file = profile;
    if (!file.empty() && file.front() == '/') file.erase(0, 1);
    for (char& c : file)
        if (c == '/') c = '.';
    return file;
}

// The rule's permissions: create and delete are part of write in a profile's file rules.
std::string ruleMask(const std::string& mask) {
    std::string wanted;
    for (char c : mask) wanted += (c == 'c' || c == 'd') ? 'w' : c;
    std::string out;
    for (char m : std::string_view("rwalkm"))  // the order profiles are written in
        if (wanted.find(m) != std::string::npos) out += m;
    return out.empty() ? "r" : out;
}

}  // namespace

// AppArmor: a profile lists what its program may touch. The fix is a line in the profile's local
// include and a reload; a profile is never disabled to make an error go away. Complain-mode
// ("ALLOWED") records stopped nothing and are never blamed.
std::optional<Finding> rule_apparmor_denial(const Facts& f) {
    const AuditDenial* d = rules::blockingRecord(f, "apparmor");
    if (!d) {
        const bool enabled = f.modules.apparmorEnabled == 1 || f.lsm.apparmorEnabled;
        const bool selinux = f.modules.selinuxEnforce == 1 || (f.lsm.selinuxEnabled && f.lsm.selinuxEnforcing);
        if (!enabled || selinux || !rules::unexplainedByBits(f)) return std::nullopt;
        Finding out = rules::moduleFinding(
            f, "apparmor-denial", 0.7, WD_TR("A security policy (AppArmor) denies this"),
            WD_TR("The permissions allow it, but the kernel still says no and AppArmor is active. Look for DENIED "
                  "lines in the kernel log (`journalctl -k | grep apparmor`)."),
            "apparmor");
        const std::string label = f.modules.apparmorLabel.empty() ? f.modules.subjectLabel : f.modules.apparmorLabel;
        if (!label.empty()) out.addEvidence("profile", label);
        out.fixes.push_back(rules::policyAdvice("apparmor-show-denials", WD_TR("Show the AppArmor denials (administrator)"),
                                                {"journalctl", "-k", "--grep", "apparmor=\"DENIED\""}));
        return out;
    }
    const std::string path = rules::lsmPath(f, d);
    const std::string file = profileFile(d->profile);
    const std::string rule = path + " " + ruleMask(d->deniedMask.empty() ? d->requestedMask : d->deniedMask) + ",";
    Finding out = rules::finding(
        "apparmor-denial", 0.95, Message(WD_TR("The AppArmor profile %1 denies %2"), {d->profile, path}),
        Message(WD_TR("The profile %1 (mode: %2) lets its program use only the paths it lists; %3 asked for \"%4\" "
                      "on %5 and was denied \"%6\". Add the line \"%7\" to %8 and reload the profile; do not "
                      "disable the profile."),
                {d->profile, d->profileMode(), d->comm.empty() ? d->profile : d->comm, d->requestedMask, path,
                 d->deniedMask, rule, "/etc/apparmor.d/local/" + file}),
        f, f.targetNode() ? f.target : -1);
    FixProposal fx = rules::policyAdvice("apparmor-local-rule",
                                         WD_TR("Allow the path in the profile's local rules (administrator)"),
                                         {"apparmor_parser", "-r", "/etc/apparmor.d/" + file});
    fx.change = Message(WD_TR("Add the line \"%1\" to %2, then reload the profile with the command shown. "
                              "WhyDenied does not change security policy."),
                        {rule, "/etc/apparmor.d/local/" + file});
    out.fixes.push_back(fx);
    rules::addAuditEvidence(out, *d);
    return out;
}

}  // namespace wd
