// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-built facts for rule tests: a path chain, an identity and the kernel's answer, written the
// way a probe on any platform would report them. No file system is touched.
#pragma once

#include "typed_fixes.h"
#include "whydenied/diagnose.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <string>

namespace wdtest {

class FactsBuilder {
public:
    explicit FactsBuilder(wd::Operation op, uint32_t uid = 1000, uint32_t gid = 1000) {
        f_.op = op;
        f_.identity.uid = f_.identity.euid = uid;
        f_.identity.gid = f_.identity.egid = gid;
        f_.identity.userName = "ana";
        f_.identity.home = "/home/ana";
        f_.identity.capsKnown = true;
        f_.mounts.push_back(wd::MountFacts{1, "/", "ext4", "/dev/sda1", "rw,relatime", false, false, false});
        node("/", wd::NodeType::Directory, 0, 0, 0755);
    }

    // Appends a component below the last one.
    FactsBuilder& dir(const std::string& name, uint32_t uid, uint32_t gid, uint32_t mode) {
        return node(name, wd::NodeType::Directory, uid, gid, mode);
    }
    FactsBuilder& file(const std::string& name, uint32_t uid, uint32_t gid, uint32_t mode) {
        return node(name, wd::NodeType::Regular, uid, gid, mode);
    }
    FactsBuilder& missing(const std::string& name) {
        node(name, wd::NodeType::Unknown, 0, 0, 0);
        f_.chain.back().exists = false;
        f_.chain.back().statErrno = ENOENT;
        f_.firstMissing = static_cast<int>(f_.chain.size() - 1);
        return *this;
    }
    FactsBuilder& groups(std::vector<uint32_t> session, std::vector<uint32_t> account = {}) {
        f_.identity.groups = std::move(session);
        f_.identity.accountGroups = std::move(account);
        return *this;
    }
    FactsBuilder& caps(uint64_t effective) {
        f_.identity.capEffective = effective;
        return *this;
    }
    FactsBuilder& acl(std::vector<wd::AclEntry> entries) {
        f_.chain.back().acl = std::move(entries);
        f_.chain.back().aclKnown = true;
        return *this;
    }
    FactsBuilder& immutable() {
        f_.chain.back().flagsKnown = f_.chain.back().immutable = true;
        return *this;
    }
    FactsBuilder& appendOnly() {
        f_.chain.back().flagsKnown = f_.chain.back().appendOnly = true;
        return *this;
    }
    // A new mount starting at the last component.
    FactsBuilder& mount(const std::string& fsType, const std::string& options, bool ro = false, bool noexec = false) {
        f_.mounts.push_back(wd::MountFacts{static_cast<int>(f_.mounts.size() + 1), f_.chain.back().path, fsType,
                                           "server:/export", options, ro, noexec, false});
        f_.chain.back().mountPoint = true;
        mount_ = static_cast<int>(f_.mounts.size() - 1);
        f_.chain.back().mount = mount_;
        return *this;
    }
    FactsBuilder& untraversable(int index) {
        f_.firstUntraversable = index;
        return *this;
    }
    FactsBuilder& selinux() {
        f_.lsm.selinuxEnabled = f_.lsm.selinuxEnforcing = true;
        return *this;
    }

    // The kernel's answer; finishes the facts (target and parent indexes as the Linux probe sets them).
    wd::Facts kernelSays(int err) {
        f_.verdict = {"synthetic", err, true};
        f_.checks.push_back(f_.verdict);
        const int last = static_cast<int>(f_.chain.size()) - 1;
        f_.target = f_.firstMissing < 0 ? last : -1;
        const int from = f_.target >= 0 ? last - 1 : (f_.firstMissing == last ? last - 1 : -1);
        for (int i = from; i >= 0; --i)
            if (f_.chain[static_cast<size_t>(i)].isDir()) {
                f_.parent = i;
                break;
            }
        f_.absolute = f_.chain.back().path;
        f_.input = f_.absolute;
        return f_;
    }

private:
    FactsBuilder& node(const std::string& name, wd::NodeType type, uint32_t uid, uint32_t gid, uint32_t mode) {
        wd::Node n;
        n.name = name;
        n.path = f_.chain.empty() ? "/" : (f_.chain.back().path == "/" ? "" : f_.chain.back().path) + "/" + name;
        n.type = type;
        n.uid = uid;
        n.gid = gid;
        n.mode = mode;
        n.owner = uid == 0 ? "root" : uid == 1000 ? "ana" : "";
        n.dev = 2049;
        n.ino = f_.chain.size() + 100;
        n.mount = mount_;
        n.aclKnown = n.flagsKnown = true;
        f_.chain.push_back(n);
        return *this;
    }

    wd::Facts f_;
    int mount_ = 0;
};

inline wd::Diagnosis judged(wd::Facts f) {
    wd::DiagnoseRequest req;
    req.path = f.absolute;
    req.op = f.op;
    wd::Diagnosis d = wd::judge(req, std::move(f));
    const std::string problems = typedFixProblems(d);
    EXPECT_EQ(problems, "");
    return d;
}

inline std::string firstCause(const wd::Diagnosis& d) { return d.findings.empty() ? "" : d.findings.front().cause; }

}  // namespace wdtest
