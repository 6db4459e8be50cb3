// From a proposal's argv (the command a person sees) to a plan the engine can check and apply.
// The argv is the single source of truth: the engine does exactly what the displayed command
// says, and recognises only the handful of command shapes the rules produce.
#include "whydenied/fix.h"

#include "fix/fix_internal.h"

#include <cstdio>
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
    }
    return "chmod";
}

std::optional<FixAction> fixActionFromString(std::string_view s) {
    for (FixAction a : {FixAction::Chmod, FixAction::AclModify, FixAction::Chown, FixAction::ClearFlag,
                        FixAction::Copy, FixAction::JoinGroup})
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

bool isNormalAbsolute(const std::string& path) {
    if (path.empty() || path[0] != '/' || path.find('\0') != std::string::npos) return false;
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

bool isSystemPath(const std::string& p) {
    if (p == "/") return true;
    static constexpr std::string_view kRoots[] = {"/etc", "/usr", "/bin", "/sbin", "/boot", "/var", "/proc",
                                                  "/sys", "/dev", "/run", "/root", "/opt", "/srv", "/lost+found",
                                                  "/snap", "/efi"};
    for (auto r : kRoots)
        if (p == r || (p.size() > r.size() && p.compare(0, r.size(), r) == 0 && p[r.size()] == '/')) return true;
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

std::vector<std::string> displayArgv(FixAction action, const std::string& arg, const std::string& path,
                                     const std::string& user) {
    switch (action) {
    case FixAction::Chmod: return {"chmod", arg, "--", path};
    case FixAction::AclModify: return {"setfacl", "-m", arg, "--", path};
    case FixAction::Chown: return {"chown", arg, "--", path};
    case FixAction::ClearFlag: return {"chattr", "-" + arg, "--", path};
    case FixAction::Copy: return {"install", "-D", "-m", "600", "--", path, arg};
    case FixAction::JoinGroup: return {"usermod", "-aG", arg, user};
    }
    return {};
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
    case FixAction::ClearFlag: return {"chattr", "+" + e.arg, "--", e.path};
    case FixAction::Copy: return {"rm", "--", e.path};
    case FixAction::JoinGroup: return {"gpasswd", "-d", user, e.arg};
    }
    return {};
}

std::string joinCommand(const std::vector<std::string>& argv, Privilege p) {
    FixProposal fx;
    fx.argv = argv;
    fx.privilege = p;
    return fx.command();
}

}  // namespace fix

namespace {

// The argv shapes the rules produce, and where the path and the argument sit in each.
struct Shape {
    FixAction action;
    std::string arg;
    std::string path;
};

std::optional<Shape> recognise(const std::vector<std::string>& v) {
    const size_t n = v.size();
    if (n == 4 && v[0] == "chmod" && v[2] == "--") return Shape{FixAction::Chmod, v[1], v[3]};
    if (n == 5 && v[0] == "setfacl" && v[1] == "-m" && v[3] == "--") return Shape{FixAction::AclModify, v[2], v[4]};
    if (n == 4 && v[0] == "chown" && v[2] == "--") return Shape{FixAction::Chown, v[1], v[3]};
    if (n == 4 && v[0] == "chattr" && (v[1] == "-i" || v[1] == "-a") && v[2] == "--")
        return Shape{FixAction::ClearFlag, v[1].substr(1), v[3]};
    if (n == 7 && v[0] == "install" && v[1] == "-D" && v[2] == "-m" && v[3] == "600" && v[4] == "--")
        return Shape{FixAction::Copy, v[6], v[5]};
    if (n == 4 && v[0] == "usermod" && v[1] == "-aG") return Shape{FixAction::JoinGroup, v[2], v[3]};
    return std::nullopt;
}

// A copy never overwrites: "report.csv" becomes "report (2).csv" when the first name is taken.
std::string freeName(const std::string& wanted) {
    struct stat st{};
    if (lstat(wanted.c_str(), &st) != 0) return wanted;
    const auto slash = wanted.find_last_of('/');
    const std::string dir = wanted.substr(0, slash + 1), base = wanted.substr(slash + 1);
    const auto dot = base.find_last_of('.');
    const bool ext = dot != std::string::npos && dot > 0;
    const std::string stem = ext ? base.substr(0, dot) : base, suffix = ext ? base.substr(dot) : "";
    for (int i = 2; i < 1000; ++i) {
        const std::string c = dir + stem + " (" + std::to_string(i) + ")" + suffix;
        if (lstat(c.c_str(), &st) != 0) return c;
    }
    return wanted;
}

}  // namespace

bool canApply(const FixProposal& fix) { return !fix.advisory && recognise(fix.argv).has_value(); }

PlanResult planFix(const Diagnosis& d, const std::string& fixId) {
    PlanResult r;
    const FixProposal* fx = nullptr;
    const Finding* from = nullptr;
    for (const auto& f : d.findings)
        for (const auto& p : f.fixes)
            if (p.id == fixId && !fx) { fx = &p; from = &f; }
    if (!fx) {
        std::string ids;
        for (const auto& f : d.findings)
            for (const auto& p : f.fixes) ids += (ids.empty() ? "" : ", ") + p.id;
        r.error = "No fix '" + fixId + "' was proposed for this diagnosis" +
                  (ids.empty() ? std::string(" (none was).") : " (proposed: " + ids + ").");
        return r;
    }
    if (!d.facts.subject.isMe()) {
        r.error = "This diagnosis was made for someone else; fixes are applied for your own access only.";
        return r;
    }
    if (fx->advisory) {
        r.error = "The fix '" + fixId + "' is shown for an administrator to run; WhyDenied does not apply it: " +
                  fx->command();
        return r;
    }
    const auto shape = recognise(fx->argv);
    if (!shape) {
        r.error = "The fix '" + fixId + "' is not one the engine knows how to apply: " + fx->command();
        return r;
    }
    FixPlan p;
    p.fixId = fx->id;
    p.cause = from->cause;
    p.op = d.request.op;
    p.diagnosedPath = d.facts.absolute.empty() ? d.request.path : d.facts.absolute;
    p.action = shape->action;
    p.arg = shape->arg;
    p.privilege = fx->privilege;
    p.title = fx->title;
    p.change = fx->change;
    if (p.action == FixAction::JoinGroup) {
        // Joining a group changes the account database, not a file: there is no node to check,
        // and only the caller may be added (the helper checks it against PKEXEC_UID again).
        if (shape->path != d.facts.identity.userName || d.facts.identity.userName.empty()) {
            r.error = "The fix '" + fixId + "' would add someone other than you to a group.";
            return r;
        }
        p.command = fx->command();
        p.undoCommand = fx->undoCommand();
        r.plan = std::move(p);
        return r;
    }
    const Node* node = nullptr;
    for (const auto& n : d.facts.chain)
        if (n.path == shape->path && n.exists && n.statErrno == 0 && n.type != NodeType::Symlink) node = &n;
    if (!node) {
        r.error = "The fix names " + shape->path + ", which is not an inspected part of the diagnosed path.";
        return r;
    }
    p.path = node->path;
    p.dev = node->dev;
    p.ino = node->ino;
    p.type = node->type;
    if (p.action == FixAction::Chmod && !fix::parseModeSpec(p.arg)) {
        r.error = "Refusing chmod " + p.arg + ": WhyDenied never makes anything writable for everyone.";
        return r;
    }
    if (p.action == FixAction::AclModify && !fix::parseAclSpec(p.arg)) {
        r.error = "Unrecognised ACL entry " + p.arg + ".";
        return r;
    }
    if (p.action == FixAction::Copy) {
        if (!isNormalAbsolute(p.arg) || p.type != NodeType::Regular) {
            r.error = "A copy needs a regular file and an absolute destination.";
            return r;
        }
        p.arg = freeName(p.arg);
    }
    p.systemPath = isSystemPath(p.path);
    FixProposal shown = *fx;
    if (p.action == FixAction::Copy) {
        shown.argv.back() = p.arg;
        shown.undoArgv = {"rm", "--", p.arg};
    }
    p.command = shown.command();
    p.undoCommand = shown.undoCommand();
    r.plan = std::move(p);
    return r;
}

}  // namespace wd
