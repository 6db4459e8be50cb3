// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/posix/identity.h"

#include <fstream>
#include <grp.h>
#include <pwd.h>
#include <sstream>
#include <unistd.h>
#include <vector>

namespace wd::posix {

std::string userName(uint32_t uid) {
    std::vector<char> buf(16384);
    passwd pw{};
    passwd* res = nullptr;
    if (getpwuid_r(uid, &pw, buf.data(), buf.size(), &res) == 0 && res) return res->pw_name;
    return {};
}

std::string groupName(uint32_t gid) {
    std::vector<char> buf(65536);  // large groups list many members
    group gr{};
    group* res = nullptr;
    if (getgrgid_r(gid, &gr, buf.data(), buf.size(), &res) == 0 && res) return res->gr_name;
    return {};
}

namespace {

void readCapabilities(Identity& id) {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("CapEff:", 0) == 0) {
            std::istringstream(line.substr(7)) >> std::hex >> id.capEffective;
            id.capsKnown = true;
        }
    }
}

}  // namespace

Identity currentIdentity() {
    Identity id;
#ifdef __APPLE__
    // macOS has no getresuid/getresgid; the saved ids do not decide access anyway.
    id.uid = getuid();
    id.euid = geteuid();
    id.gid = getgid();
    id.egid = getegid();
#else
    uid_t r = 0, e = 0, s = 0;
    getresuid(&r, &e, &s);
    id.uid = r;
    id.euid = e;
    gid_t rg = 0, eg = 0, sg = 0;
    getresgid(&rg, &eg, &sg);
    id.gid = rg;
    id.egid = eg;
#endif
    id.userName = userName(id.euid);
    {
        std::vector<char> buf(16384);
        passwd pw{};
        passwd* res = nullptr;
        if (getpwuid_r(id.euid, &pw, buf.data(), buf.size(), &res) == 0 && res && res->pw_dir)
            id.home = res->pw_dir;
    }

    const int n = getgroups(0, nullptr);
    std::vector<gid_t> gs(static_cast<size_t>(n > 0 ? n : 0));
    if (n > 0 && getgroups(n, gs.data()) == n) id.groups.assign(gs.begin(), gs.end());

    // The account database may list groups this login session never picked up (added by
    // `usermod -aG` after login): that is group-membership-not-active.
    if (!id.userName.empty()) {
        int count = 64;
#ifdef __APPLE__
        using GroupId = int;  // macOS declares getgrouplist(const char*, int, int*, int*)
#else
        using GroupId = gid_t;
#endif
        std::vector<GroupId> ag(static_cast<size_t>(count));
        if (getgrouplist(id.userName.c_str(), static_cast<GroupId>(id.egid), ag.data(), &count) < 0) {
            ag.resize(static_cast<size_t>(count));
            getgrouplist(id.userName.c_str(), static_cast<GroupId>(id.egid), ag.data(), &count);
        }
        ag.resize(static_cast<size_t>(count > 0 ? count : 0));
        id.accountGroups.assign(ag.begin(), ag.end());
    }
    for (uint32_t g : id.groups) id.groupNames[g] = groupName(g);
    for (uint32_t g : id.accountGroups) id.groupNames[g] = groupName(g);
    id.groupNames[id.egid] = groupName(id.egid);
    readCapabilities(id);
    return id;
}

}  // namespace wd::posix
