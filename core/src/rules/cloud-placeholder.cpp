// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"
#include "rules/support/windows.h"

#include <optional>

namespace wd {

// OneDrive / Files On-Demand: the file is a placeholder whose data lives in the cloud, and the sync
// provider could not (or may not) bring it down.
std::optional<Finding> rule_cloud_placeholder(const Facts& f) {
    if (f.platform != Platform::Windows || !rules::denied(f)) return std::nullopt;
    const Node* t = f.targetNode();
    if (!t) return std::nullopt;
    const WinNodeFacts& w = t->win;
    const bool placeholder = w.offline || w.recallOnDataAccess || w.recallOnOpen;
    const bool cloudError = win::isCloudError(f.verdict.winError);
    if (!placeholder && !cloudError) return std::nullopt;
    if (!cloudError) {
        // A plain access denial on a placeholder: only when the permissions do not explain it.
        if (f.verdict.winError != win::kErrorAccessDenied) return std::nullopt;
        const uint32_t want = win::wantedRights(f.op, t->isDir());
        const auto acl = win::decideAcl(f.identity, *t, want);
        if (acl.known && !acl.grants(want)) return std::nullopt;
        if (w.readOnly && f.op == Operation::Write) return std::nullopt;
    }
    Finding out = rules::finding(
        "cloud-placeholder", cloudError ? 0.95 : 0.7,
        Message(WD_TR("%1 is only a placeholder for a file in the cloud"), {t->path}),
        Message(WD_TR("The file's contents are not on this computer (OneDrive Files On-Demand or a similar sync "
                      "app). They are downloaded when a program opens it, which fails when the sync app is not "
                      "running, signed out, offline, or blocks the program. Start the sync app, or right-click the "
                      "file and choose \"Always keep on this device\".")),
        f, -1);
    win::addNodeEvidence(out, f, *t);
    out.node = f.target;
    if (!f.verdict.errName.empty()) out.addEvidence("error", f.verdict.errName);
    FixProposal pin;
    pin.id = "attrib-pin";
    pin.platform = Platform::Windows;
    pin.windows = true;
    pin.title = WD_TR("Keep it on this device");
    pin.change = Message(WD_TR("Marks %1 as always available offline, so the sync app downloads it."), {t->path});
    pin.argv = {"attrib", "+P", "-U", t->path};
    pin.undoArgv = {"attrib", "-P", t->path};
    out.fixes.push_back(pin);
    return out;
}

}  // namespace wd
