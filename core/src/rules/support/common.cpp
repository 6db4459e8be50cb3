// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/common.h"
#include "rules/support/windows.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>
#include <string_view>
#ifndef _WIN32
#include <pwd.h>
#endif

namespace wd::rules {

int decidingIndex(const Facts& f) {
    const Needs n = needsFor(f.op, f.targetNode() && f.targetNode()->isDir());
    return n.onParent ? f.parent : f.target;
}

const Node* decidingNode(const Facts& f) {
    const int i = decidingIndex(f);
    return i >= 0 ? &f.chain[static_cast<size_t>(i)] : nullptr;
}

unsigned wantedBits(const Facts& f) {
    const Needs n = needsFor(f.op, f.targetNode() && f.targetNode()->isDir());
    return n.onParent ? n.onParent : n.onTarget;
}

bool denied(const Facts& f) { return f.verdict.asked && f.verdict.err != 0; }
bool deniedWith(const Facts& f, int err) { return denied(f) && f.verdict.err == err; }

bool modifies(Operation op) {
    switch (op) {
    case Operation::Write:
    case Operation::Create:
    case Operation::Delete:
    case Operation::Rename:
    case Operation::Chmod:
    case Operation::Chown: return true;
    default: return false;
    }
}

std::string me(const Facts& f) {
    return f.identity.userName.empty() ? std::to_string(f.identity.euid) : f.identity.userName;
}
std::string who(const Node& n) { return n.owner.empty() ? std::to_string(n.uid) : n.owner; }
std::string whichGroup(const Node& n) { return n.group.empty() ? std::to_string(n.gid) : n.group; }

std::string opVerb(Operation op) { return operationWords(op).verb; }

std::string aclText(const Node& n) {
    std::string out;
    for (const auto& e : n.acl) {
        if (!out.empty()) out += ',';
        switch (e.tag) {
        case AclEntry::UserObj: out += "user::"; break;
        case AclEntry::User: out += "user:" + (e.name.empty() ? std::to_string(e.id) : e.name) + ":"; break;
        case AclEntry::GroupObj: out += "group::"; break;
        case AclEntry::Group: out += "group:" + (e.name.empty() ? std::to_string(e.id) : e.name) + ":"; break;
        case AclEntry::Mask: out += "mask::"; break;
        case AclEntry::Other: out += "other::"; break;
        }
        out += permString(e.perms);
    }
    return out;
}

Finding finding(const char* cause, double confidence, Message title, Message explanation, const Facts& f,
                int node) {
    Finding out;
    out.cause = cause;
    out.confidence = confidence;
    out.title = std::move(title);
    out.explanation = std::move(explanation);
    out.node = node;
    if (node >= 0) addNodeEvidence(out, f, f.chain[static_cast<size_t>(node)]);
    return out;
}

void addNodeEvidence(Finding& out, const Facts& f, const Node& n) {
    if (f.platform == Platform::Windows) {
        win::addNodeEvidence(out, f, n);
        return;
    }
    out.addEvidence("node", n.path);
    if (!n.exists || n.statErrno) return;
    out.addEvidence("type", std::string(toString(n.type)));
    out.addEvidence("owner", who(n));
    out.addEvidence("group", whichGroup(n));
    out.addEvidence("mode", modeString(n.mode));
    out.addEvidence(f.subject.isMe() ? "you" : "checked for", me(f) + " (uid " + std::to_string(f.identity.euid) + ")");
    if (!n.acl.empty()) out.addEvidence("acl", aclText(n));
    if (n.immutable) out.addEvidence("attributes", "immutable");
    if (n.appendOnly) out.addEvidence("attributes", "append-only");
    if (n.mount >= 0) {
        const auto& m = f.mounts[static_cast<size_t>(n.mount)];
        out.addEvidence("mount", m.mountPoint + " (" + m.fsType + ", " + m.options + ")");
    }
}

std::string chmodFixId(const std::string& spec) {
    const size_t op = spec.find_first_of("+-");
    if (op == std::string::npos) return "chmod-" + spec;  // absolute: chmod-600
    std::string id = "chmod";
    for (char c : spec.substr(0, op)) id += c == 'u' ? "-owner" : c == 'g' ? "-group" : c == 'o' ? "-others" : "-all";
    if (spec[op] == '-') id += "-no";
    for (char c : spec.substr(op + 1)) id += c == 'r' ? "-read" : c == 'w' ? "-write" : c == 'x' ? "-execute" : "-" + std::string(1, c);
    return id;
}

std::string legacyChmodFixId(const std::string& spec) {
    std::string id = "chmod-" + spec;
    for (char& c : id)
        if (c == '+') c = '-';
    return id;
}

FixProposal typedFix(FixAction action, Platform platform, const Node& n, std::string arg, std::string undoArg) {
    FixProposal fx;
    fx.action = action;
    fx.platform = platform;
    fx.path = n.path;
    fx.dev = n.dev;
    fx.ino = n.ino;
    fx.type = n.type;
    fx.arg = std::move(arg);
    fx.undoArg = std::move(undoArg);
    deriveCommand(fx);
    return fx;
}

FixProposal fixChmod(const Facts& f, const Node& n, const std::string& spec, const std::string& undoSpec, Privilege p,
                     Message title) {
    FixProposal fx = typedFix(FixAction::Chmod, f.platform, n, spec, undoSpec);
    fx.id = chmodFixId(spec);
    fx.title = std::move(title);
    fx.change = Message(WD_TR("Changes the permissions of %1 with chmod %2."), {n.path, spec});
    fx.privilege = p;
    return fx;
}

FixProposal fixAclGrant(const Facts& f, const Node& n, unsigned bits) {
    FixProposal fx = typedFix(FixAction::AclModify, f.platform, n, "u:" + me(f) + ":" + permString(bits));
    fx.id = "acl-grant-user";
    fx.title = f.subject.isMe() ? Message(WD_TR("Grant only you %1 on it (ACL)"), {permString(bits)})
                                : Message(WD_TR("Grant only %1 %2 on it (ACL)"), {me(f), permString(bits)});
    fx.change = Message(WD_TR("Adds an ACL entry for %1 with %2 to %3; nobody else gains access."),
                        {me(f), permString(bits), n.path});
    // For another subject the one acting is the caller, whose ownership the facts do not record.
    fx.privilege = f.subject.isMe() && n.uid == f.identity.euid ? Privilege::None : Privilege::Admin;
    // macOS ACLs take chmod +a, which the engine does not apply: there the command is only shown.
    if (f.platform == Platform::MacOS) fx.action.reset();
    return fx;
}

FixProposal fixChown(const Facts& f, const Node& n) {
    FixProposal fx = typedFix(FixAction::Chown, f.platform, n, me(f), who(n));
    fx.id = "take-ownership";
    fx.title = WD_TR("Take ownership");
    fx.change = Message(WD_TR("Makes %1 the owner of %2 (it belongs to %3 now)."), {me(f), n.path, who(n)});
    fx.privilege = Privilege::Admin;
    return fx;
}

FixProposal fixJoinGroup(const Facts& f, const std::string& group, uint32_t gid, Message title, Message change) {
    FixProposal fx;
    fx.id = "join-group";
    fx.title = std::move(title);
    fx.change = std::move(change);
    // The account database changes, not a node: the engine finds the object whose group it is.
    fx.action = FixAction::JoinGroup;
    fx.platform = f.platform;
    fx.arg = group;
    fx.user = me(f);
    deriveCommand(fx);
    fx.privilege = Privilege::Admin;
    // An administrator decides about groups that hand out root or the system's devices.
    fx.advisory = !joinableGroup(group, gid);
    return fx;
}

bool rootEquivalentGroup(const std::string& name) {
    static const std::set<std::string> kGroups = {
        "root",   "sudo",    "wheel",  "admin",  "adm",       "shadow",     "disk",   "kmem",          "sys",
        "staff",  "lpadmin", "docker", "podman", "lxd",       "lxc",        "incus",  "incus-admin",   "libvirt",
        "libvirtd", "kvm",   "systemd-journal", "input",      "tty",        "video",  "render",        "uucp",
        "dialout", "plugdev", "netdev", "bluetooth", "audio", "utmp",       "mail",   "man",           "operator",
        "daemon", "bin",     "backup", "crontab", "ssh",      "ssl-cert",   "polkitd", "systemd-network", "_ssh"};
    return kGroups.count(name) > 0;
}

unsigned long loginDefsNumber(const char* key, unsigned long fallback) {
    std::FILE* in = std::fopen("/etc/login.defs", "re");
    if (!in) return fallback;
    unsigned long v = fallback;
    char line[512];
    const size_t n = std::strlen(key);
    while (std::fgets(line, sizeof line, in)) {
        const char* p = line;
        while (*p == ' ' || *p == '\t') ++p;
        if (std::strncmp(p, key, n) != 0 || (p[n] != ' ' && p[n] != '\t')) continue;
        char* end = nullptr;
        const unsigned long got = std::strtoul(p + n, &end, 10);
        if (end != p + n && got > 0) v = got;
    }
    std::fclose(in);
    return v;
}

bool regularUserUid(uint32_t uid) {
    return uid >= loginDefsNumber("UID_MIN", 1000) && uid <= loginDefsNumber("UID_MAX", 60000);
}

bool joinableGroup(const std::string& name, uint32_t gid) {
    if (rootEquivalentGroup(name) || gid < loginDefsNumber("GID_MIN", 1000)) return false;
#ifdef _WIN32
    return true;  // no POSIX groups to join on Windows; the rules there never propose it
#else
    // A user's private group (named after the account, its primary group) opens that person's files.
    const passwd* pw = getpwnam(name.c_str());
    return !(pw && pw->pw_gid == gid);
#endif
}

FixProposal fixActivateGroup(const std::string& group) {
    FixProposal fx;
    fx.id = "activate-group";
    fx.title = Message(WD_TR("Start a shell with the group %1 active"), {group});
    fx.change = WD_TR("Nothing on disk changes. Only a new login (or newgrp) picks up the group.");
    fx.argv = {"newgrp", group};
    fx.advisory = true;
    return fx;
}

FixProposal adviceFix(std::string id, Message title, Message change, std::vector<std::string> argv, Privilege privilege) {
    FixProposal fx;
    fx.id = std::move(id);
    fx.title = std::move(title);
    fx.change = std::move(change);
    fx.argv = std::move(argv);
    fx.privilege = privilege;
    fx.advisory = true;
    return fx;
}

FixProposal fixRemount(const std::string& mountPoint, const char* option, Message title) {
    return adviceFix("remount-" + std::string(option), std::move(title),
                     WD_TR("Shown for an administrator; WhyDenied does not remount filesystems."),
                     {"mount", "-o", "remount," + std::string(option), "--", mountPoint}, Privilege::Admin);
}

FixProposal fixClearAttribute(const Facts& f, const Node& n, const char* attr) {
    const bool immutable = std::string_view(attr) == "i";
    FixProposal fx = typedFix(FixAction::ClearFlag, f.platform, n, attr);
    fx.privilege = Privilege::Admin;
    if (immutable) {
        fx.id = "chattr-remove-immutable";
        fx.title = WD_TR("Remove the immutable attribute");
        fx.change = Message(WD_TR("Clears the immutable attribute of %1; its contents and permissions stay."), {n.path});
    } else {
        fx.id = "chattr-remove-append-only";
        fx.title = WD_TR("Remove the append-only attribute");
        fx.change = Message(WD_TR("Clears the append-only attribute of %1."), {n.path});
    }
    return fx;
}

FixProposal fixCopyToHome(const Facts& f, const Node& n) {
    const std::string base = n.path.substr(n.path.find_last_of('/') + 1);
    const std::string home = f.identity.home.empty() ? "/tmp" : f.identity.home;
    FixProposal fx = typedFix(FixAction::Copy, f.platform, n, home + "/WhyDenied copies/" + base);
    fx.id = "copy-to-writable";
    fx.title = WD_TR("Work on a copy you own");
    fx.change = Message(WD_TR("Copies %1 to a folder of yours (%2), writable for you only; the original stays "
                              "as it is."),
                        {n.path, home + "/WhyDenied copies"});
    fx.privilege = Privilege::None;
    return fx;
}

}  // namespace wd::rules

