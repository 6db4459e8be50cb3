// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario support: build a real situation in a temp dir, then, as the unprivileged test uid, run
// the diagnosis AND really try the operation, so a test can check that the verdict is the kernel's.
#pragma once

#include "as_user.h"
#include "typed_fixes.h"
#include "whydenied/diagnose.h"
#include "whydenied/errno_name.h"
#include "whydenied/fix.h"
#include "whydenied/plan.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <linux/fs.h>
#include <sstream>
#include <string>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wdtest {

// A temp dir every test uid may enter, removed afterwards (immutable/append-only flags cleared first).
class TempTree {
public:
    TempTree() {
        char tmpl[] = "/tmp/wd-scenario-XXXXXX";
        root_ = mkdtemp(tmpl);
        chmod(root_.c_str(), 0755);
    }
    ~TempTree() {
        std::error_code ec;
        for (auto it = std::filesystem::recursive_directory_iterator(root_, ec);
             !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
            const std::string p = it->path().string();
            if (it->is_symlink(ec)) continue;
            clearFlags(p);
            if (it->is_directory(ec)) chmod(p.c_str(), 0700);
        }
        std::filesystem::remove_all(root_, ec);
    }
    const std::string& path() const { return root_; }
    std::string operator/(const std::string& name) const { return root_ + "/" + name; }

    // Helpers that fail loudly: a scenario that could not be built must not pass by accident.
    std::string file(const std::string& name, mode_t mode, uid_t uid, gid_t gid, const std::string& body = "data\n") {
        const std::string p = *this / name;
        FILE* f = std::fopen(p.c_str(), "w");
        if (!f) throw std::runtime_error("cannot create " + p);
        std::fputs(body.c_str(), f);
        std::fclose(f);
        own(p, mode, uid, gid);
        return p;
    }
    std::string dir(const std::string& name, mode_t mode, uid_t uid, gid_t gid) {
        const std::string p = *this / name;
        if (mkdir(p.c_str(), 0700) != 0) throw std::runtime_error("cannot mkdir " + p);
        own(p, mode, uid, gid);
        return p;
    }
    static void own(const std::string& p, mode_t mode, uid_t uid, gid_t gid) {
        if (isRoot() && lchown(p.c_str(), uid, gid) != 0) throw std::runtime_error("cannot chown " + p);
        if (chmod(p.c_str(), mode) != 0) throw std::runtime_error("cannot chmod " + p);
    }
    // chattr: root only. Returns false where the filesystem does not support the flag.
    static bool setFlag(const std::string& p, int flag) {
        const int fd = open(p.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) return false;
        int flags = 0;
        bool ok = ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
        flags |= flag;
        ok = ok && ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
        close(fd);
        return ok;
    }
    static void clearFlags(const std::string& p) {
        const int fd = open(p.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0) return;
        int flags = 0;
        if (ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0 && (flags & (FS_IMMUTABLE_FL | FS_APPEND_FL))) {
            flags &= ~(FS_IMMUTABLE_FL | FS_APPEND_FL);
            ioctl(fd, FS_IOC_SETFLAGS, &flags);
        }
        close(fd);
    }

private:
    std::string root_;
};

