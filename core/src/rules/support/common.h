// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the rules: which node and bits an operation is about, evidence, fixes.
#pragma once

#include "whydenied/facts.h"
#include "whydenied/finding.h"

#include <cerrno>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace wd::rules {

// The node whose permissions decide: the containing directory for create/delete/rename,
// the object itself otherwise. Null when it could not be inspected.
const Node* decidingNode(const Facts& f);
int decidingIndex(const Facts& f);
unsigned wantedBits(const Facts& f);  // the Perm bits needed on decidingNode

bool denied(const Facts& f);
bool deniedWith(const Facts& f, int err);
bool modifies(Operation op);  // write, create, delete, rename, chmod, chown

std::string me(const Facts& f);      // user name, or the uid when the account has no name
std::string who(const Node& n);      // owner name or uid
std::string whichGroup(const Node& n);
std::string opVerb(Operation op);    // "write to", "read" … (English, marked WD_TR: pass it with Message::translateArg)

Finding finding(const char* cause, double confidence, Message title, Message explanation, const Facts& f,
                int node);
void addNodeEvidence(Finding& out, const Facts& f, const Node& n);
std::string aclText(const Node& n);  // "user::rw-,user:ana:r--,mask::r--,…"

// The id of a chmod fix, in words: "u+w" is chmod-owner-write, "go-w" chmod-group-others-no-write,
// "600" chmod-600. Before 0.2 ids were the spec with '+' as '-' ("chmod-u-w", which read like
// removing write); legacyChmodFixId() gives that form, which --fix still accepts.
std::string chmodFixId(const std::string& spec);
std::string legacyChmodFixId(const std::string& spec);
// A fix the engine can apply: `action` on node n with the typed argument, for that platform, its
// argv and undo derived from the value (commandFor). The caller words id, title and change and
// sets the privilege.
FixProposal typedFix(FixAction action, Platform platform, const Node& n, std::string arg, std::string undoArg = {});
FixProposal fixChmod(const Facts& f, const Node& n, const std::string& spec, const std::string& undoSpec, Privilege p,
                     Message title);
FixProposal fixAclGrant(const Facts& f, const Node& n, unsigned bits);
FixProposal fixChown(const Facts& f, const Node& n);
FixProposal fixCopyToHome(const Facts& f, const Node& n);
// A command shown, never run from a button (advisory): for an administrator, or for someone else
// to run where the change is not this machine's or not yours to make.
FixProposal adviceFix(std::string id, Message title, Message change, std::vector<std::string> argv, Privilege privilege);
// mount -o remount,OPTION: advice only, WhyDenied does not remount filesystems.
FixProposal fixRemount(const std::string& mountPoint, const char* option, Message title);
// chattr -i ("i") or chattr -a ("a"): only an administrator may clear either attribute.
FixProposal fixClearAttribute(const Facts& f, const Node& n, const char* attr);
// usermod -aG GROUP me (undo: gpasswd -d), administrator; the caller words title and change,
// which must be honest that only a new login picks the group up. A group that is root-equivalent
// or a system group (gid below GID_MIN) is only advice: the command is shown, never applied.
FixProposal fixJoinGroup(const Facts& f, const std::string& group, uint32_t gid, Message title, Message change);
// Groups whose members can become root or read every secret (docker, lxd, disk, shadow, sudo …):
// whydenied-helper never adds anyone to them.
bool rootEquivalentGroup(const std::string& name);
// A number from /etc/login.defs (UID_MIN, UID_MAX, GID_MIN), else `fallback`.
unsigned long loginDefsNumber(const char* key, unsigned long fallback);
// A uid in [UID_MIN, UID_MAX]: a person's account, whose files the helper never takes for someone else.
bool regularUserUid(uint32_t uid);
// Whether joining the group may be a one-click fix: not root-equivalent, gid at or above GID_MIN.
bool joinableGroup(const std::string& name, uint32_t gid);
// newgrp GROUP: advice only, nothing on disk changes.
FixProposal fixActivateGroup(const std::string& group);

}  // namespace wd::rules

namespace wd::rules {
// Whether owner/group/other bits and ACLs alone would allow the operation (every directory
// searchable, the deciding node granting the wanted bits). Capabilities are not considered.
bool bitsAllow(const Facts& f);
}  // namespace wd::rules

namespace wd::rules {
// The mode/ACL decision on the deciding node when bits are what denies (EACCES on that node,
// not an earlier folder). Empty when the bits are not the question.
struct BitsDenial {
    const Node* node = nullptr;
    int index = -1;
    unsigned want = 0;
    AccessDecision decision;
};
std::optional<BitsDenial> bitsDenial(const Facts& f);
std::string bitWord(unsigned bits);  // "write", "read", "execute", "write and search" …

// The node whose attribute (immutable, append-only) refuses the operation: the target itself,
// never for a create, else its folder when the operation changes the folder's entries.
// {nullptr, -1} when neither carries it.
template <typename TargetHas, typename ParentHas>
std::pair<const Node*, int> attributeCarrier(const Facts& f, TargetHas targetHas, ParentHas parentHas) {
    if (const Node* t = f.targetNode(); t && targetHas(*t) && f.op != Operation::Create) return {t, f.target};
    if (const Node* p = f.parentNode(); p && parentHas(*p) && needsFor(f.op, false).onParent) return {p, f.parent};
    return {nullptr, -1};
}
}  // namespace wd::rules
