// SPDX-License-Identifier: GPL-3.0-or-later
// What the security-module rules (selinux-denial, apparmor-denial, sandbox-confinement) share: the
// audit record that proves a denial, its evidence, and the path it is about.
#pragma once

#include "rules/support/common.h"
#include "whydenied/lsm.h"

#include <string>

namespace wd::rules {

bool isSnapProfile(const std::string& profile);     // "snap.firefox.firefox", "snap-update-ns.firefox"
std::string snapOfProfile(const std::string& profile);

// The most recent record of `module` that blocked something (permissive and complain-mode records
// never do); null when none. AppArmor records of snap profiles belong to sandbox-confinement.
const AuditDenial* blockingRecord(const Facts& f, const std::string& module);
const AuditDenial* blockingSnapRecord(const Facts& f);

// module, contexts, profile and masks, the event serial: whatever the record carries; how long before
// the error it was written, and less confidence when that was long before (an older denial).
void addAuditEvidence(Finding& out, const AuditDenial& d);

// The path the finding is about: the diagnosed target, else the path as given, else the record's.
std::string lsmPath(const Facts& f, const AuditDenial* d);

// The fallback when no record names the file: a Linux denial the permission bits do not explain.
bool unexplainedByBits(const Facts& f);
// Its finding: the module and what was asked of the policy as evidence.
Finding moduleFinding(const Facts& f, const char* cause, double confidence, Message title, Message explanation,
                      const char* module);

// A command shown for an administrator to run: WhyDenied does not change security policy.
FixProposal policyAdvice(const char* id, Message title, std::vector<std::string> argv,
                         std::vector<std::string> undo = {});

}  // namespace wd::rules
