#include "whydenied/diagnose.h"

#include "rules/unexplained.h"
#include "whydenied/errno_name.h"
#include "whydenied/lsm.h"
#include "whydenied/rules.h"
#include "whydenied/subject.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace wd {

namespace {
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
            if (fx.argv.empty() || fx.windows) return false;
            const std::string& tool = fx.argv.front();
            const bool changesNode = tool == "chmod" || tool == "chown" || tool == "chgrp" || tool == "setfacl";
            return changesNode && onPseudo(fx.argv.back());
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
        d.verdict = Verdict::Unknown;
        return d;
    }
    if (f.tooLong) {
        d.error = "The path is longer than the system allows (PATH_MAX).";
        d.verdict = Verdict::Denied;
        d.errnoName = errnoName(ENAMETOOLONG);
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
    f.auditDenials = auditDenialsFor(parseAuditTrail(req.auditLog), req.path);
    if (f.auditDenials.empty()) return out;
    for (const Rule& r : allRules())
        if (isLsmCause(r.cause))
            if (auto finding = r.apply(f)) out.push_back(std::move(*finding));
    std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) { return a.confidence > b.confidence; });
    return out;
}

Diagnosis diagnose(const DiagnoseRequest& req, const CancelToken* cancel, const ProgressFn& progress, Probe* probe) {
    std::unique_ptr<Probe> own;
    if (!probe) {
        own = makeSystemProbe();
        probe = own.get();
    }
    if (req.path.empty()) {
        Diagnosis d;
        d.request = req;
        d.error = "No path given.";
        return d;
    }
    if (req.path.find('\0') != std::string::npos) {
        Diagnosis d;
        d.request = req;
        d.error = "The path contains a NUL byte, which no file name can.";
        return d;
    }
    if (std::string why; !req.subject.empty() && !parseSubject(req.subject, &why)) {
        Diagnosis d;
        d.request = req;
        d.error = why;
        return d;
    }
    Facts facts = probe->gather(req, cancel, progress);
    facts.context = req.context;
    if (!req.auditLog.empty()) {
        facts.auditLogGiven = true;
        facts.auditDenials = matchAuditDenials(parseAuditTrail(req.auditLog), facts);
    }
    if (cancel && cancel->cancelled()) {
        Diagnosis d;
        d.request = req;
        d.facts = std::move(facts);
        d.cancelled = true;
        return d;
    }
    Diagnosis d = judge(req, std::move(facts));
    if (progress) progress(100, "done");
    return d;
}

}  // namespace wd
