// SPDX-License-Identifier: GPL-3.0-or-later
// From a proposal (a typed value: action, node, argument, platform) to a plan the engine can
// check and apply. The command a person sees is derived from the same value (commandFor), so the
// engine does exactly what it shows.
#include "whydenied/fix.h"

#include "fix/common/fix_internal.h"
#include "rules/support/common.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <sys/stat.h>

namespace wd {

std::string_view toString(FixAction a) {
    switch (a) {
    case FixAction::Chmod: return "chmod";
    case FixAction::AclModify: return "acl";
    case FixAction::Chown: return "chown";
    case FixAction::ClearFlag: return "chattr";
    case FixAction::Copy: return "copy";
    case FixAction::JoinGroup: return "join-group";
    case FixAction::ClearReadOnly: return "clear-readonly";
    case FixAction::AclRemoveDeny: return "acl-remove-deny";
    case FixAction::TakeOwnership: return "take-ownership";
    case FixAction::RemoveXattr: return "xattr-delete";
    case FixAction::Relabel: return "relabel";
    }
    return "chmod";
}

std::optional<FixAction> fixActionFromString(std::string_view s) {
    for (FixAction a : {FixAction::Chmod, FixAction::AclModify, FixAction::Chown, FixAction::ClearFlag,
                        FixAction::Copy, FixAction::JoinGroup, FixAction::ClearReadOnly, FixAction::AclRemoveDeny,
                        FixAction::TakeOwnership, FixAction::RemoveXattr, FixAction::Relabel})
        if (toString(a) == s) return a;
    return std::nullopt;
}

std::string_view toString(FixStatus s) {
    switch (s) {
    case FixStatus::Fixed: return "fixed";
    case FixStatus::StillDenied: return "still-denied";
    case FixStatus::Refused: return "refused";
    case FixStatus::Failed: return "failed";
    }
    return "refused";
}

namespace {

bool windowsSeparator(char c) { return c == '\\' || c == '/'; }

// C:\dir\file or \\server\share\dir: the prefix that makes a Windows path absolute, or 0.
size_t windowsRootLength(const std::string& p) {
    const auto alpha = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
    if (p.size() >= 3 && alpha(p[0]) && p[1] == ':' && windowsSeparator(p[2])) return 3;
    if (p.size() >= 5 && p[0] == '\\' && p[1] == '\\' && p[2] != '?' && p[2] != '.') {
        const size_t server = p.find('\\', 2);
        if (server == std::string::npos || server == 2) return 0;
        const size_t share = p.find('\\', server + 1);
        if (share == server + 1) return 0;
        return share == std::string::npos ? p.size() : share + 1;
    }
    return 0;
}

std::string lowerAscii(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

bool underWindows(const std::string& lowered, std::string_view root) {
    return lowered.size() >= root.size() && lowered.compare(0, root.size(), root) == 0 &&
           (lowered.size() == root.size() || windowsSeparator(lowered[root.size()]));
}

}  // namespace

bool isNormalAbsolute(const std::string& path, Platform platform) {
    if (path.find('\0') != std::string::npos) return false;
    if (platform == Platform::Windows) {
        const size_t root = windowsRootLength(path);
        if (root == 0) return false;
        if (root == path.size()) return true;
        size_t i = root;
        while (i <= path.size()) {
            size_t j = path.find_first_of("\\/", i);
            if (j == std::string::npos) j = path.size();
            const std::string_view c(path.data() + i, j - i);
            if (c.empty() || c == "." || c == "..") return false;
            i = j + 1;
        }
        return true;
    }
    if (path.empty() || path[0] != '/') return false;
    if (path == "/") return true;
    if (path.back() == '/') return false;
    size_t i = 1;
    while (i <= path.size()) {
        const size_t j = std::min(path.find('/', i), path.size());
        const std::string_view c(path.data() + i, j - i);
        if (c.empty() || c == "." || c == "..") return false;
        i = j + 1;
    }
    return true;
}

bool isSystemPath(const std::string& p, Platform platform) {
    if (platform == Platform::Windows) {
        // A drive's root and the folders Windows and installers own. Compared without case, as NTFS does.
        const size_t root = windowsRootLength(p);
        if (root == 0 || root >= p.size() - (windowsSeparator(p.back()) ? 1 : 0)) return true;
        if (p[1] != ':') return false;  // a share: its server decides what is a system location
        const std::string rest = lowerAscii(p.substr(3));
        for (std::string_view r : {"windows", "program files", "program files (x86)", "programdata", "system volume information",
                                   "$recycle.bin", "recovery"})
            if (underWindows(rest, r)) return true;
        return rest == "users";
    }
    if (p == "/") return true;
    static constexpr std::string_view kRoots[] = {"/etc", "/usr", "/bin", "/sbin", "/boot", "/var", "/proc",
                                                  "/sys", "/dev", "/run", "/root", "/opt", "/srv", "/lost+found",
                                                  "/snap", "/efi"};
    for (auto r : kRoots)
        if (p == r || (p.size() > r.size() && p.compare(0, r.size(), r) == 0 && p[r.size()] == '/')) return true;
    if (platform == Platform::MacOS) {
        // macOS keeps /etc and /var under /private, except the per-user temporary folders in
        // /private/var/folders; /Users and /Volumes hold everyone's own files.
        if (p == "/Users" || p == "/Volumes" || p == "/private" || p == "/private/var/folders") return true;
        const auto under = [&](std::string_view r) {
            return p == r || (p.size() > r.size() && p.compare(0, r.size(), r) == 0 && p[r.size()] == '/');
        };
        if (under("/private/var/folders")) return false;
        for (std::string_view r : {"/System", "/Library", "/Applications", "/private/etc", "/private/var", "/cores"})
            if (under(r)) return true;
    }
    // /lib, /lib64, /libx32, /lib32 …
    if (p.compare(0, 4, "/lib") == 0) return true;
    // /home itself and /tmp itself (not what is inside them): every user depends on their modes.
    return p == "/home" || p == "/tmp" || p == "/var/tmp";
}

namespace fix {

std::optional<ModeChange> parseModeSpec(const std::string& spec) {
    ModeChange m;
    if (!spec.empty() && spec.size() <= 4 && spec.find_first_not_of("01234567") == std::string::npos) {
        m.absolute = true;
        m.value = static_cast<uint32_t>(std::stoul(spec, nullptr, 8));
        if (m.value & 07000) return std::nullopt;  // no setuid/setgid/sticky from a button
    } else {
        size_t i = 0;
        uint32_t who = 0;
        for (; i < spec.size() && std::string_view("ugoa").find(spec[i]) != std::string_view::npos; ++i)
            who |= spec[i] == 'u' ? 0700U : spec[i] == 'g' ? 0070U : spec[i] == 'o' ? 0007U : 0777U;
        if (who == 0 || i >= spec.size() || (spec[i] != '+' && spec[i] != '-')) return std::nullopt;
        const bool add = spec[i++] == '+';
        uint32_t bits = 0;
        for (; i < spec.size(); ++i) {
            if (spec[i] == 'r') bits |= 0444;
            else if (spec[i] == 'w') bits |= 0222;
            else if (spec[i] == 'x') bits |= 0111;
            else return std::nullopt;
        }
        if (bits == 0) return std::nullopt;
        (add ? m.set : m.clear) = who & bits;
    }
    // Least privilege, also as a guard against a rule gone wrong: never world-writable, never 777.
    if ((m.absolute && (m.value & 0002)) || (m.set & 0002)) return std::nullopt;
    return m;
}

uint32_t ModeChange::applyTo(uint32_t mode) const {
    if (absolute) return (mode & ~07777U) | value;
    return (mode & ~clear) | set;
}

std::optional<AclChange> parseAclSpec(const std::string& spec) {
    // "u:NAME:rwx" (a user entry) or "m::rwx" (the mask), the forms fixAclGrant and acl-denies emit.
    AclChange a;
    const auto c1 = spec.find(':');
    const auto c2 = c1 == std::string::npos ? std::string::npos : spec.find(':', c1 + 1);
    if (c2 == std::string::npos) return std::nullopt;
    const std::string tag = spec.substr(0, c1), who = spec.substr(c1 + 1, c2 - c1 - 1), perms = spec.substr(c2 + 1);
    if (perms.size() != 3) return std::nullopt;
    const char* want = "rwx";
    for (size_t i = 0; i < 3; ++i) {
        if (perms[i] == want[i]) a.perms |= 4U >> i;
        else if (perms[i] != '-') return std::nullopt;
    }
    if ((tag == "u" || tag == "user") && !who.empty()) {
        a.mask = false;
        a.user = who;
    } else if ((tag == "m" || tag == "mask") && who.empty()) {
        a.mask = true;
    } else {
        return std::nullopt;
    }
    return a;
}

bool actionOn(FixAction a, Platform p) {
    const bool linux = p == Platform::Linux, mac = p == Platform::MacOS, windows = p == Platform::Windows;
    switch (a) {
    case FixAction::Chmod:
    case FixAction::Chown:
    case FixAction::ClearFlag: return linux || mac;
    case FixAction::AclModify: return linux || windows;
    case FixAction::Copy: return linux || mac || windows;
    case FixAction::JoinGroup: return linux;
    case FixAction::ClearReadOnly:
    case FixAction::TakeOwnership: return windows;
    case FixAction::AclRemoveDeny: return mac || windows;
    case FixAction::RemoveXattr: return mac;
    case FixAction::Relabel:
        // Built without libselinux there is no way to know the policy's label: the command is shown.
#ifdef WD_HAVE_LIBSELINUX
        return linux;
#else
        return false;
#endif
    }
    return false;
}

std::string argumentProblem(FixAction a, Platform p, const std::string& arg) {
    switch (a) {
    case FixAction::Chmod:
        if (!parseModeSpec(arg)) return "mode change '" + arg + "' is not allowed";
        break;
    case FixAction::AclModify:
        if (p == Platform::Windows) {
            // Modify rights for one account, the only grant the rules propose there.
            if (arg.size() <= 4 || arg.compare(arg.size() - 4, 4, ":(M)") != 0) return "only a modify grant (WHO:(M))";
        } else if (!parseAclSpec(arg)) {
            return "invalid ACL entry";
        }
        break;
    case FixAction::ClearFlag:
        if (p == Platform::MacOS) {
            if (arg != "uchg" && arg != "uappnd" && arg != "schg" && arg != "sappnd")
                return "only the uchg, uappnd, schg and sappnd flags";
        } else if (arg != "i" && arg != "a") {
            return "only the immutable (i) and append-only (a) attributes";
        }
        break;
    case FixAction::RemoveXattr:
        if (arg != "com.apple.quarantine") return "only the com.apple.quarantine attribute";
        break;
    case FixAction::Chown:
    case FixAction::Copy:
    case FixAction::JoinGroup:
    case FixAction::AclRemoveDeny:
        if (arg.empty()) return "no argument";
        break;
    case FixAction::ClearReadOnly:
    case FixAction::TakeOwnership: break;
    case FixAction::Relabel:
        // The helper computes the label from the policy; a request never names one.
        if (!arg.empty()) return "a relabel takes no argument";
        break;
    }
    return {};
}

std::vector<std::string> displayArgv(FixAction action, const std::string& arg, const std::string& path,
                                     const std::string& user) {
    return commandFor(action, thisPlatform(), path, arg, {}, user).argv;
}

std::vector<std::string> displayUndoArgv(const JournalEntry& e, const std::string& user) {
    switch (e.action) {
    case FixAction::Chmod:
    case FixAction::Chown: {
        if (e.action == FixAction::Chown)
            return {"chown", std::to_string(e.before.uid) + ":" + std::to_string(e.before.gid), "--", e.path};
        char m[16];
        std::snprintf(m, sizeof m, "%o", e.before.mode);
        return {"chmod", m, "--", e.path};
    }
    case FixAction::AclModify:
        if (e.before.acl.empty()) return {"setfacl", "-b", "--", e.path};
        return {"setfacl", "--set", e.before.acl, "--", e.path};
    case FixAction::ClearFlag:
        if (thisPlatform() == Platform::MacOS) return {"chflags", e.arg, e.path};
        return {"chattr", "+" + e.arg, "--", e.path};
    case FixAction::Copy:
        if (thisPlatform() == Platform::Windows) return {"del", e.path};
        return {"rm", "--", e.path};
    case FixAction::JoinGroup: return {"gpasswd", "-d", user, e.arg};
    case FixAction::ClearReadOnly: return {"attrib", "+R", e.path};
    // On Windows the previous DACL or owner goes back whole (SDDL); the rule's own undo command
    // (icacls /deny …, icacls /setowner …) is what the journal shows.
    case FixAction::AclRemoveDeny:
        if (thisPlatform() == Platform::Windows) return {};
        return {"chmod", "+a", e.arg, e.path};
    case FixAction::TakeOwnership: return {};
    case FixAction::RemoveXattr: return {"xattr", "-w", e.arg, e.before.xattr, e.path};
    case FixAction::Relabel:
        if (e.before.label.empty()) return {};
        return {"chcon", "--", e.before.label, e.path};
    }
    return {};
}

std::string joinCommand(const std::vector<std::string>& argv, Privilege p, Platform platform) {
    FixProposal fx;
    fx.argv = argv;
    fx.privilege = p;
    fx.windows = platform == Platform::Windows;
    return fx.command();
}

}  // namespace fix

namespace {

// A Windows reparse point that is a link (not a cloud placeholder, which is the file itself):
// acting on it would act on the link, or through it on something that was not diagnosed.
bool windowsLink(const Node& n) {
    return n.win.reparsePoint && !n.win.offline && !n.win.recallOnOpen && !n.win.recallOnDataAccess;
}

bool nameTaken(const std::string& path) {
#if defined(_WIN32)
    std::error_code ec;
    return std::filesystem::exists(std::filesystem::symlink_status(std::filesystem::u8path(path), ec));
#else
    struct stat st{};
    return lstat(path.c_str(), &st) == 0;
#endif
}

// A copy never overwrites: "report.csv" becomes "report (2).csv" when the first name is taken.
std::string freeName(const std::string& wanted, Platform platform) {
    if (!nameTaken(wanted)) return wanted;
    const auto slash = wanted.find_last_of(platform == Platform::Windows ? "\\/" : "/");
    const std::string dir = wanted.substr(0, slash + 1), base = wanted.substr(slash + 1);
    const auto dot = base.find_last_of('.');
    const bool ext = dot != std::string::npos && dot > 0;
    const std::string stem = ext ? base.substr(0, dot) : base, suffix = ext ? base.substr(dot) : "";
    for (int i = 2; i < 1000; ++i) {
        const std::string c = dir + stem + " (" + std::to_string(i) + ")" + suffix;
        if (!nameTaken(c)) return c;
    }
    return wanted;
}

}  // namespace

bool canApply(const FixProposal& fix) {
    return !fix.advisory && fix.action && fix.platform == thisPlatform() && fix::actionOn(*fix.action, fix.platform) &&
           fix::argumentProblem(*fix.action, fix.platform, fix.arg).empty();
}

PlanResult planFix(const Diagnosis& d, const std::string& fixId) {
    PlanResult r;
    const auto refuse = [&r](Message why) {
        r.error = why.english();
        r.why = std::move(why);
    };
    const FixProposal* fx = nullptr;
    const Finding* from = nullptr;
    for (const auto& f : d.findings)
        for (const auto& p : f.fixes)
            if (p.id == fixId && !fx) { fx = &p; from = &f; }
    // The ids chmod fixes had before they were spelled out ("chmod-u-w" for u+w): scripts use them.
    for (const auto& f : d.findings)
        for (const auto& p : f.fixes)
            if (!fx && p.action == FixAction::Chmod && rules::legacyChmodFixId(p.arg) == fixId) {
                fx = &p;
                from = &f;
                r.note = "The fix id '" + fixId + "' is now '" + p.id + "'; the old one will stop working.";
            }
    if (!fx) {
        std::string ids;
        for (const auto& f : d.findings)
            for (const auto& p : f.fixes) ids += (ids.empty() ? "" : ", ") + p.id;
        refuse(ids.empty() ? Message(WD_TR("No fix '%1' was proposed for this diagnosis (none was)."), {fixId})
                           : Message(WD_TR("No fix '%1' was proposed for this diagnosis (proposed: %2)."), {fixId, ids}));
        return r;
    }
    if (!d.facts.subject.isMe()) {
        refuse(WD_TR("This diagnosis was made for someone else; fixes are applied for your own access only."));
        return r;
    }
    if (fx->advisory) {
        refuse(Message(WD_TR("The fix '%1' is shown for an administrator to run; WhyDenied does not apply it: %2"),
                       {fixId, fx->command()}));
        return r;
    }
    if (!fx->action) {
        refuse(Message(WD_TR("The fix '%1' is not one the engine knows how to apply: %2"), {fixId, fx->command()}));
        return r;
    }
    if (*fx->action == FixAction::Relabel && fx->platform == Platform::Linux && !fix::actionOn(*fx->action, fx->platform)) {
        r.error = "This build of WhyDenied has no libselinux, so it cannot tell which label the policy gives; an "
                  "administrator can run: " + fx->command();
        return r;
    }
    if (fx->platform != d.facts.platform || !fix::actionOn(*fx->action, fx->platform)) {
        refuse(Message(WD_TR("The fix '%1' is a command for another system than the one diagnosed: %2"),
                       {fixId, fx->command()}));
        return r;
    }
    FixPlan p;
    p.platform = d.facts.platform;
    p.fixId = fx->id;
    p.cause = from->cause;
    // After a diagnosis of every plausible operation (Any), all of them are asked again: the fix
    // is done when none is denied any more.
    p.op = d.request.op;
    p.diagnosedPath = d.facts.absolute.empty() ? d.request.path : d.facts.absolute;
    p.action = *fx->action;
    p.arg = fx->arg;
    p.privilege = fx->privilege;
    p.title = fx->title;
    p.change = fx->change;
    if (p.action == FixAction::Chmod && !fix::parseModeSpec(p.arg)) {
        refuse(Message(WD_TR("Refusing chmod %1: WhyDenied never makes anything writable for everyone."), {p.arg}));
        return r;
    }
    if (p.action == FixAction::AclModify && p.platform != Platform::Windows && !fix::parseAclSpec(p.arg)) {
        refuse(Message(WD_TR("Unrecognised ACL entry %1."), {p.arg}));
        return r;
    }
    if (const std::string why = fix::argumentProblem(p.action, p.platform, p.arg); !why.empty()) {
        refuse(Message(WD_TR("The fix '%1' is not one the engine knows how to apply (%2): %3"), {fixId, why, fx->command()}));
        return r;
    }
    FixProposal shown = *fx;
    if (p.action == FixAction::JoinGroup) {
        // Joining a group changes the account database, not a file: there is no node to check,
        // and only the caller may be added (the helper checks it against PKEXEC_UID again).
        if (fx->user != d.facts.identity.userName || d.facts.identity.userName.empty()) {
            refuse(Message(WD_TR("The fix '%1' would add someone other than you to a group."), {fixId}));
            return r;
        }
        // The helper adds people only to the group of the object they were denied: it needs
        // that object, checked like any other (the deepest inspected node of the group).
        const Node* owner = nullptr;
        for (const auto& n : d.facts.chain)
            if (n.exists && n.statErrno == 0 && n.group == p.arg &&
                (n.type == NodeType::Regular || n.type == NodeType::Directory))
                owner = &n;
        if (!owner) {
            refuse(Message(WD_TR("The fix '%1' names the group %2, which no inspected part of the diagnosed path has."),
                           {fixId, p.arg}));
            return r;
        }
        p.path = owner->path;
        p.dev = owner->dev;
        p.ino = owner->ino;
        p.type = owner->type;
    } else {
        const Node* node = nullptr;
        for (const auto& n : d.facts.chain)
            if (n.path == fx->path && n.exists && n.statErrno == 0 && n.type != NodeType::Symlink && !windowsLink(n) &&
                (fx->ino == 0 || (n.dev == fx->dev && n.ino == fx->ino)))
                node = &n;
        if (!node) {
            refuse(Message(WD_TR("The fix names %1, which is not an inspected part of the diagnosed path."), {fx->path}));
            return r;
        }
        p.path = node->path;
        p.dev = node->dev;
        p.ino = node->ino;
        p.type = node->type;
        if (p.action == FixAction::Copy) {
            if (!isNormalAbsolute(p.arg, p.platform) || p.type != NodeType::Regular) {
                refuse(WD_TR("A copy needs a regular file and an absolute destination."));
                return r;
            }
            p.arg = freeName(p.arg, p.platform);
        }
        p.systemPath = isSystemPath(p.path, p.platform);
        shown.path = p.path;
        shown.arg = p.arg;
    }
    // What is shown is what runs: the command comes from the same value as the plan.
    deriveCommand(shown);
    p.command = shown.command();
    p.undoCommand = shown.undoCommand();
    r.plan = std::move(p);
    return r;
}

}  // namespace wd
