// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/linux/lsm_policy.h"

#include <cerrno>
#include <string>

#ifdef WD_HAVE_LIBSELINUX
#include <selinux/label.h>
#include <selinux/selinux.h>
#endif
#ifdef WD_HAVE_LIBAPPARMOR
#include <sys/apparmor.h>
#endif

namespace wd::linux_probe {
namespace {

#ifdef WD_HAVE_LIBSELINUX
// The class and permission the kernel checks for this operation on this node.
std::pair<const char*, const char*> selinuxPermission(Operation op, bool dir) {
    switch (op) {
    case Operation::Read: return {dir ? "dir" : "file", "read"};
    case Operation::List: return {"dir", "read"};
    case Operation::Traverse: return {"dir", "search"};
    case Operation::Execute: return {dir ? "dir" : "file", dir ? "search" : "execute"};
    case Operation::Create: return {"dir", "add_name"};
    case Operation::Delete:
    case Operation::Rename: return {"dir", "remove_name"};
    default: return {dir ? "dir" : "file", "write"};
    }
}

void askSelinux(Facts& f) {
    SecurityModuleFacts& m = f.modules;
    const Node* t = f.targetNode();
    if (!t) return;
    if (selabel_handle* h = selabel_open(SELABEL_CTX_FILE, nullptr, 0)) {
        char* con = nullptr;
        if (selabel_lookup(h, &con, t->path.c_str(), static_cast<int>(t->mode | (t->isDir() ? 0040000U : 0100000U))) == 0 && con) {
            m.defaultFileLabel = con;
            freecon(con);
        }
        selabel_close(h);
    }
    if (m.subjectLabel.empty() || m.fileLabel.empty()) {
        m.policyQuery = "not asked: the subject's or the file's SELinux label could not be read";
        return;
    }
    const auto [tclass, perm] = selinuxPermission(f.op, t->isDir());
    const int rc = selinux_check_access(m.subjectLabel.c_str(), m.fileLabel.c_str(), tclass, perm, nullptr);
    m.policyQuery = std::string("selinux_check_access(") + tclass + " " + perm + ")";
    m.policyAllows = rc == 0 ? 1 : errno == EACCES ? 0 : -1;
    if (m.policyAllows < 0) m.policyQuery = "not asked: selinux_check_access could not answer";
}
#endif

#ifdef WD_HAVE_LIBAPPARMOR
void askApparmor(Facts& f) {
    SecurityModuleFacts& m = f.modules;
    const Node* t = f.targetNode();
    std::string label = m.apparmorLabel.empty() ? m.subjectLabel : m.apparmorLabel;
    if (const size_t mode = label.rfind(" ("); mode != std::string::npos) label.erase(mode);  // "name (enforce)"
    if (!t || label.empty() || label == "unconfined") {
        m.policyQuery = "not asked: the subject has no AppArmor profile";
        return;
    }
    uint32_t mask = AA_MAY_READ;
    if (f.op == Operation::Write) mask = AA_MAY_WRITE;
    else if (f.op == Operation::Execute) mask = AA_MAY_EXEC;
    int allowed = 0, audited = 0;
    if (aa_query_file_path(mask, label.c_str(), t->path.c_str(), &allowed, &audited) != 0) {
        m.policyQuery = "not asked: AppArmor's query interface did not answer";
        return;
    }
    m.policyQuery = "aa_query_file_path(" + label + ")";
    m.policyAllows = allowed ? 1 : 0;
}
#endif

}  // namespace

void askSecurityPolicy(Facts& f) {
    SecurityModuleFacts& m = f.modules;
    if (m.selinuxEnforce >= 0) {
#ifdef WD_HAVE_LIBSELINUX
        askSelinux(f);
#else
        m.policyQuery = "not asked: built without libselinux";
#endif
        return;
    }
    if (m.apparmorEnabled == 1) {
#ifdef WD_HAVE_LIBAPPARMOR
        askApparmor(f);
#else
        m.policyQuery = "not asked: built without libapparmor";
#endif
        return;
    }
    m.policyQuery = "not asked: neither SELinux nor AppArmor is active";
}

}  // namespace wd::linux_probe
