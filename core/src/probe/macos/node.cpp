// SPDX-License-Identifier: GPL-3.0-or-later
// Per-node macOS facts: BSD file flags, the SIP and quarantine xattrs, the extended ACL.
#ifdef __APPLE__

#include "probe/macos/probe.h"

#include "probe/posix/identity.h"
#include "rules/support/macos.h"

#include <cerrno>
#include <membership.h>
#include <sys/acl.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <utility>
#include <uuid/uuid.h>

namespace wd::macos_probe {

namespace {

// getxattr(2), macOS form: (path, name, value, size, position, options). XATTR_NOFOLLOW reads the
// link itself; -1 with ENOATTR means the attribute is absent. The value is not NUL-terminated.
bool readXattr(const std::string& path, const char* name, std::string* value) {
    char buf[1024];
    const ssize_t len = getxattr(path.c_str(), name, buf, sizeof buf, 0, XATTR_NOFOLLOW);
    if (len < 0) return errno == ERANGE;  // present, just longer than we care to read
    if (value) value->assign(buf, static_cast<size_t>(len));
    return true;
}

// st_flags of stat(2): UF_* (owner-settable) and SF_* (super-user) bits from <sys/stat.h>.
void readFlags(Node& n) {
    struct stat st{};
    if (lstat(n.path.c_str(), &st) != 0) return;
    n.mac.flags = st.st_flags;
    n.flagsKnown = true;
    n.immutable = (st.st_flags & (UF_IMMUTABLE | SF_IMMUTABLE)) != 0;
    n.appendOnly = (st.st_flags & (UF_APPEND | SF_APPEND)) != 0;
}

// mbr_uuid_to_id(3): an ACL qualifier UUID to a uid or gid (ID_TYPE_UID / ID_TYPE_GID).
// mbr_check_membership(3): whether the user UUID is a member of the group UUID, nested groups
// and "everyone" included (this is how the kernel matches group entries).
void resolveQualifier(MacAclEntry& e, const uuid_t q, const Identity& id) {
    uuid_string_t text;
    uuid_unparse_upper(q, text);
    e.uuid = text;
    id_t value = 0;
    int type = 0;
    if (mbr_uuid_to_id(q, &value, &type) == 0) {
        e.id = static_cast<uint32_t>(value);
        e.idKnown = true;
        e.group = type == ID_TYPE_GID;
        e.name = e.group ? posix::groupName(e.id) : posix::userName(e.id);
    }
    if (e.idKnown && !e.group) {
        e.appliesToYou = e.id == id.euid;
        return;
    }
    uuid_t user;
    int member = 0;
    if (mbr_uid_to_uuid(id.euid, user) == 0 && mbr_check_membership(user, q, &member) == 0) {
        e.group = true;
        e.appliesToYou = member != 0;
    }
}

// acl_get_permset(3) + acl_get_perm_np(3): 1 when the right is in the entry. The ACL_* values are
// the same bits rules/support/macos.h names, so they are copied one by one rather than assumed.
uint32_t readRights(acl_entry_t entry) {
    static constexpr std::pair<acl_perm_t, uint32_t> kRights[] = {
        {ACL_READ_DATA, mac::kAclReadData},
        {ACL_WRITE_DATA, mac::kAclWriteData},
        {ACL_EXECUTE, mac::kAclExecute},
        {ACL_DELETE, mac::kAclDelete},
        {ACL_APPEND_DATA, mac::kAclAppendData},
        {ACL_DELETE_CHILD, mac::kAclDeleteChild},
        {ACL_READ_ATTRIBUTES, mac::kAclReadAttributes},
        {ACL_WRITE_ATTRIBUTES, mac::kAclWriteAttributes},
        {ACL_READ_EXTATTRIBUTES, mac::kAclReadExtAttributes},
        {ACL_WRITE_EXTATTRIBUTES, mac::kAclWriteExtAttributes},
        {ACL_READ_SECURITY, mac::kAclReadSecurity},
        {ACL_WRITE_SECURITY, mac::kAclWriteSecurity},
        {ACL_CHANGE_OWNER, mac::kAclChangeOwner},
    };
    acl_permset_t perms = nullptr;
    if (acl_get_permset(entry, &perms) != 0) return 0;
    uint32_t out = 0;
    for (const auto& [perm, bit] : kRights)
        if (acl_get_perm_np(perms, perm) == 1) out |= bit;
    return out;
}

// acl_get_link_np(3) with ACL_TYPE_EXTENDED: the node's own ACL without following a symlink;
// NULL with ENOENT when it has none. Entries come back in the order the kernel evaluates them.
void readAcl(Node& n, const Identity& id) {
    acl_t acl = acl_get_link_np(n.path.c_str(), ACL_TYPE_EXTENDED);
    if (!acl) {
        n.mac.aclKnown = errno == ENOENT;
        return;
    }
    n.mac.aclKnown = true;
    acl_entry_t entry = nullptr;
    for (int which = ACL_FIRST_ENTRY; acl_get_entry(acl, which, &entry) == 0; which = ACL_NEXT_ENTRY) {
        acl_tag_t tag = ACL_UNDEFINED_TAG;
        if (acl_get_tag_type(entry, &tag) != 0) continue;
        if (tag != ACL_EXTENDED_ALLOW && tag != ACL_EXTENDED_DENY) continue;
        MacAclEntry e;
        e.allow = tag == ACL_EXTENDED_ALLOW;
        e.rights = readRights(entry);
        acl_flagset_t flags = nullptr;
        if (acl_get_flagset_np(entry, &flags) == 0) e.inherited = acl_get_flag_np(flags, ACL_ENTRY_INHERITED) == 1;
        // acl_get_qualifier(3) returns a copy (a guid_t, i.e. a uuid_t) that acl_free releases.
        if (auto* q = static_cast<guid_t*>(acl_get_qualifier(entry))) {
            resolveQualifier(e, q->g_guid, id);
            acl_free(q);
        }
        n.mac.acl.push_back(std::move(e));
    }
    acl_free(acl);
}

}  // namespace

void readNodeExtras(Node& n, const Identity& id) {
    n.mac.known = true;
    readFlags(n);
    n.mac.rootless = readXattr(n.path, "com.apple.rootless", nullptr);
    n.mac.quarantined = readXattr(n.path, "com.apple.quarantine", &n.mac.quarantine);
    if (n.type != NodeType::Symlink) readAcl(n, id);
    n.aclKnown = true;  // no POSIX ACLs on macOS: the extended ACL lives in n.mac.acl
}

}  // namespace wd::macos_probe

#endif  // __APPLE__
