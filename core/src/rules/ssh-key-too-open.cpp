// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"

#include <cstdio>
#include <optional>

namespace wd {

// ssh refuses a private key that anyone but its owner can read ("UNPROTECTED PRIVATE KEY FILE"),
// although the kernel would let ssh read it: the denial is ssh's own, so this rule looks at the
// key's mode even when the verdict is "allowed".
std::optional<Finding> rule_ssh_key_too_open(const Facts& f) {
    const Node* t = f.targetNode();
    if (!t || t->type != NodeType::Regular || f.op != Operation::Read || (t->mode & 077) == 0) return std::nullopt;
    if (t->uid != f.identity.euid) return std::nullopt;
    const std::string& p = t->path;
    const std::string base = p.substr(p.find_last_of('/') + 1);
    auto endsWith = [&](std::string_view s) { return base.size() > s.size() && base.compare(base.size() - s.size(), s.size(), s) == 0; };
    const bool inSsh = p.find("/.ssh/") != std::string::npos;
    const bool keyName = (base.rfind("id_", 0) == 0 && !endsWith(".pub")) || endsWith(".pem") || endsWith("_key");
    if (!inSsh || !keyName) return std::nullopt;
    Finding out = rules::finding(
        "ssh-key-too-open", rules::denied(f) ? 0.6 : 0.9,
        Message(WD_TR("ssh refuses the private key %1 because others can read it"), {p}),
        Message(WD_TR("Its mode is %1. ssh (and git over ssh) ignores a private key that anyone but you can read "
                      "and reports \"UNPROTECTED PRIVATE KEY FILE\" or \"bad permissions\". Make it readable by you "
                      "alone."),
                {modeString(t->mode)}),
        f, f.target);
    char old[8];
    std::snprintf(old, sizeof old, "%o", t->mode & 0777U);
    out.fixes.push_back(rules::fixChmod(f, *t, "600", old, Privilege::None, WD_TR("Make the key private (600)")));
    return out;
}

}  // namespace wd
