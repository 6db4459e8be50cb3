// SPDX-License-Identifier: GPL-3.0-or-later
// The running system's audit trail around an error. Only what this process may already read is read:
// journald hands its audit and kernel records to root and the groups adm and systemd-journal, audit.log
// is root's, and the kernel's ring buffer needs CAP_SYSLOG where dmesg_restrict is set. What exists but
// cannot be read is said, with the command that reads it, so "no record found" never passes for "no
// record exists".
#include "whydenied/lsm.h"

#include "fix/common/fix_internal.h"
#include "fix/common/helper_form.h"
#include "platform/linux/fd.h"
#include "probe/posix/run.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <string>
#include <string_view>
#include <sys/klog.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wd {
namespace {

void add(SystemTrail& out, const std::string& source, std::string_view text) {
    out.read.push_back(source);
    for (AuditDenial& d : parseAuditTrail(text)) {
        d.source = source;
        out.denials.push_back(std::move(d));
    }
}

// Enough for a busy host's last ten minutes of audit records; a larger trail is cut at the front.
constexpr size_t kMaxTrail = 8U << 20;
// Records more than this long before the error are not read: matchAuditDenials trusts them less anyway.
constexpr double kBefore = 3600, kAfter = 60;
constexpr const char* kAuditLog = "/var/log/audit/audit.log";

std::string epoch(double t) { return "@" + std::to_string(static_cast<long long>(std::floor(t))); }

void readJournal(const SystemTrailSources& from, double around, SystemTrail& out, bool& journalHadEntries) {
    if (from.journalctl.empty()) return;
    const double now = static_cast<double>(std::time(nullptr));
    const double at = around > 0 ? around : now;
    // Audit records (auditd absent or not) and kernel lines (AppArmor's and Landlock's when no
    // auditd takes them), read through journalctl's own indexes, never the journal files.
    const auto r = posix::runCapture({from.journalctl, "--no-pager", "--quiet", "-o", "export", "--since", epoch(at - kBefore),
                                      "--until", epoch(at + kAfter), "_TRANSPORT=audit", "+", "_TRANSPORT=kernel"},
                                     5000, kMaxTrail);
    if (!r.started) return;  // no journalctl: a system without journald
    if (r.timedOut) {
        out.unread.push_back(Message(WD_TR("journald did not answer within 5 s; its audit records were not read.")));
        return;
    }
    journalHadEntries = !r.out.empty();
    if (!r.out.empty()) {
        add(out, "journald", r.out);
    }
    // journalctl says so on standard error when it showed only this user's own entries.
    if (r.err.find("not seeing messages from other users and the system") != std::string::npos)
        out.unread.push_back(Message(WD_TR("journald shows the system's audit records only to root and the groups adm and "
                                           "systemd-journal. To read them: %1"),
                                     {"sudo journalctl -o export _TRANSPORT=audit + _TRANSPORT=kernel --since -1h > trail.txt; "
                                      "whydenied-cli explain --audit-log trail.txt …"}));
}

void readAuditLog(const SystemTrailSources& from, SystemTrail& out) {
    if (from.auditLog.empty()) return;
    const auto text = readAuditLogTail(from.auditLog);
    if (!text) {
        if (errno == EACCES || errno == EPERM)
            out.unread.push_back(Message(WD_TR("%1 is readable only by root. To read it: %2"),
                                         {from.auditLog, "sudo ausearch -m avc,user_avc,selinux_err,apparmor,landlock_access "
                                                         "-ts recent --raw > trail.log; whydenied-cli explain --audit-log "
                                                         "trail.log …"}));
        return;  // ENOENT: no auditd here, and journald or the kernel log has the records
    }
    add(out, from.auditLog, *text);
}

// The ring buffer, where AppArmor and Landlock write when neither auditd nor journald takes them.
void readKernelRing(SystemTrail& out) {
    auto refused = [&] {
        if (errno == EPERM)
            out.unread.push_back(Message(WD_TR("The kernel log is readable only by root here (dmesg_restrict). To read it: %1"),
                                         {"sudo dmesg > trail.log; whydenied-cli explain --audit-log trail.log …"}));
    };
    const int size = klogctl(10 /* SYSLOG_ACTION_SIZE_BUFFER */, nullptr, 0);
    if (size <= 0) return refused();
    std::string buf(static_cast<size_t>(size), '\0');
    const int n = klogctl(3 /* SYSLOG_ACTION_READ_ALL */, buf.data(), size);
    if (n < 0) return refused();
    buf.resize(static_cast<size_t>(n));
    add(out, "kernel log", buf);
}

}  // namespace

std::optional<std::string> readAuditLogTail(const std::string& file) {
    const sys::Fd held(open(file.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
    const int fd = held.get();
    if (fd < 0) return std::nullopt;
    struct stat st{};
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        errno = EINVAL;
        return std::nullopt;
    }
    const off_t start = st.st_size > static_cast<off_t>(kMaxTrail) ? st.st_size - static_cast<off_t>(kMaxTrail) : 0;
    std::string text(static_cast<size_t>(st.st_size - start), '\0');
    size_t got = 0;
    while (got < text.size()) {
        const ssize_t n = pread(fd, text.data() + got, text.size() - got, start + static_cast<off_t>(got));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        got += static_cast<size_t>(n);
    }
    text.resize(got);
    if (start > 0) {
        const size_t nl = text.find('\n');
        text.erase(0, nl == std::string::npos ? text.size() : nl + 1);
    }
    return text;
}

AdminAuditRead readAuditLogAsAdministrator(const std::string& path, double when, const std::string& helperPath) {
    AdminAuditRead r;
    if (geteuid() == 0) {
        // Root reads it itself, with the same filter the helper applies for a person.
        const auto text = readAuditLogTail(kAuditLog);
        struct stat st{};
        if (!text)
            r.error = std::string(kAuditLog) + ": " + std::strerror(errno);
        else
            r.lines = auditLinesFor(*text, path, lstat(path.c_str(), &st) == 0 ? st.st_ino : 0, when);
        return r;
    }
    std::vector<std::pair<std::string, std::string>> opts = {{"path", path}};
    if (when > 0) opts.emplace_back("at", std::to_string(static_cast<long long>(when)));
    posix::RunResult run;
    // pkexec waits for the person at the password prompt: give them time, not forever.
    if (fix::runHelperWithPkexec(fix::helperRequest("audit-log", opts), helperPath, 300000, kMaxTrail, run, r.said))
        r.lines = run.out;
    else
        r.error = r.said.english();
    return r;
}

SystemTrail readSystemTrail(const SystemTrailSources& from, double around) {
    SystemTrail out;
    bool journalHadEntries = false;
    readJournal(from, around, out, journalHadEntries);
    readAuditLog(from, out);
    if (from.kernelRing && !journalHadEntries) readKernelRing(out);
    return out;
}

}  // namespace wd
