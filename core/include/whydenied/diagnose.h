// SPDX-License-Identifier: GPL-3.0-or-later
// The diagnosis pipeline: probe (facts) -> rules (findings) -> a ranked answer.
#pragma once

#include "whydenied/facts.h"
#include "whydenied/finding.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace wd {

// Cooperative cancellation shared between the front end and the worker.
class CancelToken {
public:
    void cancel() { cancelled_.store(true, std::memory_order_relaxed); }
    bool cancelled() const { return cancelled_.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> cancelled_{false};
};

// Progress reports: a value in 0..100 and a short phrase ("Reading ACL of /srv").
using ProgressFn = std::function<void(int percent, const std::string& step)>;

struct DiagnoseRequest {
    std::string path;
    // Any: ask about every operation the situation makes plausible (nothing says what was tried).
    Operation op = Operation::Any;
    std::string cwd;  // relative paths resolve against it; empty = the process's cwd
    bool wantHolders = false;  // also find the processes holding it (otherwise only on ETXTBSY/EBUSY)
    // Whose access: "" (the caller), a user name, "uid:N", "pid:N" or "service:NAME".
    std::string subject;
    // For another subject, ask the kernel as that subject when we may switch to it (root);
    // false computes the verdict from the facts instead (tests compare the two).
    bool allowSwitch = true;
    // The error text this request was parsed from, for the know-how rules (empty when none).
    ErrorContext context;
    // An audit trail (audit.log, `journalctl -o export` or kernel-log text) to match security-module
    // denials against; empty when none was given.
    std::string auditLog;
    // With no trail given, the system's own is read (Linux: readSystemTrail) when a security module
    // is active, the subject is a process or service (its sandbox), or an error text says "denied":
    // the cases where a record can prove what the permission bits cannot. False never reads it.
    bool readSystemAudit = true;
    SystemTrailSources systemAudit;
    // What diagnose() read of it: read once, by the first check whose facts make it matter, for every
    // operation asked about (diagnose() sets it; passing a Diagnosis' on reuses it for the same error).
    std::shared_ptr<std::optional<SystemTrail>> systemTrail;
};

// Gathers facts. The Linux probe is the real one; tests and the GUI's slow-probe test
// substitute their own through this interface.
class Probe {
public:
    virtual ~Probe() = default;
    virtual Facts gather(const DiagnoseRequest& req, const CancelToken* cancel, const ProgressFn& progress) = 0;
};

std::unique_ptr<Probe> makeSystemProbe();  // the platform's probe

struct Plan;  // whydenied/plan.h

// The kernel's answer for one operation of a diagnosis.
struct AccessResult {
    Operation op = Operation::Read;
    Verdict verdict = Verdict::Unknown;
    std::string errnoName;  // empty when allowed
    std::string check;      // the deciding check ("faccessat(-w-) on /srv/x")
    bool inside = false;    // create: of a new entry inside the folder, not of the folder itself
    // When denied on Linux: the steps that would open it, checked with the what-if model.
    std::shared_ptr<const Plan> plan{};
};

struct Diagnosis {
    DiagnoseRequest request;
    Facts facts;
    Verdict verdict = Verdict::Unknown;
    std::string errnoName;          // the kernel's answer ("EACCES"), empty when allowed
    std::vector<Finding> findings;  // ranked, most likely first
    bool cancelled = false;
    std::string error;              // set when the input could not be diagnosed at all (English, as in JSON)
    Message errorSaid;              // the same sentence, to translate
    bool verdictFromAuditLog = false;  // only an audit record proves the verdict (JSON "verdict_basis")
    // Every operation asked about, in the order read, write, execute, create, list, traverse, delete,
    // rename (connect last). One entry for a single operation; for Operation::Any each plausible one,
    // and then `facts`, `errnoName` and the verdict are those of the first denied entry (of the
    // first entry when none is denied), and `findings` those of every denied operation.
    std::vector<AccessResult> access;
    bool isForAnotherSubject() const { return !facts.subject.isMe(); }
};

// Runs every rule over the facts and ranks the findings.
Diagnosis judge(const DiagnoseRequest& req, Facts facts);

// For an error whose path does not exist on this machine: the causes that req.auditLog's records of
// that path prove (SELinux, AppArmor, a sandbox), as advice. Empty when no record names it.
std::vector<Finding> adviceFromAuditLog(const DiagnoseRequest& req);

// The operations a diagnosis of Operation::Any asks about, given facts gathered for reading the
// path: a file's read and write (and execute when it has an x bit, a shebang or an ELF/PE header),
// a folder's list, traverse and create inside, a missing file's create; delete and rename only
// when the error text names them. `programHeader` says whether the file starts like a program.
std::vector<Operation> plausibleOperations(const Facts& facts, const ErrorContext& context, bool programHeader);

// The whole pipeline with the system probe (or the given one). Operation::Any diagnoses every
// plausible operation (see plausibleOperations) as one answer.
Diagnosis diagnose(const DiagnoseRequest& req, const CancelToken* cancel = nullptr,
                   const ProgressFn& progress = {}, Probe* probe = nullptr);

}  // namespace wd
