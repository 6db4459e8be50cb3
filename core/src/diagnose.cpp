#include "whydenied/diagnose.h"

#include "rules/unexplained.h"
#include "whydenied/errno_name.h"
#include "whydenied/rules.h"
#include "whydenied/subject.h"

#include <algorithm>
#include <cerrno>

namespace wd {

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
    if (!f.verdict.asked) {
        d.verdict = Verdict::Unknown;
        return d;
    }
    d.verdict = f.verdict.err == 0 ? Verdict::Allowed : Verdict::Denied;
    d.errnoName = f.verdict.errName.empty() ? errnoName(f.verdict.err) : f.verdict.errName;
    for (const Rule& r : allRules())
        if (auto finding = r.apply(f)) d.findings.push_back(std::move(*finding));
    const bool explained = std::any_of(d.findings.begin(), d.findings.end(),
                                       [](const Finding& x) { return x.confidence >= 0.5; });
    if (d.verdict == Verdict::Denied && !explained) d.findings.push_back(unexplainedDenial(f));
    std::stable_sort(d.findings.begin(), d.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.confidence > b.confidence; });
    return d;
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
