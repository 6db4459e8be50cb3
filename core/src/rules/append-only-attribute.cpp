// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"
#include "rules/support/macos.h"

#include <optional>

// The macOS branch: the uappnd/sappnd file flags.
namespace wd::mac {
namespace {

std::optional<Finding> appendOnly(const Facts& f) {
    const int idx = flaggedIndex(f, kUfAppend | kSfAppend);
    if (idx < 0) return std::nullopt;
    const Node& n = f.chain[static_cast<size_t>(idx)];
    if (n.mac.flags & (kUfImmutable | kSfImmutable)) return std::nullopt;  // immutable-attribute explains it
    const bool system = n.mac.flags & kSfAppend;
    Finding out = rules::finding(
        "append-only-attribute", 0.97,
        Message(system ? WD_TR("%1 is append-only (sappnd)") : WD_TR("%1 is append-only (uappnd)"), {n.path}),
        Message(WD_TR("%1 carries an append-only flag (%2): data may be added at the end, but it cannot be "
                      "overwritten, truncated, deleted or renamed."),
                {n.path, flagWords(n.mac.flags & (kUfAppend | kSfAppend))}),
        f, idx);
    addFlagEvidence(out, n);
    if (n.mac.flags & kUfAppend) out.fixes.push_back(fixChflags(f, n, "uappnd"));
    if (system) out.fixes.push_back(fixChflags(f, n, "sappnd"));
    return out;
}

}  // namespace
}  // namespace wd::mac

namespace wd {

// chattr +a: the file may only grow (logs); overwriting, truncating, deleting and renaming fail.
std::optional<Finding> rule_append_only_attribute(const Facts& f) {
    if (!rules::deniedWith(f, EPERM) || !rules::modifies(f.op)) return std::nullopt;
    if (f.platform == Platform::MacOS) return mac::appendOnly(f);  // uchg/schg, uappnd/sappnd
    // An immutable target is immutable-attribute's to explain.
    const auto [n, idx] = rules::attributeCarrier(
        f, [](const Node& t) { return t.appendOnly && !t.immutable; }, [](const Node& p) { return p.appendOnly; });
    if (!n) return std::nullopt;
    Finding out = rules::finding(
        "append-only-attribute", 0.97, Message(WD_TR("%1 is append-only"), {n->path}),
        Message(WD_TR("%1 carries the append-only attribute (chattr +a): data may be added at the end, but it "
                      "cannot be overwritten, truncated, deleted or renamed. Log files are often protected this way."),
                {n->path}),
        f, idx);
    out.fixes.push_back(rules::fixClearAttribute(f, *n, "a"));
    return out;
}

}  // namespace wd
