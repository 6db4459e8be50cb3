// SPDX-License-Identifier: GPL-3.0-or-later
#include "whydenied/diagnose.h"

#include "rules/support/unexplained.h"
#include "whydenied/errno_name.h"
#include "whydenied/lsm.h"
#include "whydenied/plan.h"
#include "whydenied/rules.h"
#include "whydenied/subject.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#ifndef _WIN32
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace wd {

namespace {

// Who runs the diagnosis: whose own nodes a plan may open with o+ bits (plan.h).
std::optional<uint32_t> callerUid() {
#ifdef _WIN32
    return std::nullopt;
#else
    return static_cast<uint32_t>(geteuid());
#endif
}

// The system's audit trail, where it could tell what the permission bits cannot: a security module
// is active, the subject is a process or service (with its own sandbox), or an error text says a
// denial happened that the kernel check may not reproduce. Read by the first check that needs it
// (a journalctl run), from the facts the probe gathered; nullptr where it does not matter.
const SystemTrail* systemTrailFor(const DiagnoseRequest& req, const Facts& f) {
#ifdef __linux__
    if (!req.systemTrail) return nullptr;
    if (!req.context.present && !f.sandbox.known && f.modules.selinuxEnforce < 0 && f.modules.apparmorEnabled != 1)
        return nullptr;
    if (!*req.systemTrail) *req.systemTrail = readSystemTrail(req.systemAudit, req.context.time);
    return &**req.systemTrail;
#else
    (void)req;
    (void)f;
    return nullptr;
#endif
}

// The causes an audit record alone can prove, without facts from a check made here.
bool isLsmCause(std::string_view cause) {
    return cause == "selinux-denial" || cause == "apparmor-denial" || cause == "sandbox-confinement";
}

// Filesystems whose modes and owners the kernel makes up (proc, sysfs, cgroups) or a device
// manager resets (devtmpfs, devpts): a chmod, chown or ACL there is refused, lost at the next
// boot, or opens a device to everyone. The cause still stands; only the change is not offered.
bool pseudoFilesystem(std::string_view fs) {
    for (std::string_view p : {"proc", "sysfs", "devtmpfs", "devpts", "cgroup", "cgroup2", "securityfs", "debugfs",
                               "tracefs", "configfs", "efivarfs", "bpf", "pstore", "mqueue", "fusectl"})
        if (fs == p) return true;
    return false;
}

void dropChangesOnPseudoFilesystems(std::vector<Finding>& findings, const Facts& f) {
    const auto onPseudo = [&](const std::string& path) {
        for (const Node& n : f.chain)
            if (n.path == path)
                return n.mount >= 0 && static_cast<size_t>(n.mount) < f.mounts.size() &&
                       pseudoFilesystem(f.mounts[static_cast<size_t>(n.mount)].fsType);
        return false;
    };
    for (Finding& x : findings)
        std::erase_if(x.fixes, [&](const FixProposal& fx) {
            if (!fx.action || fx.windows) return false;
            const bool changesNode = *fx.action == FixAction::Chmod || *fx.action == FixAction::Chown ||
                                     *fx.action == FixAction::AclModify;
            return changesNode && onPseudo(fx.path);
        });
}
}  // namespace

Diagnosis judge(const DiagnoseRequest& req, Facts facts) {
    Diagnosis d;
    d.request = req;
    d.facts = std::move(facts);
    const Facts& f = d.facts;
    if (!f.error.empty()) {
        d.error = f.error;
        d.errorSaid = f.errorSaid;
        d.verdict = Verdict::Unknown;
        return d;
    }
    if (f.tooLong) {
        d.errorSaid = Message(WD_TR("The path is longer than the system allows (PATH_MAX)."));
        d.error = d.errorSaid.english();
        d.verdict = Verdict::Denied;
        d.errnoName = errnoName(ENAMETOOLONG);
        d.access = {AccessResult{f.op, d.verdict, d.errnoName, "path length", false}};
        return d;
    }
    // A security module's record of a denial of this very file proves "denied" where the kernel
    // check cannot: an unanswered check, or a sandbox the check did not carry.
    const bool auditProves = std::any_of(f.auditDenials.begin(), f.auditDenials.end(),
                                         [](const AuditDenial& a) { return a.blocked(); });
    if (!f.verdict.asked && !auditProves) {
        d.verdict = Verdict::Unknown;
        return d;
    }
    if (f.verdict.asked) {
        d.verdict = f.verdict.err == 0 ? Verdict::Allowed : Verdict::Denied;
        d.errnoName = f.verdict.errName.empty() ? errnoName(f.verdict.err) : f.verdict.errName;
    }
    for (const Rule& r : allRules())
        if (f.verdict.asked || isLsmCause(r.cause))
            if (auto finding = r.apply(f)) d.findings.push_back(std::move(*finding));
    // The check ran in a child that had the subject's ids but not its sandbox (Landlock, seccomp
    // under no_new_privs, a snap's or Flatpak's confinement): its "allowed" says nothing.
    const bool sandboxUnseen = f.platform == Platform::Linux && !f.subject.isMe() && f.sandbox.confines();
    if (!f.verdict.asked || (d.verdict == Verdict::Allowed && sandboxUnseen)) {
        std::erase_if(d.findings, [](const Finding& x) { return x.cause == "error-from-elsewhere"; });
        d.verdict = auditProves ? Verdict::Denied : Verdict::Unknown;
        d.errnoName = auditProves ? errnoName(EACCES) : std::string();
        d.verdictFromAuditLog = auditProves;
    }
    const bool explained = std::any_of(d.findings.begin(), d.findings.end(),
                                       [](const Finding& x) { return x.confidence >= 0.5; });
    if (d.verdict == Verdict::Denied && !explained) d.findings.push_back(unexplainedDenial(f));
    dropChangesOnPseudoFilesystems(d.findings, f);
    std::stable_sort(d.findings.begin(), d.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.confidence > b.confidence; });
    for (Finding& x : d.findings) x.operation = f.op;
    d.access = {AccessResult{f.op, d.verdict, d.errnoName, f.verdict.what, false}};
#if defined(__linux__) || defined(__APPLE__) || defined(_WIN32)  // where the fix engine is built
    if (d.verdict == Verdict::Denied && f.platform == Platform::Linux && !d.verdictFromAuditLog)
        d.access.front().plan = std::make_shared<const Plan>(buildPlan(f, callerUid()));
#endif
    return d;
}

