// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/linux/acl_entries.h"

#include "probe/posix/identity.h"

#include <acl/libacl.h>

namespace wd::linux_probe {

std::vector<AclEntry> aclEntries(acl_t acl, bool withNames) {
    std::vector<AclEntry> out;
    acl_entry_t e;
    for (int which = ACL_FIRST_ENTRY; acl_get_entry(acl, which, &e) == 1; which = ACL_NEXT_ENTRY) {
        acl_tag_t tag;
        acl_permset_t ps;
        if (acl_get_tag_type(e, &tag) != 0 || acl_get_permset(e, &ps) != 0) continue;
        AclEntry ae;
        ae.perms = (acl_get_perm(ps, ACL_READ) == 1 ? PermRead : 0U) |
                   (acl_get_perm(ps, ACL_WRITE) == 1 ? PermWrite : 0U) |
                   (acl_get_perm(ps, ACL_EXECUTE) == 1 ? PermExec : 0U);
        switch (tag) {
        case ACL_USER_OBJ: ae.tag = AclEntry::UserObj; break;
        case ACL_GROUP_OBJ: ae.tag = AclEntry::GroupObj; break;
        case ACL_MASK: ae.tag = AclEntry::Mask; break;
        case ACL_OTHER: ae.tag = AclEntry::Other; break;
        case ACL_USER:
        case ACL_GROUP: {
            ae.tag = tag == ACL_USER ? AclEntry::User : AclEntry::Group;
            if (void* q = acl_get_qualifier(e)) {
                ae.id = tag == ACL_USER ? *static_cast<uid_t*>(q) : *static_cast<gid_t*>(q);
                acl_free(q);
            }
            if (withNames) ae.name = tag == ACL_USER ? posix::userName(ae.id) : posix::groupName(ae.id);
            break;
        }
        default: continue;
        }
        out.push_back(std::move(ae));
    }
    return out;
}

}  // namespace wd::linux_probe
