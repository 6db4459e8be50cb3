// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowhow/text.h"
#include "rules/support/common.h"

#include <optional>

namespace wd {
namespace {

// A process in a user namespace (a rootless container) sees host ids through its uid_map. A
// bind-mounted folder owned by a host uid that is not mapped, or mapped to someone else, is owned
// by a stranger inside: the classic "container cannot write its volume".
std::optional<Finding> insideTheNamespace(const Facts& f) {
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

// The host side of a bind mount: a container that ran as root wrote into a host folder, and now
// its files belong to root on the host, out of your reach. The message mentions the container.
std::optional<Finding> onTheHost(const Facts& f) {
    if (!f.context.present || !f.subject.isMe() || f.identity.euid == 0 || !rules::deniedWith(f, EACCES)) return std::nullopt;
    bool container = false;
    for (const char* w : {"docker", "podman", "container", "compose"})
        container = container || f.context.program == w || knowhow::containsNoCase(f.context.message, w);
    if (!container) return std::nullopt;
    const auto b = rules::bitsDenial(f);
    if (!b || b->node->uid != 0) return std::nullopt;
    const Node& n = *b->node;
    Finding out = rules::finding(
        "container-uid-mismatch", 0.96, Message(WD_TR("A container left %1 owned by root"), {n.path}),
        Message(WD_TR("%1 belongs to root on this machine: a container running as root wrote it through a bind "
                      "mount. Run the container as you (docker run --user \"$(id -u):$(id -g)\"), let Podman map the "
                      "volume (:U), and give the existing files back to you once."),
                {n.path}),
        f, b->index);
    FixProposal user;
    user.id = "container-run-as-you";
    user.title = WD_TR("Run the container as you");
    user.change = WD_TR("New files in the mounted folder will then be yours.");
    user.argv = {"docker", "run", "--user", std::to_string(f.identity.euid) + ":" + std::to_string(f.identity.egid), "…"};
    user.advisory = true;
    out.fixes.push_back(user);
    out.fixes.push_back(rules::fixChown(f, n));
    return out;
}

}  // namespace

// Two sides of one mismatch, both Linux: the namespace branch needs a process subject (another
// user namespace), the host branch needs "me", so at most one of them speaks.
std::optional<Finding> rule_container_uid_mismatch(const Facts& f) {
    if (auto inside = insideTheNamespace(f)) return inside;
    return onTheHost(f);
}

}  // namespace wd