// Really performs `op` on `path` (as the current uid) and returns 0 or the errno. Side effects are
// undone where the operation succeeded (a created file is removed, a rename is reverted).
inline int realTry(const std::string& path, wd::Operation op) {
    using wd::Operation;
    auto err = [](bool ok) { return ok ? 0 : errno; };
    switch (op) {
    case Operation::Read:
    case Operation::Write: {
        const int fd = open(path.c_str(), (op == Operation::Read ? O_RDONLY : O_WRONLY) | O_NONBLOCK | O_NOCTTY |
                                              O_CLOEXEC);
        if (fd < 0) return errno;
        close(fd);
        return 0;
    }
    case Operation::List: {
        DIR* d = opendir(path.c_str());
        if (!d) return errno;
        closedir(d);
        return 0;
    }
    case Operation::Traverse: {
        // Search permission: stat something through the directory.
        struct stat st{};
        return err(stat((path + "/.").c_str(), &st) == 0);
    }
    case Operation::Create: {
        const int fd = open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0644);
        if (fd < 0) return errno;
        close(fd);
        unlink(path.c_str());
        return 0;
    }
    case Operation::Delete: {
        struct stat st{};
        const bool dir = lstat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
        return err((dir ? rmdir(path.c_str()) : unlink(path.c_str())) == 0);
    }
    case Operation::Rename: {
        const std::string to = path + ".renamed";
        if (rename(path.c_str(), to.c_str()) != 0) return errno;
        rename(to.c_str(), path.c_str());
        return 0;
    }
    case Operation::Execute: {
        int fds[2];
        if (pipe2(fds, O_CLOEXEC) != 0) return errno;
        const pid_t pid = fork();
        if (pid == 0) {
            char* argv[] = {const_cast<char*>(path.c_str()), nullptr};
            char* envp[] = {nullptr};
            execve(path.c_str(), argv, envp);
            const int e = errno;
            (void)!write(fds[1], &e, sizeof e);
            _exit(127);
        }
        close(fds[1]);
        int e = 0;
        const bool failed = read(fds[0], &e, sizeof e) == static_cast<ssize_t>(sizeof e);
        close(fds[0]);
        int status = 0;
        waitpid(pid, &status, 0);
        return failed ? e : 0;
    }
    case Operation::Chmod: {
        struct stat st{};
        if (stat(path.c_str(), &st) != 0) return errno;
        return err(chmod(path.c_str(), st.st_mode & 07777) == 0);
    }
    case Operation::Chown: return err(chown(path.c_str(), otherUser().uid, static_cast<gid_t>(-1)) == 0);
    default: return EINVAL;
    }
}

// What a scenario observed, as the test uid.
struct Outcome {
    std::string verdict;     // "allowed" / "denied" / "unknown"
    std::string errnoName;   // the diagnosis's errno
    std::string firstCause;  // "" when no finding
    std::string causes;      // all causes, comma separated
    std::string realErrno;   // what the real attempt returned ("" when it worked)
    std::string error;       // runAs failure
    bool alarm = false;      // some finding with confidence >= 0.5
};

inline std::ostream& operator<<(std::ostream& os, const Outcome& o) {
    return os << "verdict=" << o.verdict << " errno=" << o.errnoName << " real=" << (o.realErrno.empty() ? "ok" : o.realErrno)
              << " causes=[" << o.causes << "]" << (o.error.empty() ? "" : " error=" + o.error);
}

// How a scenario is diagnosed. Self: as the test uid itself (the kernel answers for the caller).
// The subject modes diagnose as root *for* the test user ("--as wdtest"): SubjectKernel asks the
// kernel by switching to the user in a child, SubjectComputed evaluates the rules from the facts.
// All three must agree with what the kernel does when the user really tries.
// FirstFixSimulated diagnoses as SubjectKernel does, then checks the what-if model: the first fix
// the engine can apply, simulated on the facts (wd::simulate), must give the verdict the kernel
// gives once that fix is really applied through the engine (see fixChecks()).
enum class Mode { Self, SubjectKernel, SubjectComputed, FirstFixSimulated };
inline Mode& currentMode() {
    static Mode m = Mode::Self;
    return m;
}

// FirstFixSimulated: one line per diagnosis whose first applicable fix was simulated and applied,
// "OK …" when the model agreed with the kernel, anything else when it did not or the check failed.
inline std::vector<std::string>& fixChecks() {
    static std::vector<std::string> checks;
    return checks;
}

