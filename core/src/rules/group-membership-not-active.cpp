// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"

#include <optional>

namespace wd {

// `usermod -aG` changes the account database, not the running session: the new group only
// applies to processes started after the next login (or under newgrp/sg).
std::optional<Finding> rule_group_membership_not_active(const Facts& f) {
    const auto b = rules::bitsDenial(f);
    if (!b) return std::nullopt;
    const Node& n = *b->node;
    if (f.identity.inGroup(n.gid) || !f.identity.inAccountGroup(n.gid)) return std::nullopt;
    // Would the group grant it once active?
    Identity future = f.identity;
    future.groups.push_back(n.gid);
    if (!decideAccess(future, n, b->want).grants(b->want)) return std::nullopt;
    const std::string g = rules::whichGroup(n);
    Finding out = rules::finding(
        "group-membership-not-active", 0.94,
        Message(WD_TR("You were added to the group %1, but this session does not have it yet"), {g}),
        Message(WD_TR("The account database lists you in %1, which would allow this, but group membership is "
                      "read when you log in. Programs started before you were added still run without it. Log "
                      "out and back in, or start the program from `newgrp %1` or `sg %1 -c …`."),
                {g}),
        f, b->index);
    out.addEvidence("session groups", [&] {
        std::string s;
        for (uint32_t gid : f.identity.groups) s += (s.empty() ? "" : ",") + f.identity.groupName(gid);
        return s;
    }());
    out.fixes.push_back(rules::fixActivateGroup(g));
    return out;
}

}  // namespace wd