std::vector<Finding> adviceFromAuditLog(const DiagnoseRequest& req) {
    std::vector<Finding> out;
    if (req.auditLog.empty() || req.path.empty() || req.path.front() != '/') return out;
    Facts f;
    f.platform = Platform::Linux;
    f.op = req.op;
    f.input = f.absolute = req.path;
    // Advice for whoever reads it: the snap's own folders are named in their home.
    if (const char* home = std::getenv("HOME")) f.identity.home = home;
    f.auditLogGiven = true;
    f.auditDenials = auditDenialsFor(parseAuditTrail(req.auditLog), req.path, req.context.time);
    if (f.auditDenials.empty()) return out;
    for (const Rule& r : allRules())
        if (isLsmCause(r.cause))
            if (auto finding = r.apply(f)) out.push_back(std::move(*finding));
    std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) { return a.confidence > b.confidence; });
    return out;
}

namespace {

// The order of Diagnosis::access, and of "the first denied operation".
constexpr Operation kAccessOrder[] = {Operation::Read,   Operation::Write,    Operation::Execute,
                                      Operation::Create, Operation::List,     Operation::Traverse,
                                      Operation::Delete, Operation::Rename,   Operation::Connect};

// "Create inside this folder" is asked as the creation of an entry with this name: the check is
// the folder's whatever the name, and the entry is dropped from the facts again.
constexpr std::string_view kNewEntry = "new-file";

bool isWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; }

// `word` in `text`, ignoring case, not as part of a longer word ("rm" is not in "perm").
bool mentions(std::string_view text, std::string_view word) {
    auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
    for (size_t i = 0; i + word.size() <= text.size(); ++i) {
        size_t k = 0;
        while (k < word.size() && lower(text[i + k]) == lower(word[k])) ++k;
        if (k < word.size()) continue;
        const bool before = i > 0 && isWordChar(text[i - 1]);
        const bool after = i + word.size() < text.size() && isWordChar(text[i + word.size()]);
        if (!before && !after) return true;
    }
    return false;
}

bool mentionsAny(const ErrorContext& c, std::initializer_list<std::string_view> words) {
    for (std::string_view w : words)
        if (c.program == w || mentions(c.message, w)) return true;
    return false;
}

// A shebang, or an ELF or PE header: the file is a program even without an x bit. Opened without
// blocking (a FIFO swapped in meanwhile) and without following a link; unreadable means "no".
bool startsLikeAProgram(const std::string& path) {
    char head[4] = {};
    size_t got = 0;
#ifdef _WIN32
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    in.read(head, sizeof head);
    got = static_cast<size_t>(in.gcount());
#else
    const int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat st{};
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        const ssize_t n = read(fd, head, sizeof head);
        got = n > 0 ? static_cast<size_t>(n) : 0;
    }
    close(fd);
#endif
    const std::string_view h(head, got);
    return h.substr(0, 2) == "#!" || h == "\x7f" "ELF" || h.substr(0, 2) == "MZ";
}