// The account database the subject modes use: the test user "wdtest" with the scenario's groups,
// bind-mounted over /etc/passwd and /etc/group in the child's private mount namespace.
inline void addTestAccount(Creds& c, const std::string& dir, const std::string& home = "/nonexistent") {
    const std::string passwd = dir + "/passwd", group = dir + "/group";
    {
        std::ifstream realPw("/etc/passwd"), realGr("/etc/group");
        std::ofstream pw(passwd), gr(group);
        pw << realPw.rdbuf() << "wdtest:x:" << c.uid << ':' << c.gid << "::" << home << ":/usr/sbin/nologin\n";
        gr << realGr.rdbuf() << "wdtest:x:" << c.gid << ":\n";
        for (gid_t g : c.groups) gr << "wdgroup" << g << ":x:" << g << ":wdtest\n";
    }
    chmod(passwd.c_str(), 0644);
    chmod(group.c_str(), 0644);
    c.binds.insert(c.binds.begin(), {{passwd, "/etc/passwd"}, {group, "/etc/group"}});
}

inline std::string describe(const wd::Diagnosis& d, int real) {
    std::string causes;
    bool alarm = false;
    for (const auto& f : d.findings) {
        causes += (causes.empty() ? "" : ",") + f.cause;
        alarm = alarm || f.confidence >= 0.5;
    }
    std::ostringstream out;
    out << std::string(wd::toString(d.verdict)) << '\n'
        << d.errnoName << '\n'
        << (d.findings.empty() ? "" : d.findings.front().cause) << '\n'
        << causes << '\n'
        << (real ? wd::errnoName(real) : "") << '\n'
        << (alarm ? "1" : "0") << '\n';
    return out.str();
}

inline std::string verdictWords(bool asked, int err) {
    if (!asked) return "unknown";
    return err == 0 ? std::string("allowed") : "denied " + wd::errnoName(err);
}

// As root, in the scenario's account namespace: the first applicable fix of `d` (for the test
// user), simulated, then applied through the engine (as the user when it needs no privilege, else
// by root on the user's behalf), tried for real as the user, and undone. "" when the diagnosis has
// no applicable fix; "OK …" when the model and the kernel agree.
inline std::string checkFirstFix(const wd::Diagnosis& d, const Creds& user, const std::string& path, wd::Operation op) {
    const wd::FixProposal* first = nullptr;
    for (const auto& f : d.findings)
        for (const auto& fx : f.fixes)
            if (!first && !fx.advisory && wd::canApply(fx)) first = &fx;
    if (!first) return "";
    // planFix applies fixes for the caller's own access; the engine below applies this one for the
    // test user (onBehalfOf), so it is planned from the same diagnosis as if it were the user's own.
    wd::Diagnosis own = d;
    own.facts.subject = wd::Subject{};
    const wd::PlanResult pr = wd::planFix(own, first->id);
    if (!pr.plan) return "no plan for " + first->id + ": " + pr.error;
    const wd::FixPlan& plan = *pr.plan;
    const wd::Facts sim = wd::simulate(d.facts, plan);
    const std::string model = verdictWords(sim.verdict.asked, sim.verdict.err);

    char tmpl[] = "/tmp/wd-fixcheck-XXXXXX";
    const std::string journal = mkdtemp(tmpl);
    // The user's own journal for their own fix; root reads only a journal root owns.
    if (plan.privilege == wd::Privilege::None) (void)!chown(journal.c_str(), user.uid, user.gid);
    wd::ApplyOptions o;
    o.journalDir = journal;
    o.rediagnose = false;
    std::string applied;
    if (plan.privilege == wd::Privilege::None) {
        const RunResult r = runAs(user, [&] {
            const wd::FixOutcome out = wd::applyFix(plan, o);
            return out.entry ? "id " + out.entry->id + "\n" + out.entry->path : "! " + out.message;
        });
        applied = r.ok ? r.output : "! " + r.error;
    } else {
        o.onBehalfOf = user.uid;
        const wd::FixOutcome out = wd::applyFix(plan, o);
        applied = out.entry ? "id " + out.entry->id + "\n" + out.entry->path : "! " + out.message;
    }
    if (applied.rfind("id ", 0) != 0) {
        std::filesystem::remove_all(journal);
        return "the engine did not apply " + first->id + ": " + applied;
    }
    const std::string id = applied.substr(3, applied.find('\n') - 3);
    const std::string tried = plan.action == wd::FixAction::Copy ? applied.substr(applied.find('\n') + 1) : path;
    const RunResult real = runAs(user, [&] { return std::to_string(realTry(tried, op)); });
    const std::string kernel = real.ok ? verdictWords(true, std::stoi(real.output)) : "unknown (" + real.error + ")";
    if (plan.privilege == wd::Privilege::None) runAs(user, [&] { return wd::undoFix(id, o).message; });
    else wd::undoFix(id, o);
    std::filesystem::remove_all(journal);
    return (model == kernel ? "OK " : "MISMATCH ") + first->id + " on " + plan.path + ": model " + model +
           ", kernel " + kernel;
}

