// SPDX-License-Identifier: GPL-3.0-or-later
// Linux security modules and sandboxes: what the probe reads about them, and the audit records that
// prove what a module denied. The permission bits are half the story on Fedora (SELinux), Ubuntu
// (AppArmor, snaps) and for Flatpak, Landlock or no_new_privs sandboxes.
#pragma once

#include "whydenied/message.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wd {

struct Facts;

// A process subject's sandbox signals (/proc/PID/status, its cgroup, its label, its root). A kernel
// check made in an unsandboxed child does not carry any of them, and none can be queried from
// outside: Landlock rulesets and seccomp filters belong to the process alone.
struct SandboxFacts {
    bool known = false;        // read for a pid or service subject
    bool noNewPrivs = false;   // NoNewPrivs: 1 (Landlock needs it unless the process had CAP_SYS_ADMIN)
    int seccomp = -1;          // Seccomp: 0 off, 1 strict, 2 filter; -1 not read
    int seccompFilters = 0;    // Seccomp_filters
    bool landlockField = false;  // the status file names a Landlock domain (no kernel does yet)
    std::string snap;          // "firefox" from a snap.firefox.* cgroup or profile
    bool flatpak = false;      // /.flatpak-info exists in the process's root
    std::string flatpakApp;    // its [Application] name=

    // Whether a check made outside the sandbox may say "allowed" while the process is refused.
    bool confines() const { return noNewPrivs || !snap.empty() || flatpak; }
};

// Which security modules are active and what they call the subject and the file. Read only: nothing is
// mounted, nothing asked of the policy that it does not answer.
struct SecurityModuleFacts {
    bool lsmListKnown = false;
    std::vector<std::string> lsmList;   // /sys/kernel/security/lsm, when securityfs is mounted
    int selinuxEnforce = -1;            // /sys/fs/selinux/enforce: -1 absent, 0 permissive, 1 enforcing
    int apparmorEnabled = -1;           // /sys/module/apparmor/parameters/enabled: -1 absent, 0 N, 1 Y
    std::string subjectLabel;           // /proc/PID/attr/current
    std::string apparmorLabel;          // /proc/PID/attr/apparmor/current (module stacking)
    std::string fileLabel;              // the target's security.selinux xattr
    std::string defaultFileLabel;       // selabel_lookup's label for the path, when libselinux answered
    // What was asked of the policy itself and what it answered; "not asked: …" says why not.
    std::string policyQuery;
    int policyAllows = -1;              // -1 not asked, 0 denied, 1 allowed
};

// One denial (or complain-mode/permissive record) of a security module, grouped from the records of
// one audit event (AVC + SYSCALL + CWD + PATH share a serial).
struct AuditDenial {
    std::string module;       // "selinux", "apparmor", "landlock"
    std::string type;         // "AVC", "USER_AVC", "SELINUX_ERR", "APPARMOR", "LANDLOCK_ACCESS"
    std::string serial;       // the event's serial ("1226270358.848:238"), empty when the source has none
    std::string source;       // where it was read: "journald", "/var/log/audit/audit.log", "kernel log"; "" when given
    double time = 0;          // seconds since the epoch, 0 when unknown
    double beforeError = -1;  // how long before the error it was written; -1 when either time is unknown
    std::string path;         // full path (PATH record, AppArmor name=, Landlock path=), or ""
    std::string name;         // AVC name= (the last component only)
    uint64_t ino = 0;
    std::string dev;          // as the record writes it: "dm-0", "fd:00", "tmpfs"
    int pid = 0;
    std::string comm, exe;
    // SELinux
    std::string permissions;  // "read write"
    std::string scontext, tcontext, tclass;
    bool permissive = false;  // permissive=1: logged, not enforced
    bool granted = false;     // "avc: granted" (auditallow): nothing was denied
    // AppArmor
    std::string apparmor;     // "DENIED", "ALLOWED" (complain mode), "AUDIT"
    std::string profile, operation, requestedMask, deniedMask;
    // Landlock
    std::string blockers;     // "fs.read_file"
    std::string domain;

    // Whether this record stopped anything: permissive SELinux and complain-mode AppArmor never do.
    bool blocked() const;
    std::string profileMode() const;  // "enforce" or "complain" (AppArmor), "" otherwise
    std::string typeOf(std::string_view context) const;  // "httpd_t" of "system_u:system_r:httpd_t:s0"
};

// Reads an audit.log, `journalctl -o export` output or dmesg/kernel-log text. Unknown lines are
// skipped; every field is bounded, so hostile input costs linear time and never crashes.
std::vector<AuditDenial> parseAuditTrail(std::string_view text);

// The records that concern the facts' path: by full path, or by inode and name; then by the subject's
// pid where the record has no path. Most recent first; when the error's time is known
// (facts.context.time), records written after it are dropped and the nearest to it come first.
std::vector<AuditDenial> matchAuditDenials(const std::vector<AuditDenial>& all, const Facts& f);

// The records that name `path`, for an error whose path does not exist on this machine; `when` is
// the error's time as for matchAuditDenials (0: unknown).
std::vector<AuditDenial> auditDenialsFor(const std::vector<AuditDenial>& all, const std::string& path,
                                         double when = 0);

// The running system's own audit trail, for a request that gave none: journald's audit and kernel
// records (`journalctl -o export`), audit.log when this process may read it, and the kernel's ring
// buffer when there is no journal. Tests point the sources at recorded trails.
struct SystemTrailSources {
    std::string journalctl = "journalctl";              // looked up in PATH; empty: not asked
    std::string auditLog = "/var/log/audit/audit.log";  // empty: not read
    bool kernelRing = true;                             // klogctl, when journald has nothing
};
struct SystemTrail {
    std::vector<AuditDenial> denials;  // every source's records
    std::vector<std::string> read;     // the sources that answered ("journald", "/var/log/audit/audit.log", "kernel log")
    std::vector<Message> unread;       // a source that exists but could not be read, and how a person can read it
};
// Linux only. `around`: the error's time in seconds since the epoch (0: unknown, the last hour is read).
SystemTrail readSystemTrail(const SystemTrailSources& from, double around);

// Linux only. The newest part of an audit.log (its last 8 MiB, from the first whole line); nullopt when it cannot
// be opened (errno says why).
std::optional<std::string> readAuditLogTail(const std::string& file);

// The lines of an audit.log text that belong to the events naming `path` (by path, or by inode and
// name), written no later than shortly after `when` (0: any time). PROCTITLE and EXECVE records are
// left out: they carry whole command lines, and other people's stay theirs. What whydenied-helper's
// audit-log verb hands its caller from root's audit.log.
std::string auditLinesFor(std::string_view text, const std::string& path, uint64_t ino, double when);

// Linux only. Root's audit.log records of `path` (as auditLinesFor), read by whydenied-helper after an
// administrator's approval (pkexec), or directly when running as root. `error` says why not.
struct AdminAuditRead {
    std::string lines;
    std::string error;  // in English; `said` is the same in the reader's language where there is one
    Message said;
};
AdminAuditRead readAuditLogAsAdministrator(const std::string& path, double when, const std::string& helperPath = {});

}  // namespace wd