std::string childPath(const std::string& dir, std::string_view name) {
    const char sep = dir.find('/') == std::string::npos && dir.find('\\') != std::string::npos ? '\\' : '/';
    std::string out = dir;
    if (out.empty() || (out.back() != '/' && out.back() != '\\')) out += sep;
    return out + std::string(name);
}

// Only the last component of the path is missing: its folder is there, and making it is a create.
// The walk stops at the first missing component, so a missing folder on the way ends the chain too.
bool onlyLastMissing(const Facts& f) {
    if (f.firstMissing < 0 || f.firstMissing != static_cast<int>(f.chain.size()) - 1 || f.parent < 0) return false;
    auto name = [](std::string_view p) {
        while (p.size() > 1 && (p.back() == '/' || p.back() == '\\')) p.remove_suffix(1);
        const size_t slash = p.find_last_of("/\\");
        return slash == std::string_view::npos ? p : p.substr(slash + 1);
    };
    return name(f.chain.back().path) == name(f.absolute);
}

Diagnosis failed(const DiagnoseRequest& req, Message error) {
    Diagnosis d;
    d.request = req;
    d.error = error.english();
    d.errorSaid = std::move(error);
    return d;
}

// One operation: probe, then judge.
Diagnosis diagnoseOne(const DiagnoseRequest& req, const CancelToken* cancel, const ProgressFn& progress, Probe* probe) {
    Facts facts = probe->gather(req, cancel, progress);
    facts.context = req.context;
    if (!req.auditLog.empty()) {
        facts.auditLogGiven = true;
        facts.auditDenials = matchAuditDenials(parseAuditTrail(req.auditLog), facts);
    } else if (const SystemTrail* trail = systemTrailFor(req, facts)) {
        facts.auditDenials = matchAuditDenials(trail->denials, facts);
        // What could not be read matters where a module or a sandbox could have said no unseen.
        const bool couldDenyUnseen = facts.modules.selinuxEnforce >= 0 || facts.modules.apparmorEnabled == 1 ||
                                     facts.sandbox.confines();
        if (couldDenyUnseen && facts.auditDenials.empty())
            facts.notes.insert(facts.notes.end(), trail->unread.begin(), trail->unread.end());
    }
    if (cancel && cancel->cancelled()) {
        Diagnosis d;
        d.request = req;
        d.facts = std::move(facts);
        d.cancelled = true;
        return d;
    }
    return judge(req, std::move(facts));
}

// The create-inside check walked one entry further than the folder: show the folder as it is.
void dropNewEntry(Diagnosis& d, const Facts& folder) {
    Facts& f = d.facts;
    if (f.parent != folder.target || f.chain.size() <= folder.chain.size()) return;
    f.chain.resize(folder.chain.size());
    f.input = folder.input;
    f.absolute = folder.absolute;
    f.target = folder.target;
    f.parent = folder.parent;
    f.firstMissing = folder.firstMissing;
    for (Finding& x : d.findings)
        if (x.node >= static_cast<int>(f.chain.size())) x.node = -1;
}

bool sameFinding(const Finding& a, const Finding& b) {
    if (a.cause != b.cause || a.node != b.node || a.fixes.size() != b.fixes.size()) return false;
    for (size_t i = 0; i < a.fixes.size(); ++i)
        if (a.fixes[i].argv != b.fixes[i].argv) return false;
    return true;
}

