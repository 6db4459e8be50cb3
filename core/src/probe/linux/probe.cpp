// SPDX-License-Identifier: GPL-3.0-or-later
// The Linux probe: walks the path like `namei -l`, reads every node's owner, mode, ACL, flags and
// mount, then asks the kernel itself whether the operation would work. It never modifies anything
// and never opens a FIFO or a device (opening those can block or have side effects).
#include "platform/linux/fd.h"
#include "probe/linux/acl_entries.h"
#include "probe/linux/kernel_answer.h"
#include "probe/linux/lsm_policy.h"
#include "probe/linux/mountinfo.h"
#include "probe/posix/identity.h"
#include "probe/posix/walk.h"
#include "whydenied/diagnose.h"
#include "whydenied/subject.h"

#include <acl/libacl.h>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <deque>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <linux/fs.h>
#include <sys/acl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/xattr.h>
#include <unistd.h>
#include <sys/wait.h>
#include <grp.h>
#include <iterator>

namespace wd {
namespace {

using linux_probe::MountEntry;

constexpr int kMaxSymlinks = 40;  // the kernel's own limit (MAXSYMLINKS)

// faccessat2 with AT_EACCESS is the kernel answering for the effective ids. Older glibc emulated
// AT_EACCESS in user space from stat() bits, which misses ACLs, LSMs and mount flags, so the
// syscall is called directly and the emulation used only where the kernel predates it (< 5.8).
int kernelAccess(const std::string& path, int mode) {
#ifdef SYS_faccessat2
    if (syscall(SYS_faccessat2, AT_FDCWD, path.c_str(), mode, AT_EACCESS) == 0) return 0;
    if (errno != ENOSYS) return errno;
#endif
    return faccessat(AT_FDCWD, path.c_str(), mode, AT_EACCESS) == 0 ? 0 : errno;
}

using posix::parentOf;
using posix::typeOf;

void readAcl(Node& n) {
    acl_t acl = acl_get_file(n.path.c_str(), ACL_TYPE_ACCESS);
    if (!acl) {
        // No ACL support on this filesystem (/proc, tmpfs without acl …): the mode bits decide.
        n.aclKnown = errno == ENOTSUP || errno == ENODATA;
        n.aclSupported = errno != ENOTSUP && errno != EOPNOTSUPP;
        return;
    }
    n.aclKnown = true;
    mode_t equiv = 0;
    if (acl_equiv_mode(acl, &equiv) != 0)  // != 0: the ACL says more than the mode bits
        n.acl = linux_probe::aclEntries(acl, true);
    acl_free(acl);
}

// Immutable/append-only: statx reports them without opening the file where the filesystem says
// it can (stx_attributes_mask); otherwise FS_IOC_GETFLAGS, but only on regular files and
// directories, opened non-blocking and without following a symlink swapped in meanwhile.
void readFlags(Node& n, const struct statx& sx) {
    if (sx.stx_attributes_mask & STATX_ATTR_IMMUTABLE) {
        n.flagsKnown = true;
        n.immutable = sx.stx_attributes & STATX_ATTR_IMMUTABLE;
        n.appendOnly = sx.stx_attributes & STATX_ATTR_APPEND;
        return;
    }
    if (n.type != NodeType::Regular && n.type != NodeType::Directory) return;
    const sys::Fd fd(open(n.path.c_str(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC));
    if (!fd.ok()) return;
    struct stat st{};
    int flags = 0;
    if (fstat(fd.get(), &st) == 0 && st.st_ino == n.ino && ioctl(fd.get(), FS_IOC_GETFLAGS, &flags) == 0) {
        n.flagsKnown = true;
        n.immutable = flags & FS_IMMUTABLE_FL;
        n.appendOnly = flags & FS_APPEND_FL;
    }
}

class LinuxProbe final : public Probe {
public:
    Facts gather(const DiagnoseRequest& req, const CancelToken* cancel, const ProgressFn& progress) override;

private:
    Facts gatherOnce(const DiagnoseRequest& req, const CancelToken* cancel, const ProgressFn& progress);
    void walk(Facts& f, const CancelToken* cancel, const ProgressFn& progress);
    void inspect(Facts& f, Node& n, const std::vector<MountEntry>& mounts);
    void askKernel(Facts& f);
    bool resolveIdentity(const DiagnoseRequest& req, Facts& f);
    void scanGitRepository(Facts& f, const ErrorContext& context);
    void askKernelAs(Facts& f, bool allowSwitch);
    void readLsm(Facts& f);
    int mountIndex(Facts& f, const MountEntry& m);
};

int LinuxProbe::mountIndex(Facts& f, const MountEntry& m) {
    for (size_t i = 0; i < f.mounts.size(); ++i)
        if (f.mounts[i].id == m.id) return static_cast<int>(i);
    f.mounts.push_back(m.facts);
    return static_cast<int>(f.mounts.size() - 1);
}

void LinuxProbe::inspect(Facts& f, Node& n, const std::vector<MountEntry>& mounts) {
    struct statx sx{};
    if (statx(AT_FDCWD, n.path.c_str(), AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT,
              STATX_BASIC_STATS | STATX_MNT_ID, &sx) != 0) {
        n.statErrno = errno;
        n.exists = errno != ENOENT && errno != ENOTDIR;
        return;
    }
    n.type = typeOf(sx.stx_mode);
    n.mode = sx.stx_mode & 07777U;
    n.uid = sx.stx_uid;
    n.gid = sx.stx_gid;
    n.dev = sys::devOf(sx);
    n.ino = sx.stx_ino;
    n.owner = posix::userName(n.uid);
    n.group = posix::groupName(n.gid);

    const MountEntry* m = nullptr;
    if (sx.stx_mask & STATX_MNT_ID)
        for (const auto& e : mounts)
            if (static_cast<uint64_t>(e.id) == sx.stx_mnt_id) m = &e;
    if (!m) m = linux_probe::mountForPath(mounts, n.path);
    if (m) {
        n.mount = mountIndex(f, *m);
        n.mountPoint = n.path == m->facts.mountPoint;
    }
    if (n.type != NodeType::Symlink) {
        readAcl(n);
        readFlags(n, sx);
    }
}

void LinuxProbe::walk(Facts& f, const CancelToken* cancel, const ProgressFn& progress) {
    const auto mounts = linux_probe::readMountInfo();
    posix::walkChain(f, [&](Node& n) { inspect(f, n, mounts); }, kMaxSymlinks, cancel, progress);
}

void LinuxProbe::askKernel(Facts& f) {
    const Node* t = f.targetNode();
    const Node* p = f.parentNode();
    const Needs needs = needsFor(f.op, t && t->isDir());
    auto ask = [&](const std::string& what, const std::string& path, int mode) {
        KernelCheck c = callCheck(what, path, kernelAccess(path, mode));
        f.checks.push_back(c);
        return c;
    };
    auto modeOf = [](unsigned bits) {
        return ((bits & PermRead) ? R_OK : 0) | ((bits & PermWrite) ? W_OK : 0) | ((bits & PermExec) ? X_OK : 0);
    };
    auto accessName = [](unsigned bits) { return "faccessat(" + permString(bits) + ")"; };

    posix::findFirstUntraversable(f, kernelAccess);

    if (f.symlinkLoop) {
        f.verdict = askedCheck(WD_TR("path resolution"), ELOOP);
        return;
    }
    if (needs.onParent) {
        if (!p) {
            // The containing directory itself is missing or hidden: ask for it to get the errno.
            f.verdict = ask("faccessat(F_OK)", parentOf(f.absolute), F_OK);
            if (f.verdict.err == 0) f.verdict.err = ENOENT;
            return;
        }
        f.verdict = ask(accessName(needs.onParent), p->path, modeOf(needs.onParent));
        if (f.verdict.err) return;
        if (f.op == Operation::Create) return;
        if (!t) {
            f.verdict = ask("faccessat(F_OK)", f.absolute, F_OK);
            return;
        }
        // unlink/rename permission beyond the directory bits (may_delete in fs/namei.c): the sticky
        // rule and the target's own flags. There is no non-destructive way to ask, so compute it.
        f.verdictComputed = true;
        const bool fowner = f.identity.hasCap(3 /*CAP_FOWNER*/);
        if (p->sticky() && t->uid != f.identity.euid && p->uid != f.identity.euid && !fowner) {
            f.verdict = computedCheck(WD_TR("sticky directory rule"), EPERM);
        } else if (t->immutable || t->appendOnly || p->appendOnly) {
            f.verdict = computedCheck(WD_TR("immutable/append-only flag"), EPERM);
        }
        f.checks.push_back(f.verdict);
        return;
    }

    const std::string target = t ? t->path : f.absolute;
    if (f.op == Operation::Chmod || f.op == Operation::Chown) {
        f.verdict = ask("faccessat(F_OK)", target, F_OK);
        if (f.verdict.err || !t) return;
        f.verdictComputed = true;
        const bool owner = t->uid == f.identity.euid;
        if (f.op == Operation::Chmod && !owner && !f.identity.hasCap(3 /*CAP_FOWNER*/))
            f.verdict = computedCheck(WD_TR("only the owner may chmod"), EPERM);
        else if (f.op == Operation::Chown && !f.identity.hasCap(0 /*CAP_CHOWN*/))
            f.verdict = computedCheck(WD_TR("changing the owner needs CAP_CHOWN"), EPERM);
        else if (t->immutable || t->appendOnly)
            f.verdict = computedCheck(WD_TR("immutable/append-only flag"), EPERM);
        else if (t->mount >= 0 && f.mounts[static_cast<size_t>(t->mount)].readOnly)
            f.verdict = computedCheck(WD_TR("read-only mount"), EROFS);
        f.checks.push_back(f.verdict);
        return;
    }

    f.verdict = ask(accessName(needs.onTarget), target, modeOf(needs.onTarget));
    if (f.verdict.err || !t) return;

    // What access(2) cannot see: append-only (checked at open), AppArmor (path-based, at open),
    // EISDIR. Only regular files and directories are opened, non-blocking, never truncated.
    if (t->type == NodeType::Directory && (f.op == Operation::Write || f.op == Operation::Execute)) {
        // Writing to a directory as if it were a file fails with EISDIR; execve() of one with EACCES.
        const int err = f.op == Operation::Write ? EISDIR : EACCES;
        f.verdict = askedCheck(f.op == Operation::Write ? WD_TR("open(O_WRONLY) of a directory")
                                                        : WD_TR("execve() of a directory"),
                               err);
        f.verdictComputed = f.op == Operation::Execute;
        f.checks.push_back(f.verdict);
        return;
    }
    int flags = posix::openFlagsFor(f.op, t->type);
    // Opening a file in /proc or /sys can have side effects; access(2) already answered there.
    static constexpr std::string_view kPseudo[] = {"proc", "sysfs", "debugfs", "tracefs", "securityfs"};
    if (t->mount >= 0) {
        const std::string& fs = f.mounts[static_cast<size_t>(t->mount)].fsType;
        for (auto k : kPseudo)
            if (fs == k) flags = -1;
    }
    if (flags >= 0) posix::askOpen(f, *t, flags);
}

// SELinux's enforce flag, AppArmor's enabled flag and the target's SELinux label are read once
// here, for both Facts::lsm and the security-module facts (readModules adds the rest).
void LinuxProbe::readLsm(Facts& f) {
    SecurityModuleFacts& m = f.modules;
    std::ifstream enforce("/sys/fs/selinux/enforce");
    int e = 0;
    if (enforce >> e) {
        f.lsm.selinuxEnabled = true;
        f.lsm.selinuxEnforcing = e == 1;
        m.selinuxEnforce = e == 1 ? 1 : 0;
    }
    std::ifstream aa("/sys/module/apparmor/parameters/enabled");
    std::string y;
    if (aa >> y) {
        f.lsm.apparmorEnabled = y == "Y";
        m.apparmorEnabled = y == "Y" ? 1 : 0;
    }
    std::ifstream cur("/proc/self/attr/current");
    std::getline(cur, f.lsm.processLabel);
    if (const Node* t = f.targetNode(); t && f.lsm.selinuxEnabled) {
        char buf[256];
        const ssize_t n = lgetxattr(t->path.c_str(), "security.selinux", buf, sizeof buf - 1);
        if (n > 0) f.lsm.targetLabel.assign(buf, static_cast<size_t>(n) - (buf[n - 1] == '\0' ? 1 : 0));
        m.fileLabel = f.lsm.targetLabel;
    }
}

std::string firstLine(const std::string& path) {
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    while (!line.empty() && (line.back() == '\0' || line.back() == '\n' || line.back() == ' ')) line.pop_back();
    return line;
}

// "snap.firefox.firefox" (a profile) or ".../snap.firefox.firefox-1234.scope" (a cgroup): "firefox".
std::string snapNameIn(const std::string& text) {
    size_t at = text.find("snap.");
    while (at != std::string::npos && at > 0 && text[at - 1] != '/' && text[at - 1] != '\n' && text[at - 1] != ':')
        at = text.find("snap.", at + 1);
    if (at == std::string::npos) return {};
    const size_t start = at + 5, dot = text.find('.', start);
    if (dot == std::string::npos || dot == start) return {};
    return text.substr(start, dot - start);
}

// Which modules are active and what they call the subject; readLsm, which runs first, has read
// SELinux's and AppArmor's flags and the file's label. securityfs is read only where it is already
// mounted: mounting anything is not ours to do.
void readModules(Facts& f) {
    SecurityModuleFacts& m = f.modules;
    if (std::ifstream lsm("/sys/kernel/security/lsm"); lsm) {
        m.lsmListKnown = true;
        std::string name;
        while (std::getline(lsm, name, ','))
            if (!name.empty() && name != "\n") m.lsmList.push_back(name.substr(0, name.find('\n')));
    }
    const std::string proc = f.subject.pid > 0 ? "/proc/" + std::to_string(f.subject.pid) : "/proc/self";
    m.subjectLabel = firstLine(proc + "/attr/current");
    m.apparmorLabel = firstLine(proc + "/attr/apparmor/current");
    linux_probe::askSecurityPolicy(f);
}

// A process subject's sandbox signals. A kernel check in a child of ours does not carry them.
void readSandbox(Facts& f) {
    if (f.subject.pid <= 0) return;
    const std::string proc = "/proc/" + std::to_string(f.subject.pid);
    std::ifstream status(proc + "/status");
    if (!status) return;
    SandboxFacts& s = f.sandbox;
    s.known = true;
    std::string line;
    while (std::getline(status, line)) {
        const size_t colon = line.find(':');
        if (colon == std::string::npos) continue;
        const std::string key = line.substr(0, colon);
        const int value = std::atoi(line.c_str() + colon + 1);
        if (key == "NoNewPrivs") s.noNewPrivs = value == 1;
        else if (key == "Seccomp") s.seccomp = value;
        else if (key == "Seccomp_filters") s.seccompFilters = value;
        else if (key.rfind("Landlock", 0) == 0) s.landlockField = true;
    }
    std::ifstream cgroup(proc + "/cgroup");
    std::string cg((std::istreambuf_iterator<char>(cgroup)), std::istreambuf_iterator<char>());
    s.snap = snapNameIn(cg);
    if (s.snap.empty()) s.snap = snapNameIn(f.modules.apparmorLabel.empty() ? f.modules.subjectLabel : f.modules.apparmorLabel);
    // /proc/PID/root reaches into the process's own root, where Flatpak puts its marker.
    if (std::ifstream info(proc + "/root/.flatpak-info"); info) {
        s.flatpak = true;
        bool application = false;
        while (std::getline(info, line)) {
            if (!line.empty() && line.front() == '[') application = line == "[Application]";
            else if (application && line.rfind("name=", 0) == 0) s.flatpakApp = line.substr(5);
        }
    }
    if (s.seccomp == 2 && !s.confines())
        f.notes.emplace_back(WD_TR("The process runs under a seccomp filter (%1): it limits which system calls it may "
                                   "make; file access is still as checked here."),
                             std::vector<std::string>{std::to_string(s.seccompFilters)});
}

// git's permission errors after a `sudo git …` come from files it left behind owned by root. When
// the message is git's, count the entries of the repository owned by someone else (bounded: a
// huge checkout must not stall the diagnosis) so the rule can name them.
void LinuxProbe::scanGitRepository(Facts& f, const ErrorContext& context) {
    if (context.program != "git" && context.message.find(".git") == std::string::npos) return;
    std::string top;
    for (std::string dir = f.absolute; dir.size() > 1; dir = parentOf(dir)) {
        struct stat st{};
        if (dir.size() >= 5 && dir.compare(dir.size() - 5, 5, "/.git") == 0) {
            top = parentOf(dir);
            break;
        }
        if (lstat((dir + "/.git").c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
            top = dir;
            break;
        }
    }
    if (top.empty()) return;
    constexpr int kMaxEntries = 50000;
    constexpr size_t kSamples = 5;
    f.foreignScanDone = true;
    f.foreignScanRoot = top;
    std::error_code ec;
    int seen = 0;
    for (auto it = std::filesystem::recursive_directory_iterator(
             top, std::filesystem::directory_options::skip_permission_denied, ec);
         !ec && it != std::filesystem::recursive_directory_iterator() && seen < kMaxEntries; it.increment(ec), ++seen) {
        struct stat st{};
        if (lstat(it->path().c_str(), &st) != 0 || st.st_uid == f.identity.euid) continue;
        ++f.foreignOwnedCount;
        if (f.foreignOwnedSamples.size() < kSamples) f.foreignOwnedSamples.push_back(it->path().string());
    }
    if (seen >= kMaxEntries)
        f.notes.emplace_back(WD_TR("Only the first %1 entries of %2 were checked for other owners."),
                             std::vector<std::string>{std::to_string(kMaxEntries), top});
}

bool LinuxProbe::resolveIdentity(const DiagnoseRequest& req, Facts& f) {
    if (req.subject.empty()) {
        f.identity = posix::currentIdentity();
        return true;
    }
    Message error;
    if (auto s = parseSubject(req.subject, &error)) {
        f.subject = std::move(*s);
        if (f.subject.isMe()) {
            f.identity = posix::currentIdentity();
            return true;
        }
        if (resolveSubject(f.subject, f.identity, &error)) {
            f.notes.insert(f.notes.end(), f.subject.notes.begin(), f.subject.notes.end());
            return true;
        }
    }
    f.error = error.english();
    f.errorSaid = std::move(error);
    return false;
}

// Asks the kernel as the subject: a child process takes the subject's groups, gid and uid and
// asks the same questions we ask for ourselves. Only root may switch; a subject with some but not
// all capabilities cannot be reproduced by switching ids, so then the verdict is computed.
void LinuxProbe::askKernelAs(Facts& f, bool allowSwitch) {
    const Identity& who = f.identity;
    const bool plainCaps = who.capsKnown && (who.capEffective == 0 || (who.euid == 0 && who.hasCap(1) && who.hasCap(2)));
    if (!allowSwitch || geteuid() != 0 || !plainCaps) {
        if (allowSwitch && geteuid() != 0)
            f.notes.emplace_back(WD_TR("Only root can ask the kernel as another user; this verdict is computed from the facts."));
        computeVerdict(f);
        // Some refusals do not depend on who asks: nobody may write a program while it runs. Our own
        // open for writing (never truncating) tells; any other error of ours says nothing about them.
        const Node* t = f.targetNode();
        if (f.allowed() && f.op == Operation::Write && t && t->type == NodeType::Regular) {
            const sys::Fd fd(open(t->path.c_str(), O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC | O_NOFOLLOW));
            if (!fd.ok() && errno == ETXTBSY) {
                f.verdict = askedCheck(Message(WD_TR("open(O_WRONLY) on %1 (refused to anyone)"), {t->path}), ETXTBSY);
                f.checks.push_back(f.verdict);
            }
        }
        return;
    }
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) {
        computeVerdict(f);
        return;
    }
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        std::vector<gid_t> groups(who.groups.begin(), who.groups.end());
        if (setgroups(groups.size(), groups.data()) != 0 || setresgid(who.egid, who.egid, who.egid) != 0 ||
            setresuid(who.euid, who.euid, who.euid) != 0)
            _exit(3);
        askKernel(f);
        const std::string out = linux_probe::childAnswerText({f.firstUntraversable, f.verdict, f.checks});
        size_t off = 0;
        while (off < out.size()) {
            const ssize_t w = write(fds[1], out.data() + off, out.size() - off);
            if (w <= 0) break;
            off += static_cast<size_t>(w);
        }
        _exit(0);
    }
    close(fds[1]);
    std::string in;
    char buf[4096];
    ssize_t n;
    while (pid > 0 && ((n = read(fds[0], buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR)))
        if (n > 0) in.append(buf, static_cast<size_t>(n));
    close(fds[0]);
    int status = 0;
    if (pid > 0)
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
    auto answer = pid > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0 ? linux_probe::readChildAnswer(in) : std::nullopt;
    if (!answer) {
        f.notes.emplace_back(WD_TR("Could not switch to the subject to ask the kernel; this verdict is computed."));
        computeVerdict(f);
        return;
    }
    f.firstUntraversable = answer->firstUntraversable;
    f.verdict = std::move(answer->verdict);
    f.checks = std::move(answer->checks);
    f.verdictSource = VerdictSource::Kernel;
}

// The path can change while it is checked (a file deleted between the walk and the kernel's answer).
// The facts must describe one moment, so when the kernel no longer finds what the walk saw, walk again.
Facts LinuxProbe::gather(const DiagnoseRequest& req, const CancelToken* cancel, const ProgressFn& progress) {
    Facts f = gatherOnce(req, cancel, progress);
    if (f.verdict.err == ENOENT && f.firstMissing < 0 && !(cancel && cancel->cancelled())) {
        f = gatherOnce(req, cancel, progress);
        f.notes.emplace_back(WD_TR("The path changed while it was being checked; these facts are from a second look."));
    }
    return f;
}

Facts LinuxProbe::gatherOnce(const DiagnoseRequest& req, const CancelToken* cancel, const ProgressFn& progress) {
    Facts f = posix::startFacts(Platform::Linux, req);
    if (progress) progress(5, "identity");
    if (!resolveIdentity(req, f) || posix::refuseTooLong(f)) return f;
    walk(f, cancel, progress);
    if (cancel && cancel->cancelled()) return f;

    posix::locateTarget(f);
    if (req.context.present && !(cancel && cancel->cancelled())) scanGitRepository(f, req.context);
    if (progress) progress(70, "asking the kernel");
    if (f.subject.isMe()) askKernel(f);
    else askKernelAs(f, req.allowSwitch);
    readLsm(f);
    readModules(f);
    readSandbox(f);
    posix::findHoldersWhenTheyMatter(f, req, cancel, progress);
    if (progress) progress(90, "judging");
    return f;
}

}  // namespace

std::unique_ptr<Probe> makeSystemProbe() { return std::make_unique<LinuxProbe>(); }

}  // namespace wd
