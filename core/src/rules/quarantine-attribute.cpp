// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"
#include "rules/support/macos.h"

#include <optional>

namespace wd {

// macOS: a downloaded program (or the app bundle around it) carries com.apple.quarantine, and
// Gatekeeper checks it when it starts. The kernel's access check knows nothing of this, so the
// finding also stands when that check allows.
std::optional<Finding> rule_quarantine_attribute(const Facts& f) {
    if (f.platform != Platform::MacOS || f.op != Operation::Execute || f.target < 0) return std::nullopt;
    if (rules::denied(f) && f.verdict.err != EPERM) return std::nullopt;  // EACCES: the bits decide
    int idx = -1;
    for (int i = f.target; i >= 0 && idx < 0; --i)
        if (f.chain[static_cast<size_t>(i)].mac.quarantined) idx = i;
    if (idx < 0) return std::nullopt;
    const Node& n = f.chain[static_cast<size_t>(idx)];
    const mac::Quarantine q = mac::parseQuarantine(n.mac);
    if (q.approved()) return std::nullopt;
    const std::string from = q.agent.empty() ? "a download" : q.agent;
    Finding out = rules::finding(
        "quarantine-attribute", rules::denied(f) ? 0.9 : 0.6,
        Message(WD_TR("%1 is quarantined as a download"), {n.path}),
        Message(WD_TR("%1 carries the quarantine attribute (com.apple.quarantine, set by %2). Gatekeeper checks "
                      "such programs when they start and blocks those it cannot verify. If you trust where it came "
                      "from, remove the attribute, or open it once with Control-click > Open."),
                {n.path, from}),
        f, idx);
    out.addEvidence("com.apple.quarantine", n.mac.quarantine);
    // An app bundle carries the attribute on every file inside it: `xattr -dr` changes every file
    // of the bundle, which no single checked node covers, so that one is advice.
    FixProposal fx;
    if (n.isDir()) {
        fx.argv = {"xattr", "-dr", "com.apple.quarantine", n.path};
        fx.undoArgv = {"xattr", "-w", "com.apple.quarantine", n.mac.quarantine, n.path};
    } else {
        fx = rules::typedFix(FixAction::RemoveXattr, f.platform, n, "com.apple.quarantine", n.mac.quarantine);
    }
    fx.id = "xattr-remove-quarantine";
    fx.title = WD_TR("Remove the quarantine attribute");
    fx.change = Message(WD_TR("Removes com.apple.quarantine from %1, so Gatekeeper no longer treats it as a fresh "
                              "download. Only do this for software you trust."),
                        {n.path});
    fx.privilege = n.uid == f.identity.euid ? Privilege::None : Privilege::Admin;
    out.fixes.push_back(fx);
    return out;
}

}  // namespace wd
