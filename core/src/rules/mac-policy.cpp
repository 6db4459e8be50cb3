#include "rules/common.h"
#include "rules/macos.h"
#include "rules/windows.h"

#include <optional>

namespace wd {

// access(2) consults the security module too: a denial that no permission bit explains, on a
// system with SELinux or AppArmor active, points at its policy.
std::optional<Finding> rule_mac_policy(const Facts& f) {
    if (f.platform == Platform::Windows) return win::controlledFolderAccess(f);
    if (f.platform == Platform::MacOS) return mac::policy(f);
    if (!rules::denied(f) || (f.verdict.err != EACCES && f.verdict.err != EPERM)) return std::nullopt;
    if (!f.mac.selinuxEnabled && !f.mac.apparmorEnabled) return std::nullopt;
    if (!rules::bitsAllow(f)) return std::nullopt;
    const Node* t = rules::decidingNode(f);
    if (t && (t->immutable || t->appendOnly)) return std::nullopt;
    const bool selinux = f.mac.selinuxEnabled && f.mac.selinuxEnforcing;
    Finding out = rules::finding(
        "mac-policy", 0.75,
        Message(selinux ? WD_TR("SELinux policy denies this") : WD_TR("A security policy (AppArmor) denies this")),
        Message(selinux ? WD_TR("The permissions allow it, but SELinux is enforcing and the kernel still says no. "
                                "Look for an AVC denial (`ausearch -m avc -ts recent`); a wrong label is often fixed "
                                "with `restorecon`.")
                        : WD_TR("The permissions allow it, but the kernel still says no and AppArmor is active. Look "
                                "for DENIED lines in the kernel log (`journalctl -k | grep apparmor`).")),
        f, rules::decidingIndex(f));
    if (!f.mac.targetLabel.empty()) out.addEvidence("selinux label", f.mac.targetLabel);
    if (!f.mac.processLabel.empty()) out.addEvidence("process label", f.mac.processLabel);
    // Never weakened from a button: the administrator reads the denial and decides.
    if (t) {
        FixProposal fx;
        fx.id = selinux ? "selinux-restore-label" : "apparmor-show-denials";
        fx.title = selinux ? WD_TR("Restore the SELinux label (administrator)")
                           : WD_TR("Show the AppArmor denials (administrator)");
        fx.change = WD_TR("Shown for an administrator; WhyDenied does not change security policy.");
        fx.argv = selinux ? std::vector<std::string>{"restorecon", "-v", "--", t->path}
                          : std::vector<std::string>{"journalctl", "-k", "--grep", "apparmor=\"DENIED\""};
        fx.privilege = Privilege::Admin;
        fx.advisory = true;
        out.fixes.push_back(fx);
    }
    return out;
}

}  // namespace wd
