// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/lsm_common.h"

#include <algorithm>
#include <string>

namespace wd::rules {

bool isSnapProfile(const std::string& profile) {
    return profile.rfind("snap.", 0) == 0 || profile.rfind("snap-update-ns.", 0) == 0;
}

std::string snapOfProfile(const std::string& profile) {
    const size_t start = profile.find('.');
    if (start == std::string::npos) return {};
    const size_t end = profile.find('.', start + 1);
    return profile.substr(start + 1, end == std::string::npos ? std::string::npos : end - start - 1);
}

const AuditDenial* blockingRecord(const Facts& f, const std::string& module) {
    for (const AuditDenial& d : f.auditDenials)
        if (d.module == module && d.blocked() && !(module == "apparmor" && isSnapProfile(d.profile))) return &d;
    return nullptr;
}

const AuditDenial* blockingSnapRecord(const Facts& f) {
    for (const AuditDenial& d : f.auditDenials)
        if (d.module == "apparmor" && d.blocked() && isSnapProfile(d.profile)) return &d;
    return nullptr;
}

namespace {

// A denial this long before the error may be an older one, since fixed, of the same file.
constexpr double kLongBefore = 600;

std::string howLongBefore(double seconds) {
    const auto n = static_cast<long long>(seconds);
    if (n < 120) return std::to_string(n) + " s before the error";
    if (n < 7200) return std::to_string(n / 60) + " min before the error";
    if (n < 2 * 86400) return std::to_string(n / 3600) + " h before the error";
    return std::to_string(n / 86400) + " days before the error";
}

}  // namespace

void addAuditEvidence(Finding& out, const AuditDenial& d) {
    out.addEvidence("module", d.module);
    if (d.beforeError >= 0) {
        out.addEvidence("recorded", howLongBefore(d.beforeError));
        // Still a denial of this very file by this module, so still the likeliest cause; but the
        // person should see it is not proven to be this error's.
        if (d.beforeError > kLongBefore) out.confidence = std::min(out.confidence, 0.7);
    }
    auto add = [&](const char* key, const std::string& v) {
        if (!v.empty()) out.addEvidence(key, v);
    };
    add("scontext", d.scontext);
    add("tcontext", d.tcontext);
    add("tclass", d.tclass);
    add("permissions", d.permissions);
    if (d.module == "selinux") out.addEvidence("permissive", d.permissive ? "1" : "0");
    add("profile", d.profile);
    add("profile_mode", d.profileMode());
    add("operation", d.operation);
    add("requested_mask", d.requestedMask);
    add("denied_mask", d.deniedMask);
    add("blockers", d.blockers);
    add("path", d.path.empty() ? d.name : d.path);
    add("comm", d.comm);
    if (d.pid > 0) out.addEvidence("pid", std::to_string(d.pid));
    add("audit_serial", d.serial);
    add("audit_source", d.source);
}

std::string lsmPath(const Facts& f, const AuditDenial* d) {
    if (const Node* t = f.targetNode()) return t->path;
    if (!f.absolute.empty()) return f.absolute;
    return d ? d->path : std::string();
}

bool unexplainedByBits(const Facts& f) {
    if (f.platform != Platform::Linux || !denied(f) || (f.verdict.err != EACCES && f.verdict.err != EPERM)) return false;
    if (!bitsAllow(f)) return false;
    const Node* t = decidingNode(f);
    return !(t && (t->immutable || t->appendOnly));
}

Finding moduleFinding(const Facts& f, const char* cause, double confidence, Message title, Message explanation,
                      const char* module) {
    Finding out = finding(cause, confidence, std::move(title), std::move(explanation), f, decidingIndex(f));
    out.addEvidence("module", module);
    if (!f.modules.policyQuery.empty()) out.addEvidence("policy", f.modules.policyQuery);
    return out;
}

FixProposal policyAdvice(const char* id, Message title, std::vector<std::string> argv, std::vector<std::string> undo) {
    FixProposal fx = adviceFix(id, std::move(title),
                               WD_TR("Shown for an administrator; WhyDenied does not change security policy."),
                               std::move(argv), Privilege::Admin);
    fx.undoArgv = std::move(undo);
    return fx;
}

}  // namespace wd::rules
