// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"

#include <optional>

namespace wd {

// A process in a user namespace (a rootless container) sees host ids through its uid_map. A
// bind-mounted folder owned by a host uid that is not mapped, or mapped to someone else, is owned
// by a stranger inside: the classic "container cannot write its volume".
std::optional<Finding> rule_container_uid_mismatch(const Facts& f) {
    const Subject& s = f.subject;
    if (!s.otherUserNamespace || !rules::denied(f) || (f.verdict.err != EACCES && f.verdict.err != EPERM))
        return std::nullopt;
    const int idx = rules::decidingIndex(f);
    if (idx < 0) return std::nullopt;
    const Node& n = f.chain[static_cast<size_t>(idx)];
    const auto ownerInside = mapToInside(s.uidMap, n.uid);
    const auto meInside = mapToInside(s.uidMap, f.identity.euid);
    if (ownerInside && meInside && *ownerInside == *meInside) return std::nullopt;
    const std::string inside = ownerInside ? "uid " + std::to_string(*ownerInside) : "nobody (unmapped)";
    const std::string subjectInside = meInside ? "uid " + std::to_string(*meInside) : "an unmapped uid";
    Finding out = rules::finding(
        "container-uid-mismatch", 0.97,
        Message(WD_TR("Inside the container, %1 belongs to someone else"), {n.path}),
        Message(WD_TR("The process runs in its own user namespace as %1. %2 is owned by host uid %3, which the "
                      "container sees as %4: a folder made on the host and bind-mounted in. Run the container as the "
                      "owner's uid, let the runtime map the volume (Podman's :U, an idmapped mount), or give the "
                      "folder to the container's user on the host."),
                {subjectInside, n.path, std::to_string(n.uid), inside}),
        f, idx);
    out.addEvidence("owner on the host", rules::who(n) + " (uid " + std::to_string(n.uid) + ")");
    out.addEvidence("owner inside", inside);
    out.addEvidence("container user", subjectInside + " = host uid " + std::to_string(f.identity.euid));
    FixProposal run;
    run.id = "container-run-as-owner";
    run.title = WD_TR("Run the container as the folder's owner");
    run.change = Message(WD_TR("Starts the container with the uid that owns %1 (docker run --user, podman run --user)."),
                         {n.path});
    run.argv = {"docker", "run", "--user", std::to_string(ownerInside.value_or(n.uid)) + ":" + std::to_string(n.gid), "…"};
    run.advisory = true;
    out.fixes.push_back(run);
    FixProposal chown = rules::typedFix(FixAction::Chown, f.platform, n,
                                        std::to_string(f.identity.euid) + ":" + std::to_string(f.identity.egid),
                                        std::to_string(n.uid) + ":" + std::to_string(n.gid));
    chown.id = "container-chown-on-host";
    chown.title = WD_TR("Give the folder to the container's user on the host");
    chown.change = Message(WD_TR("Makes host uid %1 (the container's user) the owner of %2."),
                           {std::to_string(f.identity.euid), n.path});
    chown.privilege = Privilege::Admin;
    chown.advisory = true;  // on the host, for the container's user: not something to run for "you"
    out.fixes.push_back(chown);
    return out;
}

}  // namespace wd