// Diagnoses first (the real attempt may change things: delete), then tries for real.
inline Outcome diagnoseAs(const Creds& c, const std::string& path, wd::Operation op) {
    const Mode mode = currentMode();
    RunResult r;
    if (mode == Mode::Self) {
        r = runAs(c, [&] {
            wd::DiagnoseRequest req;
            req.path = path;
            req.op = op;
            const wd::Diagnosis d = wd::diagnose(req);
            if (const std::string p = typedFixProblems(d); !p.empty()) return "\x01" + p;
            return describe(d, realTry(path, op));
        });
    } else {
        char tmpl[] = "/tmp/wd-account-XXXXXX";
        const std::string dir = mkdtemp(tmpl);
        Creds asRoot = c;
        asRoot.stayRoot = true;
        // A fix may copy the file to the user's home: give the account a real one then.
        std::string home = "/nonexistent";
        if (mode == Mode::FirstFixSimulated) {
            home = dir + "/home";
            chmod(dir.c_str(), 0755);
            mkdir(home.c_str(), 0700);
            (void)!chown(home.c_str(), c.uid, c.gid);
        }
        addTestAccount(asRoot, dir, home);
        Creds user{c.uid, c.gid, c.groups, {}, {}, false};
        r = runAs(asRoot, [&] {
            wd::DiagnoseRequest req;
            req.path = path;
            req.op = op;
            req.subject = "wdtest";
            req.allowSwitch = mode != Mode::SubjectComputed;
            const wd::Diagnosis d = wd::diagnose(req);
            const bool sourceOk = d.facts.verdictSource ==
                                  (mode != Mode::SubjectComputed ? wd::VerdictSource::Kernel : wd::VerdictSource::Computed);
            if (!d.error.empty()) return "\x01diagnosis error: " + d.error;
            if (!sourceOk) return std::string("\x01wrong verdict source");
            if (const std::string p = typedFixProblems(d); !p.empty()) return "\x01" + p;
            const RunResult real = runAs(user, [&] { return std::to_string(realTry(path, op)); });
            std::string out = describe(d, real.ok ? std::stoi(real.output) : -1);
            if (mode == Mode::FirstFixSimulated) out += checkFirstFix(d, user, path, op) + "\n";
            return out;
        });
        std::filesystem::remove_all(dir);
    }
    if (r.ok && !r.output.empty() && r.output[0] == '\x01') {
        r.ok = false;
        r.error = r.output.substr(1);
    }
    Outcome o;
    if (!r.ok) {
        o.error = r.error;
        return o;
    }
    std::istringstream in(r.output);
    std::string alarm, fixCheck;
    std::getline(in, o.verdict);
    std::getline(in, o.errnoName);
    std::getline(in, o.firstCause);
    std::getline(in, o.causes);
    std::getline(in, o.realErrno);
    std::getline(in, alarm);
    o.alarm = alarm == "1";
    if (mode == Mode::FirstFixSimulated && std::getline(in, fixCheck) && !fixCheck.empty())
        fixChecks().push_back(fixCheck + " (" + path + ", " + std::string(wd::toString(op)) + ")");
    return o;
}

// The diagnosis agrees with the kernel: allowed iff the real attempt worked, same errno otherwise.
inline bool agreesWithKernel(const Outcome& o) {
    if (!o.error.empty()) return false;
    if (o.realErrno.empty()) return o.verdict == "allowed";
    return o.verdict == "denied" && o.errnoName == o.realErrno;
}

}  // namespace wdtest
