// SPDX-License-Identifier: GPL-3.0-or-later
// The macOS probe: walks the path like the Linux one (lstat per component, symlinks expanded in
// place), reads each node's flags, xattrs and extended ACL, asks the kernel with faccessat and a
// non-blocking open, then the TCC/SIP/sandbox facts that explain an EPERM. Never modifies anything,
// never opens a FIFO or a device.
#ifdef __APPLE__

#include "probe/macos/probe.h"

#include "probe/posix/identity.h"
#include "probe/posix/walk.h"
#include "rules/support/macos.h"
#include "whydenied/diagnose.h"
#include "whydenied/subject.h"

#include <cerrno>
#include <climits>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/param.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wd {
namespace {

constexpr int kMaxSymlinks = 32;  // MAXSYMLINKS in <sys/param.h>

using posix::parentOf;
using posix::typeOf;

// faccessat(2) with AT_EACCESS answers for the effective ids, consulting the mode bits, the
// extended ACL, the file flags and the MAC policies the kernel applies at access time.
int kernelAccess(const std::string& path, int mode) {
    return faccessat(AT_FDCWD, path.c_str(), mode, AT_EACCESS) == 0 ? 0 : errno;
}

// statfs(2) on the node: f_mntonname names its volume; f_flags carries MNT_RDONLY, MNT_NOEXEC,
// MNT_NOSUID, MNT_LOCAL (absent on network volumes) and MNT_REMOVABLE.
int mountIndex(Facts& f, const std::string& path) {
    struct statfs sfs{};
    if (statfs(path.c_str(), &sfs) != 0) return -1;
    for (size_t i = 0; i < f.mounts.size(); ++i)
        if (f.mounts[i].mountPoint == sfs.f_mntonname) return static_cast<int>(i);
    MountFacts m;
    m.id = static_cast<int>(f.mounts.size());
    m.mountPoint = sfs.f_mntonname;
    m.fsType = sfs.f_fstypename;
    m.source = sfs.f_mntfromname;
    m.readOnly = sfs.f_flags & MNT_RDONLY;
    m.noexec = sfs.f_flags & MNT_NOEXEC;
    m.nosuid = sfs.f_flags & MNT_NOSUID;
    std::string opts = m.readOnly ? "ro" : "rw";
    if (m.noexec) opts += ",noexec";
    if (m.nosuid) opts += ",nosuid";
    if (sfs.f_flags & MNT_LOCAL) opts += ",local";
#ifdef MNT_REMOVABLE
    if (sfs.f_flags & MNT_REMOVABLE) opts += ",removable";
#endif
    if (sfs.f_flags & MNT_QUARANTINE) opts += ",quarantine";
    m.options = opts;
    f.mounts.push_back(m);
    return m.id;
}

class MacProbe final : public Probe {
public:
    Facts gather(const DiagnoseRequest& req, const CancelToken* cancel, const ProgressFn& progress) override;

private:
    void inspect(Facts& f, Node& n);
    void walk(Facts& f, const CancelToken* cancel, const ProgressFn& progress);
    void askKernel(Facts& f);
};

// lstat(2): the component itself, not what a symlink points to.
void MacProbe::inspect(Facts& f, Node& n) {
    struct stat st{};
    if (lstat(n.path.c_str(), &st) != 0) {
        n.statErrno = errno;
        n.exists = errno != ENOENT && errno != ENOTDIR;
        return;
    }
    n.type = typeOf(st.st_mode);
    n.mode = st.st_mode & 07777U;
    n.uid = st.st_uid;
    n.gid = st.st_gid;
    n.dev = static_cast<uint64_t>(st.st_dev);
    n.ino = st.st_ino;
    n.owner = posix::userName(n.uid);
    n.group = posix::groupName(n.gid);
    if (n.type != NodeType::Symlink) {
        n.mount = mountIndex(f, n.path);
        if (n.mount >= 0) n.mountPoint = f.mounts[static_cast<size_t>(n.mount)].mountPoint == n.path;
    }
    macos_probe::readNodeExtras(n, f.identity);
}

void MacProbe::walk(Facts& f, const CancelToken* cancel, const ProgressFn& progress) {
    posix::walkChain(f, [&](Node& n) { inspect(f, n); }, kMaxSymlinks, cancel, progress);
}

// The errno is the discriminator the rules use: EACCES from the mode bits and ACLs, EPERM from
// file flags, SIP, TCC and the sandbox. TCC and the sandbox act at open(2), so a non-blocking open
// of a regular file or folder (never truncating, never creating) follows the access check.
void MacProbe::askKernel(Facts& f) {
    const Node* t = f.targetNode();
    const Node* p = f.parentNode();
    const Needs needs = needsFor(f.op, t && t->isDir());
    auto modeOf = [](unsigned bits) {
        return ((bits & PermRead) ? R_OK : 0) | ((bits & PermWrite) ? W_OK : 0) | ((bits & PermExec) ? X_OK : 0);
    };
    auto ask = [&](const std::string& path, unsigned bits) {
        KernelCheck c = callCheck("faccessat(" + permString(bits) + ")", path, kernelAccess(path, modeOf(bits)));
        f.checks.push_back(c);
        return c;
    };
    posix::findFirstUntraversable(f, kernelAccess);
    if (f.symlinkLoop) {
        f.verdict = askedCheck(WD_TR("path resolution"), ELOOP);
        return;
    }
    if (needs.onParent) {
        if (!p) {
            f.verdict = callCheck("faccessat(F_OK)", parentOf(f.absolute), kernelAccess(parentOf(f.absolute), F_OK));
            if (f.verdict.err == 0) f.verdict.err = ENOENT;
            return;
        }
        f.verdict = ask(p->path, needs.onParent);
        if (f.verdict.err || f.op == Operation::Create || !t) return;
        // unlink/rename beyond the folder's bits: the sticky rule, the object's flags and an ACL
        // entry denying `delete` on it. Nothing asks this without deleting, so it is computed.
        f.verdictComputed = true;
        const bool root = f.identity.euid == 0;
        if (p->sticky() && t->uid != f.identity.euid && p->uid != f.identity.euid && !root)
            f.verdict = computedCheck(WD_TR("sticky directory rule"), EPERM);
        else if (t->immutable || t->appendOnly || p->appendOnly)
            f.verdict = computedCheck(WD_TR("immutable/append-only flag"), EPERM);
        else if (!root && mac::denyingEntry(*t, mac::kAclDelete))
            f.verdict = computedCheck(WD_TR("ACL entry denying delete"), EACCES);
        f.checks.push_back(f.verdict);
        return;
    }
    if (f.op == Operation::Chmod || f.op == Operation::Chown) {
        f.verdict = callCheck("faccessat(F_OK)", t ? t->path : f.absolute, kernelAccess(t ? t->path : f.absolute, F_OK));
        if (f.verdict.err || !t) return;
        f.verdictComputed = true;
        if (f.op == Operation::Chmod && t->uid != f.identity.euid && f.identity.euid != 0)
            f.verdict = computedCheck(WD_TR("only the owner may chmod"), EPERM);
        else if (f.op == Operation::Chown && f.identity.euid != 0)
            f.verdict = computedCheck(WD_TR("changing the owner needs root"), EPERM);
        else if (t->immutable || t->appendOnly)
            f.verdict = computedCheck(WD_TR("immutable/append-only flag"), EPERM);
        f.checks.push_back(f.verdict);
        return;
    }
    f.verdict = ask(t ? t->path : f.absolute, needs.onTarget);
    if (f.verdict.err || !t) return;
    if (t->type == NodeType::Directory && f.op == Operation::Write) {
        f.verdict = askedCheck(WD_TR("open(O_WRONLY) of a directory"), EISDIR);
        f.checks.push_back(f.verdict);
        return;
    }
    if (const int flags = posix::openFlagsFor(f.op, t->type); flags >= 0) posix::askOpen(f, *t, flags);
}

Facts MacProbe::gather(const DiagnoseRequest& req, const CancelToken* cancel, const ProgressFn& progress) {
    Facts f = posix::startFacts(Platform::MacOS, req);
    if (progress) progress(5, "identity");
    // Another subject needs the Linux-style switch; until the macOS side exists, say so.
    if (!req.subject.empty()) {
        Message error;
        auto s = parseSubject(req.subject, &error);
        if (!s || !s->isMe()) {
            f.errorSaid = s ? Message(WD_TR("Checking for another user or process is not supported on macOS yet.")) : error;
            f.error = f.errorSaid.english();
            return f;
        }
    }
    f.identity = posix::currentIdentity();
    // No capability sets on macOS: root passes the permission checks, nobody else does.
    f.identity.capsKnown = true;
    f.identity.capEffective = f.identity.euid == 0 ? ~uint64_t{0} : 0;
    if (posix::refuseTooLong(f)) return f;
    walk(f, cancel, progress);
    if (cancel && cancel->cancelled()) return f;
    posix::locateTarget(f);
    if (progress) progress(70, "asking the kernel");
    askKernel(f);
    macos_probe::readPolicy(f);
    posix::findHoldersWhenTheyMatter(f, req, cancel, progress);
    if (progress) progress(90, "judging");
    return f;
}

}  // namespace

std::unique_ptr<Probe> makeSystemProbe() { return std::make_unique<MacProbe>(); }

}  // namespace wd

#endif  // __APPLE__
