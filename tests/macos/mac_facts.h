// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-built macOS facts: a path chain under /Users/ana, the identity of uid 501 (group staff),
// st_flags, extended ACL entries, xattrs and the kernel's answer, as core/src/probe/macos reports them.
#pragma once

#include "rules/support/macos.h"
#include "synthetic.h"
#include "whydenied/diagnose.h"

#include <cerrno>
#include <string>
#include <vector>

namespace mactest {

constexpr uint32_t kAna = 501, kStaff = 20;

class MacFacts {
public:
    explicit MacFacts(wd::Operation op) {
        f_.platform = wd::Platform::MacOS;
        f_.op = op;
        f_.identity.uid = f_.identity.euid = kAna;
        f_.identity.gid = f_.identity.egid = kStaff;
        f_.identity.groups = {kStaff, 12, 61, 79, 80};
        f_.identity.userName = "ana";
        f_.identity.home = "/Users/ana";
        f_.mounts.push_back(wd::MountFacts{0, "/", "apfs", "/dev/disk3s1s1", "local,journaled", false, false, false});
        node("/", wd::NodeType::Directory, 0, 0, 0755);
    }
    // Appends path components below the last one ("Users/ana/Desktop"): folders owned by ana
    // below /Users/ana, by root above.
    MacFacts& dirs(const std::string& rel) {
        size_t i = 0;
        while (i < rel.size()) {
            const size_t j = std::min(rel.find('/', i), rel.size());
            const std::string name = rel.substr(i, j - i);
            const bool mine = f_.chain.back().path.rfind("/Users/ana", 0) == 0;
            node(name, wd::NodeType::Directory, mine ? kAna : 0, mine ? kStaff : 80, 0755);
            i = j + 1;
        }
        return *this;
    }
    MacFacts& file(const std::string& name, uint32_t uid = kAna, uint32_t mode = 0644) {
        return node(name, wd::NodeType::Regular, uid, kStaff, mode);
    }
    MacFacts& flags(uint32_t fl) {
        auto& n = f_.chain.back();
        n.mac.flags = fl;
        n.immutable = fl & (wd::mac::kUfImmutable | wd::mac::kSfImmutable);
        n.appendOnly = fl & (wd::mac::kUfAppend | wd::mac::kSfAppend);
        return *this;
    }
    MacFacts& rootless() {
        f_.chain.back().mac.rootless = true;
        return *this;
    }
    MacFacts& quarantine(const std::string& value) {
        f_.chain.back().mac.quarantined = true;
        f_.chain.back().mac.quarantine = value;
        return *this;
    }
    MacFacts& ace(bool allow, bool group, const std::string& name, uint32_t rights, bool applies = true) {
        wd::MacAclEntry e;
        e.allow = allow;
        e.group = group;
        e.name = name;
        e.uuid = group ? "ABCDEFAB-CDEF-ABCD-EFAB-CDEF00000014" : "A1B2C3D4-0000-0000-0000-0000000001F5";
        e.id = group ? kStaff : kAna;
        e.idKnown = true;
        e.rights = rights;
        e.appliesToYou = applies;
        f_.chain.back().mac.acl.push_back(e);
        return *this;
    }
    // A new volume at the last component (/Volumes/NAME).
    MacFacts& volume(const std::string& fsType, const std::string& options) {
        f_.mounts.push_back(wd::MountFacts{static_cast<int>(f_.mounts.size()), f_.chain.back().path, fsType,
                                           "/dev/disk4s1", options, false, false, false});
        f_.chain.back().mountPoint = true;
        mount_ = static_cast<int>(f_.mounts.size() - 1);
        f_.chain.back().mount = mount_;
        return *this;
    }
    MacFacts& tcc(int fullDiskAccess, const std::string& app = "", const std::string& appPath = "") {
        f_.lsm.fullDiskAccess = fullDiskAccess;
        f_.lsm.responsibleApp = app;
        f_.lsm.responsibleAppPath = appPath;
        if (fullDiskAccess >= 0) f_.lsm.fullDiskAccessProbe = "/Users/ana/Library/Application Support/com.apple.TCC/TCC.db";
        return *this;
    }
    MacFacts& sip(int on) {
        f_.lsm.sipEnabled = on;
        return *this;
    }
    MacFacts& sandboxed() {
        f_.lsm.sandboxed = true;
        return *this;
    }

    wd::Facts kernelSays(int err) {
        f_.verdict = {"synthetic", err, true};
        f_.checks.push_back(f_.verdict);
        const int last = static_cast<int>(f_.chain.size()) - 1;
        f_.target = last;
        f_.parent = last - 1;
        f_.absolute = f_.input = f_.chain.back().path;
        return f_;
    }

private:
    MacFacts& node(const std::string& name, wd::NodeType type, uint32_t uid, uint32_t gid, uint32_t mode) {
        wd::Node n;
        n.name = name;
        n.path = f_.chain.empty() ? "/" : (f_.chain.back().path == "/" ? "" : f_.chain.back().path) + "/" + name;
        n.type = type;
        n.uid = uid;
        n.gid = gid;
        n.mode = mode;
        n.owner = uid == 0 ? "root" : uid == kAna ? "ana" : "bob";
        n.group = gid == kStaff ? "staff" : gid == 0 ? "wheel" : "admin";
        n.dev = 16777233;
        n.ino = f_.chain.size() + 1000;
        n.mount = mount_;
        n.aclKnown = n.flagsKnown = true;
        n.mac.known = n.mac.aclKnown = true;
        f_.chain.push_back(n);
        return *this;
    }

    wd::Facts f_;
    int mount_ = 0;
};

using wdtest::judged;  // tests/core/synthetic.h

inline const wd::Finding* findingFor(const wd::Diagnosis& d, const std::string& cause) {
    for (const auto& f : d.findings)
        if (f.cause == cause) return &f;
    return nullptr;
}

inline std::string evidence(const wd::Finding& f, const std::string& key) {
    for (const auto& [k, v] : f.evidence)
        if (k == key) return v;
    return {};
}

}  // namespace mactest
