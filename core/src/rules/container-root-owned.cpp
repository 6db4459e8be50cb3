// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowhow/text.h"
#include "rules/support/common.h"

#include <optional>

namespace wd {

// The host side of a bind mount: a container that ran as root wrote into a host folder, and now
// its files belong to root on the host, out of your reach. The message mentions the container.
std::optional<Finding> rule_container_root_owned(const Facts& f) {
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

}  // namespace wd