namespace wd::rules {
bool bitsAllow(const Facts& f) {
    if (f.platform == Platform::Windows) return false;
    const int last = decidingIndex(f);
    if (last < 0) return false;
    for (int i = 0; i < last; ++i) {
        const Node& n = f.chain[static_cast<size_t>(i)];
        if (n.isDir() && !decideAccess(f.identity, n, PermExec).grants(PermExec)) return false;
    }
    const unsigned want = wantedBits(f);
    return decideAccess(f.identity, f.chain[static_cast<size_t>(last)], want).grants(want);
}
}  // namespace wd::rules

namespace wd::rules {
std::optional<BitsDenial> bitsDenial(const Facts& f) {
    if (f.platform == Platform::Windows) return std::nullopt;  // no mode bits there: rules/support/windows.h
    if (!deniedWith(f, EACCES)) return std::nullopt;
    BitsDenial b;
    b.index = decidingIndex(f);
    b.want = wantedBits(f);
    if (b.index < 0 || b.want == 0) return std::nullopt;
    if (f.firstUntraversable >= 0 && f.firstUntraversable < b.index) return std::nullopt;
    b.node = &f.chain[static_cast<size_t>(b.index)];
    b.decision = decideAccess(f.identity, *b.node, b.want);
    if (b.decision.grants(b.want)) return std::nullopt;
    return b;
}

std::string bitWord(unsigned bits) {
    if (bits == (PermWrite | PermExec)) return "write and search";
    if (bits == PermRead) return "read";
    if (bits == PermWrite) return "write";
    if (bits == PermExec) return "execute";
    return permString(bits);
}
}  // namespace wd::rules
