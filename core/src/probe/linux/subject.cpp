// SPDX-License-Identifier: GPL-3.0-or-later
// Resolving a subject on Linux: the account database for users, /proc/PID/status for processes
// (the ids the kernel really checks), `systemctl show` for services.
#include "probe/posix/identity.h"
#include "probe/posix/run.h"
#include "whydenied/facts.h"
#include "whydenied/subject.h"

#include <climits>
#include <fstream>
#include <grp.h>
#include <pwd.h>
#include <sstream>
#include <unistd.h>

namespace wd {
namespace {

constexpr uint64_t kAllCaps = (uint64_t{1} << 41) - 1;  // CAP_LAST_CAP 40 (CAP_CHECKPOINT_RESTORE)

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string readLink(const std::string& path) {
    char buf[PATH_MAX];
    const ssize_t n = readlink(path.c_str(), buf, sizeof buf);
    return n > 0 ? std::string(buf, static_cast<size_t>(n)) : std::string();
}

// The groups a fresh login or a service started now would have: the account database's list.
void fillFromAccount(Identity& id, const passwd& pw) {
    id.uid = id.euid = pw.pw_uid;
    id.gid = id.egid = pw.pw_gid;
    id.userName = pw.pw_name;
    id.home = pw.pw_dir ? pw.pw_dir : "";
    int count = 64;
    std::vector<gid_t> groups(static_cast<size_t>(count));
    if (getgrouplist(pw.pw_name, pw.pw_gid, groups.data(), &count) < 0) {
        groups.resize(static_cast<size_t>(count));
        getgrouplist(pw.pw_name, pw.pw_gid, groups.data(), &count);
    }
    groups.resize(static_cast<size_t>(count > 0 ? count : 0));
    id.groups.assign(groups.begin(), groups.end());
    id.accountGroups = id.groups;
}

void nameGroups(Identity& id) {
    for (uint32_t g : id.groups) id.groupNames[g] = posix::groupName(g);
    id.groupNames[id.egid] = posix::groupName(id.egid);
}

bool resolveUser(Subject& s, Identity& id, Message* error) {
    std::vector<char> buf(16384);
    passwd pw{};
    passwd* res = nullptr;
    if (s.name.empty()) getpwuid_r(s.uid, &pw, buf.data(), buf.size(), &res);
    else getpwnam_r(s.name.c_str(), &pw, buf.data(), buf.size(), &res);
    if (res) {
        fillFromAccount(id, pw);
    } else if (s.name.empty()) {
        // A bare uid without an account (a container's user, a deleted account): no groups known.
        id.uid = id.euid = id.gid = id.egid = s.uid;
        s.notes.emplace_back(WD_TR("uid %1 has no account here; its primary group is assumed to be gid %1 and it has "
                                   "no other groups."),
                             std::vector<std::string>{std::to_string(s.uid)});
    } else {
        if (error) *error = Message(WD_TR("no user named '%1'"), {s.name});
        return false;
    }
    id.capsKnown = true;
    id.capEffective = id.euid == 0 ? kAllCaps : 0;
    nameGroups(id);
    s.name = id.userName;
    s.description = (id.userName.empty() ? "uid " + std::to_string(id.euid)
                                         : id.userName + " (uid " + std::to_string(id.euid) + ")");
    return true;
}

std::vector<uint32_t> numbers(std::string_view line) {
    std::vector<uint32_t> out;
    std::istringstream in{std::string(line)};
    uint64_t v = 0;
    while (in >> v) out.push_back(static_cast<uint32_t>(v));
    return out;
}

bool resolveProcess(Subject& s, Identity& id, Message* error) {
    const std::string dir = "/proc/" + std::to_string(s.pid);
    const std::string status = readFile(dir + "/status");
    if (status.empty()) {
        if (error) *error = Message(WD_TR("no process %1 (or it cannot be inspected)"), {std::to_string(s.pid)});
        return false;
    }
    std::istringstream lines(status);
    std::string line, name;
    bool haveIds = false;
    while (std::getline(lines, line)) {
        const size_t colon = line.find(':');
        if (colon == std::string::npos) continue;
        const std::string key = line.substr(0, colon), value = line.substr(colon + 1);
        if (key == "Name") name = value.substr(value.find_first_not_of(" \t"));
        // Real, effective, saved, filesystem. File access is checked with the filesystem ids.
        if (key == "Uid") {
            const auto v = numbers(value);
            if (v.size() == 4) id.uid = v[0], id.euid = v[3], haveIds = true;
        }
        if (key == "Gid") {
            const auto v = numbers(value);
            if (v.size() == 4) id.gid = v[0], id.egid = v[3];
        }
        if (key == "Groups") id.groups = numbers(value);
        if (key == "CapEff") {
            std::istringstream(value) >> std::hex >> id.capEffective;
            id.capsKnown = true;
        }
    }
    if (!haveIds) {
        if (error) *error = Message(WD_TR("cannot read the credentials of process %1"), {std::to_string(s.pid)});
        return false;
    }
    id.userName = posix::userName(id.euid);
    std::vector<char> buf(16384);
    passwd pw{};
    passwd* res = nullptr;
    if (getpwuid_r(id.euid, &pw, buf.data(), buf.size(), &res) == 0 && res) {
        id.home = res->pw_dir ? res->pw_dir : "";
        // What a new login of that user would get: groups added since the process started show here.
        Identity account;
        fillFromAccount(account, pw);
        id.accountGroups = account.accountGroups;
    }
    nameGroups(id);
    if (s.name.empty()) s.name = name;
    s.description = "process " + std::to_string(s.pid) + " " + name + " (" +
                    (id.userName.empty() ? "uid " + std::to_string(id.euid) : id.userName) + ")";
    // Namespaces: a container's process sees its own mounts and maps its own ids.
    const std::string selfMnt = readLink("/proc/self/ns/mnt"), mnt = readLink(dir + "/ns/mnt");
    s.otherMountNamespace = !mnt.empty() && mnt != selfMnt;
    const std::string root = readLink(dir + "/root");
    if (!root.empty() && root != "/") s.root = root;
    const std::string selfUser = readLink("/proc/self/ns/user"), user = readLink(dir + "/ns/user");
    s.uidMap = parseIdMap(readFile(dir + "/uid_map"));
    s.gidMap = parseIdMap(readFile(dir + "/gid_map"));
    s.otherUserNamespace = !user.empty() && user != selfUser && !isIdentityMap(s.uidMap);
    if (s.otherMountNamespace)
        s.notes.push_back(s.root.empty()
                              ? Message(WD_TR("The process has its own mount namespace: paths are checked as this "
                                              "system sees them."))
                              : Message(WD_TR("The process has its own mount namespace and root %1: paths are checked "
                                              "as this system sees them."),
                                        {s.root}));
    return true;
}

bool resolveService(Subject& s, Identity& id, Message* error) {
    const posix::RunResult r =
        posix::runCapture({"systemctl", "show", "--no-pager", "-p", "LoadState", "-p", "User", "-p", "Group", "-p",
                           "SupplementaryGroups", "-p", "DynamicUser", "-p", "MainPID", "--", s.name},
                          5000);
    if (!r.started || r.timedOut || r.status != 0) {
        if (error)
            *error = r.timedOut   ? Message(WD_TR("cannot ask systemd about service %1 (systemctl did not answer)"), {s.name})
                     : r.started ? Message(WD_TR("cannot ask systemd about service %1"), {s.name})
                                 : Message(WD_TR("cannot ask systemd about service %1 (no systemctl here)"), {s.name});
        return false;
    }
    const ServiceIdentity svc = parseSystemctlShow(r.out);
    if (!svc.loaded) {
        if (error) *error = Message(WD_TR("no service named %1"), {s.name});
        return false;
    }
    const std::string unit = s.name;
    if (svc.mainPid > 0) {
        // Running: its process has the real credentials, including groups systemd added.
        s.pid = svc.mainPid;
        if (!resolveProcess(s, id, error)) return false;
        s.name = unit;
        s.description = "service " + unit + " (" + s.description + ")";
        return true;
    }
    if (svc.dynamicUser) {
        if (error) *error = Message(WD_TR("service %1 uses DynamicUser= and is not running: its uid is only chosen at start"), {unit});
        return false;
    }
    Subject user;
    user.kind = Subject::Kind::User;
    user.name = svc.user.empty() ? "root" : svc.user;
    if (!resolveUser(user, id, error)) return false;
    if (!svc.group.empty())
        if (const group* g = getgrnam(svc.group.c_str())) id.gid = id.egid = g->gr_gid;
    for (const auto& extra : svc.supplementaryGroups)
        if (const group* g = getgrnam(extra.c_str())) id.groups.push_back(g->gr_gid);
    nameGroups(id);
    s.description = "service " + unit + " (User=" + user.name + ", not running)";
    return true;
}

}  // namespace

bool resolveSubject(Subject& s, Identity& out, Message* error) {
    switch (s.kind) {
    case Subject::Kind::Me:
        out = posix::currentIdentity();
        s.description = out.userName.empty() ? "uid " + std::to_string(out.euid) : out.userName;
        return true;
    case Subject::Kind::User: return resolveUser(s, out, error);
    case Subject::Kind::Process: return resolveProcess(s, out, error);
    case Subject::Kind::Service: return resolveService(s, out, error);
    }
    return false;
}

}  // namespace wd
