// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowhow/text.h"
#include "rules/support/common.h"

#include <optional>

namespace wd {

// The Docker daemon's socket is root:docker 0660: using docker means being in that group, which is
// as good as being root. Say both, and offer the rootless road.
std::optional<Finding> rule_docker_socket_access(const Facts& f) {
    const Node* t = f.targetNode();
    if (!t || !rules::denied(f) || f.verdict.err != EACCES) return std::nullopt;
    const bool named = knowhow::baseName(t->path) == "docker.sock" || knowhow::baseName(t->path) == "podman.sock";
    if (!named && !(f.context.present && f.context.errorClass == ErrorClass::DockerSocket)) return std::nullopt;
    if (t->type != NodeType::Socket && !named) return std::nullopt;
    const std::string g = rules::whichGroup(*t);
    const bool listed = f.identity.inAccountGroup(t->gid) && !f.identity.inGroup(t->gid);
    Finding out = rules::finding(
        "docker-socket-access", 0.98,
        listed ? Message(WD_TR("You were added to the group %1, but this session does not have it yet"), {g})
               : Message(WD_TR("Only members of the group %1 may talk to the Docker daemon"), {g}),
        Message(WD_TR("The Docker socket %1 belongs to %2:%3 with mode %4. Membership of %3 is what docker "
                      "commands need, and it is equivalent to root on this machine: anyone in it can mount / into a "
                      "container. Rootless Docker or Podman avoid that."),
                {t->path, rules::who(*t), g, modeString(t->mode)}),
        f, f.target);
    if (listed)
        out.fixes.push_back(rules::fixActivateGroup(g));
    else
        out.fixes.push_back(rules::fixJoinGroup(
            f, g, t->gid, Message(WD_TR("Join the group %1 (root-equivalent)"), {g}),
            Message(WD_TR("Adds you to %1. It takes effect after you log in again (or in `newgrp %1`). "
                          "Members of %1 can become root through Docker."),
                    {g})));
    FixProposal rootless;
    rootless.id = "docker-rootless";
    rootless.title = WD_TR("Use rootless Docker or Podman instead");
    rootless.change = WD_TR("Runs containers as you, without a root-equivalent group (dockerd-rootless-setuptool.sh "
                            "install, or podman, which needs no daemon).");
    rootless.argv = {"dockerd-rootless-setuptool.sh", "install"};
    rootless.advisory = true;
    out.fixes.push_back(rootless);
    return out;
}

}  // namespace wd
