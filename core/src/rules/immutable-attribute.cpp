// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"
#include "rules/support/macos.h"

#include <optional>

// The macOS branch: the uchg/schg file flags.
namespace wd::mac {
namespace {

std::optional<Finding> immutable(const Facts& f) {
    const int idx = flaggedIndex(f, kUfImmutable | kSfImmutable);
    if (idx < 0) return std::nullopt;
    const Node& n = f.chain[static_cast<size_t>(idx)];
    const bool user = n.mac.flags & kUfImmutable, system = n.mac.flags & kSfImmutable;
    Finding out = system
        ? rules::finding("immutable-attribute", 0.98,
                         Message(WD_TR("%1 carries the system immutable flag (schg)"), {n.path}),
                         Message(WD_TR("%1 carries the system immutable flag (schg). While it is set nobody can "
                                       "change, delete or rename it, an administrator included. Only an "
                                       "administrator can clear it, and with System Integrity Protection on, macOS "
                                       "refuses to clear it at all (chflags then fails with \"Operation not "
                                       "permitted\"); it can then only be cleared from Recovery."),
                                 {n.path}),
                         f, idx)
        : rules::finding("immutable-attribute", 0.98, Message(WD_TR("%1 is locked (uchg)"), {n.path}),
                         Message(WD_TR("%1 carries the user immutable flag (uchg), which Finder shows as "
                                       "\"Locked\" in Get Info. While it is set nobody can change, delete or rename "
                                       "it. Its owner can clear it."),
                                 {n.path}),
                         f, idx);
    addFlagEvidence(out, n);
    if (user) out.fixes.push_back(fixChflags(f, n, "uchg"));
    if (system) {
        out.addEvidence("system integrity protection",
                        f.lsm.sipEnabled == 1 ? "on" : f.lsm.sipEnabled == 0 ? "off" : "unknown");
        out.fixes.push_back(fixChflags(f, n, "schg"));
    }
    return out;
}

}  // namespace
}  // namespace wd::mac

namespace wd {

// chattr +i: no one, not even root, may change, delete or rename it until the flag is cleared.
std::optional<Finding> rule_immutable_attribute(const Facts& f) {
    if (!rules::deniedWith(f, EPERM) || !rules::modifies(f.op)) return std::nullopt;
    if (f.platform == Platform::MacOS) return mac::immutable(f);  // uchg/schg, uappnd/sappnd
    const auto isImmutable = [](const Node& node) { return node.immutable; };
    const auto [n, idx] = rules::attributeCarrier(f, isImmutable, isImmutable);
    if (!n) return std::nullopt;
    Finding out = rules::finding(
        "immutable-attribute", 0.98, Message(WD_TR("%1 is marked immutable"), {n->path}),
        Message(WD_TR("%1 carries the immutable attribute (chattr +i). While it is set nobody, not even an "
                      "administrator, can change, delete or rename it. Someone set it on purpose: make sure it may "
                      "be lifted."),
                {n->path}),
        f, idx);
    out.fixes.push_back(rules::fixClearAttribute(f, *n, "i"));
    return out;
}

}  // namespace wd
