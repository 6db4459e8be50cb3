// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"

#include <optional>

namespace wd {

// On NFS, SMB/CIFS and FUSE the server (or the FUSE daemon) decides; the bits you see are a
// translation that may not match (root squash, uid mapping, no allow_other).
std::optional<Finding> rule_network_filesystem_mapping(const Facts& f) {
    if (!rules::denied(f) || f.verdict.err == ENOENT) return std::nullopt;
    const Node* remote = nullptr;
    int idx = -1;
    const int last = std::max(rules::decidingIndex(f), static_cast<int>(f.chain.size()) - 1);
    for (int i = 0; i <= last && i < static_cast<int>(f.chain.size()); ++i) {
        const Node& n = f.chain[static_cast<size_t>(i)];
        if (n.mount >= 0 && f.mounts[static_cast<size_t>(n.mount)].isNetworkOrFuse()) { remote = &n; idx = i; break; }
    }
    if (!remote) return std::nullopt;
    const MountFacts& m = f.mounts[static_cast<size_t>(remote->mount)];
    // When the bits already explain it, this is background; when they allow, it is the answer.
    const double confidence = rules::bitsAllow(f) ? 0.9 : 0.45;
    Finding out = rules::finding(
        "network-filesystem-mapping", confidence,
        Message(WD_TR("%1 is on %2, where the server decides"), {remote->path, m.fsType}),
        Message(WD_TR("%1 is a %2 filesystem from %3. Access there is decided by the server or the FUSE program, "
                      "which may map your user differently (NFS root squash, SMB credentials, a FUSE mount without "
                      "allow_other), so the permissions shown here are not the whole story."),
                {m.mountPoint, m.fsType, m.source}),
        f, idx);
    // Nothing here can change the server's mind; show what to tell its administrator.
    out.fixes.push_back(rules::adviceFix(
        "show-mount-for-admin", WD_TR("Show the mount to the server's administrator"),
        WD_TR("Shown for an administrator: the fix is on the server (exports, share permissions, uid mapping) or in "
              "the mount options; WhyDenied does not remount filesystems."),
        {"findmnt", "-T", remote->path}, Privilege::None));
    return out;
}

}  // namespace wd
