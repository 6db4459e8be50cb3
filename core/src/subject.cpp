// SPDX-License-Identifier: GPL-3.0-or-later
// Subjects (whose access) and the computed verdict: portable, so the rules of the kernel's
// permission check are tested with synthetic facts on any platform.
#include "whydenied/subject.h"

#include "whydenied/facts.h"

#include <cerrno>
#include <charconv>

namespace wd {
namespace {

bool parseNumber(std::string_view s, uint32_t& out) {
    if (s.empty()) return false;
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size();
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

// Linux capability numbers (linux/capability.h).
constexpr int kCapChown = 0, kCapDacOverride = 1, kCapDacReadSearch = 2, kCapFowner = 3;

bool permits(const Facts& f, const Node& n, unsigned want) { return kernelPermits(f.identity, f.subject, n, want); }

const MountFacts* mountOf(const Facts& f, const Node& n) {
    return n.mount >= 0 && static_cast<size_t>(n.mount) < f.mounts.size() ? &f.mounts[static_cast<size_t>(n.mount)]
                                                                          : nullptr;
}

}  // namespace

bool capableOver(const Identity& id, const Subject& s, const Node& n, int cap) {
    if (s.otherUserNamespace && (!mapToInside(s.uidMap, n.uid) || !mapToInside(s.gidMap, n.gid))) return false;
    return id.hasCap(cap);
}

bool kernelPermits(const Identity& id, const Subject& s, const Node& n, unsigned want) {
    if (decideAccess(id, n, want).grants(want)) return true;
    if (n.isDir()) {
        if (!(want & PermWrite) && capableOver(id, s, n, kCapDacReadSearch)) return true;
        return capableOver(id, s, n, kCapDacOverride);
    }
    // Even CAP_DAC_OVERRIDE cannot execute a file that has no execute bit at all.
    if ((!(want & PermExec) || (n.mode & 0111U)) && capableOver(id, s, n, kCapDacOverride)) return true;
    return want == PermRead && capableOver(id, s, n, kCapDacReadSearch);
}

std::optional<uint32_t> mapToInside(const std::vector<IdMapRange>& map, uint32_t outside) {
    for (const auto& r : map)
        if (outside >= r.outside && outside - r.outside < r.count) return r.inside + (outside - r.outside);
    return std::nullopt;
}

bool isIdentityMap(const std::vector<IdMapRange>& map) {
    return map.empty() || (map.size() == 1 && map[0].inside == 0 && map[0].outside == 0 && map[0].count == 4294967295U);
}

std::vector<IdMapRange> parseIdMap(std::string_view text) {
    std::vector<IdMapRange> out;
    while (!text.empty()) {
        const size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
        uint32_t v[3];
        int got = 0;
        while (got < 3) {
            line = trim(line);
            const size_t sp = line.find_first_of(" \t");
            if (!parseNumber(line.substr(0, sp), v[got])) break;
            ++got;
            line.remove_prefix(sp == std::string_view::npos ? line.size() : sp);
        }
        if (got == 3) out.push_back({v[0], v[1], v[2]});
    }
    return out;
}

std::optional<Subject> parseSubject(std::string_view spec, Message* error) {
    Subject s;
    s.spec = std::string(spec);
    spec = trim(spec);
    auto fail = [&](Message why) -> std::optional<Subject> {
        if (error) *error = std::move(why);
        return std::nullopt;
    };
    if (spec.empty() || spec == "me") return s;
    const size_t colon = spec.find(':');
    const std::string_view kind = colon == std::string_view::npos ? std::string_view{} : spec.substr(0, colon);
    const std::string_view value = colon == std::string_view::npos ? spec : spec.substr(colon + 1);
    if (kind == "uid") {
        if (!parseNumber(value, s.uid)) return fail(Message(WD_TR("uid: needs a number, as in uid:33")));
        s.kind = Subject::Kind::User;
        return s;
    }
    if (kind == "pid") {
        uint32_t pid = 0;
        if (!parseNumber(value, pid) || pid == 0 || pid > 4194304) return fail(Message(WD_TR("pid: needs a process id, as in pid:1234")));
        s.kind = Subject::Kind::Process;
        s.pid = static_cast<int>(pid);
        return s;
    }
    if (kind == "service") {
        if (value.empty() || value.find_first_of("/ \t\n") != std::string_view::npos)
            return fail(Message(WD_TR("service: needs a unit name, as in service:nginx")));
        s.kind = Subject::Kind::Service;
        s.name = std::string(value);
        return s;
    }
    if (!kind.empty()) return fail(Message(WD_TR("unknown subject '%1:' (use a user name, uid:N, pid:N or service:NAME)"), {std::string(kind)}));
    // A user name, as useradd allows it: letters, digits, '.', '_', '-', a trailing '$'.
    for (char c : value)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-' || c == '$'))
            return fail(Message(WD_TR("'%1' is not a user name (use a user name, uid:N, pid:N or service:NAME)"), {std::string(value)}));
    s.kind = Subject::Kind::User;
    s.name = std::string(value);
    return s;
}

ServiceIdentity parseSystemctlShow(std::string_view text) {
    ServiceIdentity s;
    while (!text.empty()) {
        const size_t nl = text.find('\n');
        const std::string_view line = trim(text.substr(0, nl));
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
        const size_t eq = line.find('=');
        if (eq == std::string_view::npos) continue;
        const std::string_view key = line.substr(0, eq), value = trim(line.substr(eq + 1));
        if (key == "User") s.user = std::string(value);
        else if (key == "Group") s.group = std::string(value);
        else if (key == "DynamicUser") s.dynamicUser = value == "yes";
        else if (key == "MainPID") {
            uint32_t pid = 0;
            if (parseNumber(value, pid)) s.mainPid = static_cast<int>(pid);
        } else if (key == "LoadState") s.loaded = value == "loaded";
        else if (key == "SupplementaryGroups") {
            std::string_view rest = value;
            while (!rest.empty()) {
                const size_t sp = rest.find(' ');
                if (sp != 0) s.supplementaryGroups.emplace_back(rest.substr(0, sp));
                rest.remove_prefix(sp == std::string_view::npos ? rest.size() : sp + 1);
            }
        }
    }
    return s;
}

std::string_view toString(VerdictSource s) { return s == VerdictSource::Kernel ? "kernel" : "computed"; }

void computeVerdict(Facts& f) {
    const Identity& id = f.identity;
    f.checks.clear();
    f.firstUntraversable = -1;
    f.verdictSource = VerdictSource::Computed;
    auto set = [&](Message what, int err) {
        f.verdict = computedCheck(std::move(what), err);
        f.checks.push_back(f.verdict);
    };
    auto unknown = [&](Message what) {
        f.verdict = computedCheck(std::move(what), 0, false);
        f.checks.push_back(f.verdict);
    };
    // "write on /srv": the bits (a technical spelling, never translated) and the path.
    auto bitsOn = [](unsigned bits, const std::string& path) {
        return Message(WD_TR("%1 on %2"), {permString(bits), path});
    };
    if (f.tooLong) return set(WD_TR("path length"), ENAMETOOLONG);
    if (f.symlinkLoop) return set(WD_TR("path resolution"), ELOOP);

    // Path walk: every directory on the way needs search permission (may_lookup).
    for (size_t i = 0; i < f.chain.size(); ++i) {
        const Node& n = f.chain[i];
        if (static_cast<int>(i) == f.target || !n.exists) break;
        if (n.statErrno) return unknown(Message(WD_TR("%1 could not be inspected"), {n.path}));
        if (n.isDir() && !permits(f, n, PermExec)) {
            f.firstUntraversable = static_cast<int>(i);
            return set(Message(WD_TR("no search permission on %1"), {n.path}), EACCES);
        }
    }
    const int last = static_cast<int>(f.chain.size()) - 1;
    if (f.firstMissing >= 0 && !(f.firstMissing == last && f.op == Operation::Create))
        return set(Message(WD_TR("%1 does not exist"), {f.chain[static_cast<size_t>(f.firstMissing)].path}), ENOENT);

    const Node* t = f.targetNode();
    const Node* p = f.parentNode();
    const Needs needs = needsFor(f.op, t && t->isDir());
    // inode_permission(): a read-only mount and the immutable flag refuse writes before the bits do.
    auto writeBlocked = [&](const Node& n) -> bool {
        if (const MountFacts* m = mountOf(f, n); m && m->readOnly) {
            set(Message(WD_TR("read-only mount %1"), {m->mountPoint}), EROFS);
            return true;
        }
        if (n.immutable) {
            set(Message(WD_TR("immutable flag on %1"), {n.path}), EPERM);
            return true;
        }
        return false;
    };

    if (needs.onParent) {
        if (!p) return set(WD_TR("no containing folder"), ENOENT);
        if (writeBlocked(*p)) return;
        if (!permits(f, *p, needs.onParent)) return set(bitsOn(needs.onParent, p->path), EACCES);
        if (f.op != Operation::Create) {
            if (!t) return set(Message(WD_TR("%1 does not exist"), {f.absolute}), ENOENT);
            // may_delete(): the sticky rule and the entry's own flags.
            if (p->sticky() && t->uid != id.euid && p->uid != id.euid && !capableOver(id, f.subject, *t, kCapFowner))
                return set(WD_TR("sticky directory rule"), EPERM);
            if (t->immutable || t->appendOnly || p->appendOnly) return set(WD_TR("immutable/append-only flag"), EPERM);
        }
        return set(bitsOn(needs.onParent, p->path), 0);
    }
    if (!t) return set(Message(WD_TR("%1 does not exist"), {f.absolute}), ENOENT);

    if (f.op == Operation::Chmod || f.op == Operation::Chown) {
        if (const MountFacts* m = mountOf(f, *t); m && m->readOnly) return set(WD_TR("read-only mount"), EROFS);
        if (t->immutable || t->appendOnly) return set(WD_TR("immutable/append-only flag"), EPERM);
        if (f.op == Operation::Chmod && t->uid != id.euid && !capableOver(id, f.subject, *t, kCapFowner))
            return set(WD_TR("only the owner may chmod"), EPERM);
        if (f.op == Operation::Chown && !capableOver(id, f.subject, *t, kCapChown)) return set(WD_TR("changing the owner needs CAP_CHOWN"), EPERM);
        return set(Message(WD_TR("%1 of %2"), {std::string(toString(f.op)), t->path}), 0);
    }
    const unsigned want = needs.onTarget;
    // do_open()/may_open(): a directory opened for writing fails before any permission check.
    if (t->isDir() && f.op == Operation::Write) return set(WD_TR("open(O_WRONLY) of a directory"), EISDIR);
    if ((want & PermWrite) && writeBlocked(*t)) return;
    if (f.op == Operation::Execute) {
        if (t->isDir()) return set(WD_TR("execve() of a directory"), EACCES);
        if (const MountFacts* m = mountOf(f, *t); m && m->noexec) return set(Message(WD_TR("noexec mount %1"), {m->mountPoint}), EACCES);
    }
    if (!permits(f, *t, want)) return set(bitsOn(want, t->path), EACCES);
    if ((want & PermWrite) && t->appendOnly && t->type == NodeType::Regular)
        return set(WD_TR("append-only flag: only appending is allowed"), EPERM);
    // The server of a network or FUSE filesystem has the last word: the bits cannot promise access.
    if (const MountFacts* m = mountOf(f, *t); m && m->isNetworkOrFuse())
        return unknown(Message(WD_TR("%1 at %2: the server decides"), {m->fsType, m->mountPoint}));
    return set(bitsOn(want, t->path), 0);
}

}  // namespace wd
