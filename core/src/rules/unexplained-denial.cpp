// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"
#include "rules/support/unexplained.h"

namespace wd {

// When the kernel says no and nothing we know explains it, say so, and list what was ruled out,
// rather than guess.
Finding unexplainedDenial(const Facts& f) {
    Finding out = rules::finding(
        "unexplained-denial", 0.3, Message(WD_TR("The system refuses, and none of the usual causes explains it")),
        Message(WD_TR("The kernel answered %1, but the owner, group and other permissions, ACLs, attributes and "
                      "mount options all allow this. A security module, a container or sandbox, or the server of a "
                      "network filesystem may be deciding."),
                {f.verdict.what}),
        f, rules::decidingIndex(f));
    std::string ruled;
    for (const char* c : {"path-not-found", "parent-not-traversable", "owner/group/other bits", "acl-denies",
                          "immutable-attribute", "append-only-attribute", "read-only-filesystem", "noexec-mount",
                          "text-file-busy"})
        ruled += (ruled.empty() ? "" : ", ") + std::string(c);
    out.addEvidence("ruled out", ruled);
    out.addEvidence("kernel check", f.verdict.what);
    return out;
}

}  // namespace wd