// Every plausible operation, asked one after the other, as one answer.
Diagnosis diagnoseAny(const DiagnoseRequest& req, const CancelToken* cancel, const ProgressFn& progress, Probe* probe) {
    auto part = [&progress](int from, int to) -> ProgressFn {
        if (!progress) return {};
        return [&progress, from, to](int percent, const std::string& step) {
            if (step != "done") progress(from + (to - from) * std::clamp(percent, 0, 100) / 100, step);
        };
    };
    // A first look, as a read: it tells what is there (a file, a folder, nothing), and for a file it
    // is the read check too.
    DiagnoseRequest look = req;
    look.op = Operation::Read;
    Diagnosis first = diagnoseOne(look, cancel, part(0, 35), probe);
    first.request = req;
    if (first.cancelled || !first.error.empty() || first.facts.tooLong || first.facts.symlinkLoop) return first;

    const Node* t = first.facts.targetNode();
    const bool header = t && t->type == NodeType::Regular && startsLikeAProgram(t->path);
    const std::vector<Operation> ops = plausibleOperations(first.facts, req.context, header);
    const bool folder = t && t->isDir();

    std::vector<Diagnosis> subs;
    for (size_t i = 0; i < ops.size(); ++i) {
        if (ops[i] == Operation::Read && !folder) {
            subs.push_back(first);
            continue;
        }
        DiagnoseRequest sub = req;
        sub.op = ops[i];
        sub.wantHolders = false;  // the first look found them when they were asked for
        const bool inside = ops[i] == Operation::Create && folder;
        if (inside) sub.path = childPath(req.path, kNewEntry);
        const int from = 35 + static_cast<int>(60 * i / ops.size());
        Diagnosis d = diagnoseOne(sub, cancel, part(from, from + static_cast<int>(60 / ops.size())), probe);
        if (d.cancelled) {
            d.request = req;
            return d;
        }
        if (inside) {
            dropNewEntry(d, first.facts);
            for (AccessResult& a : d.access) a.inside = true;
        }
        subs.push_back(std::move(d));
    }
    if (subs.empty()) return first;

    size_t main = subs.size();
    for (Verdict wanted : {Verdict::Denied, Verdict::Unknown})
        for (size_t i = 0; i < subs.size() && main == subs.size(); ++i)
            if (subs[i].verdict == wanted && subs[i].error.empty()) main = i;
    if (main == subs.size()) main = 0;

    Diagnosis d = subs[main];
    d.request = req;
    d.access.clear();
    for (const Diagnosis& s : subs) d.access.insert(d.access.end(), s.access.begin(), s.access.end());
    if (d.verdict == Verdict::Denied) {
        // What explains each denied operation; an allowed one has nothing to explain.
        d.findings.clear();
        for (const Diagnosis& s : subs) {
            if (s.verdict != Verdict::Denied) continue;
            for (const Finding& x : s.findings)
                if (std::none_of(d.findings.begin(), d.findings.end(), [&](const Finding& y) { return sameFinding(x, y); }))
                    d.findings.push_back(x);
        }
        std::stable_sort(d.findings.begin(), d.findings.end(),
                         [](const Finding& a, const Finding& b) { return a.confidence > b.confidence; });
    }
    if (!d.facts.holdersScanned && first.facts.holdersScanned) {
        d.facts.holdersScanned = true;
        d.facts.holders = first.facts.holders;
        d.facts.holdersNotInspected = first.facts.holdersNotInspected;
    }
    return d;
}

}  // namespace

std::vector<Operation> plausibleOperations(const Facts& f, const ErrorContext& context, bool programHeader) {
    std::vector<Operation> ops;
    const Node* t = f.targetNode();
    if (!t) {
        // Nothing there: the program was making it. A missing folder on the way, or a path that could
        // not be looked at (a folder before it is closed), stops every operation at the same place:
        // one question says so.
        ops.push_back(onlyLastMissing(f) ? Operation::Create : Operation::Read);
    } else if (t->isDir()) {
        ops = {Operation::Create, Operation::List, Operation::Traverse};
    } else if (t->type == NodeType::Socket) {
        ops = {Operation::Connect};
    } else {
        ops = {Operation::Read, Operation::Write};
        if (t->type == NodeType::Regular && ((t->mode & 0111) != 0 || programHeader)) ops.push_back(Operation::Execute);
    }
    // Otherwise every folder you may read but not change would raise an alarm.
    if (t && mentionsAny(context, {"rm", "rmdir", "unlink", "unlinkat", "os.remove", "os.unlink", "remove-item", "del",
                                   "deletefile", "rmtree", "fs.rm", "fs.unlink", "fs.rmdir"}))
        ops.push_back(Operation::Delete);
    if (t && mentionsAny(context, {"mv", "rename", "renameat", "os.rename", "os.replace", "shutil.move", "move-item",
                                   "rename-item", "movefile", "fs.rename"}))
        ops.push_back(Operation::Rename);
    std::stable_sort(ops.begin(), ops.end(), [](Operation a, Operation b) {
        auto rank = [](Operation o) { return std::find(std::begin(kAccessOrder), std::end(kAccessOrder), o) - std::begin(kAccessOrder); };
        return rank(a) < rank(b);
    });
    return ops;
}

Diagnosis diagnose(const DiagnoseRequest& req, const CancelToken* cancel, const ProgressFn& progress, Probe* probe) {
    std::unique_ptr<Probe> own;
    if (!probe) {
        own = makeSystemProbe();
        probe = own.get();
    }
    if (req.path.empty()) return failed(req, Message(WD_TR("No path given.")));
    if (req.path.find('\0') != std::string::npos) return failed(req, Message(WD_TR("The path contains a NUL byte, which no file name can.")));
    if (Message why; !req.subject.empty() && !parseSubject(req.subject, &why)) return failed(req, why);
    DiagnoseRequest r = req;
    if (r.auditLog.empty() && r.readSystemAudit && !r.systemTrail) r.systemTrail = std::make_shared<std::optional<SystemTrail>>();
    // An operation nobody named is one to find out: every plausible one is asked.
    Diagnosis d = r.op == Operation::Any || r.op == Operation::Unknown ? diagnoseAny(r, cancel, progress, probe)
                                                                       : diagnoseOne(r, cancel, progress, probe);
    if (progress && !d.cancelled) progress(100, "done");
    return d;
}

}  // namespace wd
