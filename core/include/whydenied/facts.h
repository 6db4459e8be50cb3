// SPDX-License-Identifier: GPL-3.0-or-later
// Facts: what the probe observed, and nothing it concluded. Rules (core/rules/) reason over these,
// so every field must be something a test can also write by hand (synthetic facts).
#pragma once

#include "whydenied/holders.h"
#include "whydenied/lsm.h"
#include "whydenied/message.h"
#include "whydenied/model.h"
#include "whydenied/subject.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace wd {

// Permission bits as the kernel uses them for MAY_READ/MAY_WRITE/MAY_EXEC.
enum Perm : unsigned { PermNone = 0, PermExec = 1, PermWrite = 2, PermRead = 4 };

// Windows: the process token (Facts::platform == Windows). SIDs in string form ("S-1-5-32-544").
struct WinTokenGroup {
    std::string sid;
    std::string name;        // "BUILTIN\\Administrators", empty when unresolved
    bool enabled = false;    // SE_GROUP_ENABLED: the group grants access
    bool denyOnly = false;   // SE_GROUP_USE_FOR_DENY_ONLY: a filtered (UAC) token keeps it only for deny ACEs
};
struct WinIdentity {
    bool known = false;
    std::string userSid, userName;  // userName as "DOMAIN\\user"
    std::vector<WinTokenGroup> groups;
    bool elevated = false;          // TokenElevation
    int elevationType = 0;          // TokenElevationType: 1 default, 2 full (elevated), 3 limited (filtered admin)
    std::string integrity;          // "Low", "Medium", "High", "System"
    bool hasSid(const std::string& sid) const;      // the user or an enabled group
    bool denyOnlySid(const std::string& sid) const; // a group present only for deny ACEs
};

struct Identity {
    uint32_t uid = 0, euid = 0, gid = 0, egid = 0;
    std::string userName;                 // of euid; empty when the account database has no entry
    std::string home;                     // home directory from the account database
    std::vector<uint32_t> groups;         // supplementary groups of this process (getgroups)
    std::vector<uint32_t> accountGroups;  // groups the account database lists for the user (getgrouplist)
    std::map<uint32_t, std::string> groupNames;
    uint64_t capEffective = 0;            // CapEff bitmask from /proc/self/status
    bool capsKnown = false;
    WinIdentity win;                      // Windows only

    bool inGroup(uint32_t g) const;           // egid or supplementary
    bool inAccountGroup(uint32_t g) const;    // listed in the account database
    bool hasCap(int cap) const { return capsKnown && cap < 64 && (capEffective >> cap) & 1U; }
    std::string groupName(uint32_t g) const;
};

enum class NodeType { Regular, Directory, Symlink, Fifo, Socket, CharDevice, BlockDevice, Unknown };

struct AclEntry {
    enum Tag { UserObj, User, GroupObj, Group, Mask, Other };
    Tag tag = Other;
    uint32_t id = 0;     // uid or gid for User/Group entries
    std::string name;    // resolved name, may be empty
    unsigned perms = 0;  // Perm bits
};

struct MountFacts {
    int id = -1;
    std::string mountPoint;  // as in /proc/self/mountinfo
    std::string fsType;      // "ext4", "nfs4", "fuse.sshfs", "overlay" …
    std::string source;
    std::string options;     // per-mount options joined with ','
    bool readOnly = false, noexec = false, nosuid = false;

    bool isNetworkOrFuse() const;  // nfs, cifs/smb, fuse.*, 9p, … : the server decides
};

// Windows: one access control entry of a DACL, in words and numbers.
struct WinAce {
    bool allow = true;       // ACCESS_ALLOWED_ACE (false: ACCESS_DENIED_ACE)
    std::string sid, name;   // trustee
    uint32_t mask = 0;       // ACCESS_MASK, generic rights mapped to file rights
    bool inherited = false;
    bool inheritOnly = false;  // applies to children only, not to this object
};
// Windows facts of one node. Attribute bits are FILE_ATTRIBUTE_* values.
struct WinNodeFacts {
    bool known = false;
    uint32_t attributes = 0;
    bool readOnly = false, hidden = false, system = false, reparsePoint = false;
    bool offline = false, recallOnDataAccess = false, recallOnOpen = false;  // cloud placeholder states
    std::string ownerSid;    // owner name goes into Node::owner
    bool daclKnown = false, nullDacl = false;  // a NULL DACL grants everyone everything
    std::vector<WinAce> dacl;
    bool accessChecked = false;  // AccessCheck with the process token ran
    uint32_t granted = 0;        // what it granted out of everything (MAXIMUM_ALLOWED)
    std::string sddl;            // the security descriptor (owner + DACL) as SDDL
};

// macOS: one entry of an extended ACL (acl_get_link_np, ACL_TYPE_EXTENDED). Rights are the
// ACL_* permission bits of <sys/acl.h> (the same values as kauth's KAUTH_VNODE_*).
struct MacAclEntry {
    bool allow = true;          // ACL_EXTENDED_ALLOW (false: ACL_EXTENDED_DENY)
    bool group = false;         // the qualifier UUID names a group
    std::string uuid;           // the qualifier as text
    uint32_t id = 0;            // uid or gid from mbr_uuid_to_id
    bool idKnown = false;
    std::string name;           // "ana", "staff", "everyone"; empty when unresolved
    uint32_t rights = 0;        // ACL_READ_DATA, ACL_WRITE_DATA, ACL_DELETE …
    bool inherited = false;     // ACL_ENTRY_INHERITED
    bool appliesToYou = false;  // the probe asked mbr_check_membership for the checked identity
};
// macOS facts of one node (Facts::platform == MacOS). Flag bits are st_flags values.
struct MacNodeFacts {
    bool known = false;
    uint32_t flags = 0;              // UF_IMMUTABLE, SF_IMMUTABLE, UF_APPEND, SF_APPEND, SF_RESTRICTED …
    bool rootless = false;           // com.apple.rootless xattr: SIP protects it
    bool quarantined = false;        // com.apple.quarantine xattr present
    std::string quarantine;          // its value: "flags;hex-time;agent;uuid"
    bool aclKnown = false;
    std::vector<MacAclEntry> acl;    // in kernel evaluation order
};

// One component of the path, like a line of `namei -l`.
struct Node {
    std::string path;           // absolute path of this component (symlinks before it expanded)
    std::string name;           // the component as written ("/" for the root)
    bool exists = true;         // false for the first missing component (and nothing after it)
    int statErrno = 0;          // why it could not be inspected (EACCES when a parent blocks, ENOENT …)
    NodeType type = NodeType::Unknown;
    uint64_t dev = 0, ino = 0;
    uint32_t mode = 0;          // permission bits incl. setuid/setgid/sticky (07777)
    uint32_t uid = 0, gid = 0;
    std::string owner, group;   // names, empty when unknown
    std::string linkTarget;     // for symlinks: what it points to (expanded in the following nodes)
    int linkDepth = 0;          // nesting level for display: nodes reached through a symlink are deeper
    bool mountPoint = false;    // a different filesystem starts here
    int mount = -1;             // index into Facts::mounts

    bool aclKnown = false;      // an extended ACL was read (or the node has none: acl empty)
    std::vector<AclEntry> acl;  // empty when the node has only the mode bits
    bool aclSupported = true;   // false where the filesystem has no POSIX ACLs (ENOTSUP): no ACL fix there

    bool flagsKnown = false;    // immutable/append-only could be read
    bool immutable = false, appendOnly = false;

    WinNodeFacts win;           // Windows only
    MacNodeFacts mac;           // macOS only

    bool isDir() const { return type == NodeType::Directory; }
    bool sticky() const { return (mode & 01000) != 0; }
};

// The kernel's own answer to one question, e.g. faccessat(path, W_OK, AT_EACCESS).
struct KernelCheck {
    std::string what;  // "faccessat(W_OK) on /srv", "open(O_WRONLY) on /srv/x", "computed: sticky rule"
    int err = 0;       // 0 = allowed; otherwise the errno
    bool asked = false;
    // Windows: the Win32 error (5 ERROR_ACCESS_DENIED, 32 ERROR_SHARING_VIOLATION …) and its name.
    // `err` then holds the nearest errno (EACCES, EBUSY, ENOENT) so portable rules still read it.
    uint32_t winError = 0;
    std::string errName{};  // when set, the name reported as "errno" instead of errnoName(err)
    // `what` as a template and its arguments, for the window in the reader's language; without the
    // "computed: " of a computed check, which the window says in its own words.
    Message said{};
};
// A check and its wording from one value: `what` is `said` in English ("computed: " + it when the
// verdict was worked out from the facts rather than asked).
KernelCheck askedCheck(Message said, int err, bool asked = true);
KernelCheck computedCheck(Message said, int err, bool asked = true);
// "faccessat(W_OK) on /srv": the call (a technical name, never translated) and the path.
KernelCheck callCheck(const std::string& call, const std::string& path, int err);
// A template that came over a pipe from a child of this process, kept for the life of the process
// so that a Message can point at it (the child of askAs() words its checks like the parent).
const char* internedTemplate(const std::string& text);

// Mandatory access control: what each system enforces beyond owner, mode and ACLs, and may deny
// while the bits allow (SELinux and AppArmor's switches, Windows' Controlled Folder Access, macOS's
// TCC, SIP and App Sandbox). Named `lsm` after Linux's security modules; `mac` in this code base
// means macOS only (Node::mac, the wd::mac helpers).
struct LsmFacts {
    bool selinuxEnabled = false, selinuxEnforcing = false;
    bool apparmorEnabled = false;
    std::string targetLabel;   // security.selinux of the target, when readable
    std::string processLabel;  // /proc/self/attr/current
    // Windows Defender Controlled Folder Access, from the registry (-1 unknown, 0 off, 1 block, 2 audit).
    int controlledFolderAccess = -1;
    std::vector<std::string> protectedFolders;  // configured in addition to the default ones
    std::vector<std::string> allowedApps;
    // macOS privacy (TCC), SIP and the sandbox.
    int fullDiskAccess = -1;        // -1 unknown, 0 not granted (a protected file gave EPERM), 1 granted
    std::string fullDiskAccessProbe;  // the protected file whose open decided it
    std::string responsibleApp;     // the app TCC holds responsible ("Terminal", "iTerm2", "Visual Studio Code")
    std::string responsibleAppPath; // its bundle, e.g. /System/Applications/Utilities/Terminal.app
    int sipEnabled = -1;            // System Integrity Protection: -1 unknown, 0 off, 1 on
    bool sandboxed = false;         // this process runs in the App Sandbox
};

// What a pasted error text said, when the diagnosis came from one. Know-how rules (ssh, Docker,
// package managers, git, web servers …) read it beside the facts; they never override the kernel.
struct ErrorContext {
    bool present = false;
    ErrorClass errorClass = ErrorClass::Other;
    Operation operation = Operation::Unknown;  // as the text says it (create/rename kept fine-grained)
    std::string program;                       // "ssh", "docker", "npm", "pip", "git", "python" … or ""
    std::string message;                       // the lines the request came from (bounded)
    std::string otherPath;                     // the other path of a rename or copy
    // When the error happened (seconds since the epoch; 0 unknown): from a time stamp on its lines,
    // or given (`--at`). Audit records are matched against it.
    double time = 0;
};

struct Facts {
    Platform platform = Platform::Linux;
    Operation op = Operation::Read;
    std::string input;        // the path as given
    std::string absolute;     // made absolute against the cwd, not yet resolved
    Identity identity;
    std::vector<MountFacts> mounts;  // only the mounts the chain touches
    std::vector<Node> chain;         // namei-style; symlinks expanded in place
    int target = -1;                 // index of the final object in chain, -1 when it does not exist
    int parent = -1;                 // index of its containing directory
    int firstMissing = -1;           // index of the first component that does not exist
    bool symlinkLoop = false;        // ELOOP while resolving
    bool tooLong = false;            // ENAMETOOLONG

    KernelCheck verdict;                       // the deciding check
    std::vector<KernelCheck> checks;           // every question asked, in order
    int firstUntraversable = -1;               // chain index of the first directory the kernel would not let us search
    bool verdictComputed = false;              // part of the answer was computed (sticky rule) rather than asked
    LsmFacts lsm;
    // What the Linux security modules say in detail and the subject's sandbox (Linux only; `lsm` holds
    // the switches that every platform's rules read), and the audit records given with the request that concern this path.
    SecurityModuleFacts modules;
    SandboxFacts sandbox;
    bool auditLogGiven = false;
    std::vector<AuditDenial> auditDenials;     // most recent first
    std::vector<Message> notes;                // things the probe could not do, in plain words

    // Whose access this is about (Kind::Me by default; `identity` is then the caller's), and whether
    // the verdict was asked of the kernel as that subject or computed from these facts.
    Subject subject;
    VerdictSource verdictSource = VerdictSource::Kernel;
    ErrorContext context;  // the pasted error text's view, when there was one

    // Entries under the nearest .git folder owned by someone other than the subject, when a git
    // message points there (a `sudo git …` leaves root-owned objects behind). Bounded scan.
    bool foreignScanDone = false;
    std::string foreignScanRoot;
    int foreignOwnedCount = 0;
    std::vector<std::string> foreignOwnedSamples;
    std::string error;  // the probe could not diagnose at all (an unknown user, a vanished process …)
    Message errorSaid;  // the same in the reader's language

    // Processes holding the target. A full process scan costs time, so the probe fills these only
    // when they matter (the kernel said ETXTBSY or EBUSY) or were asked for (wantHolders).
    bool holdersScanned = false;
    std::vector<Holder> holders;
    int holdersNotInspected = 0;               // processes whose files could not be seen

    const Node* targetNode() const { return target >= 0 ? &chain[static_cast<size_t>(target)] : nullptr; }
    const Node* parentNode() const { return parent >= 0 ? &chain[static_cast<size_t>(parent)] : nullptr; }
    bool allowed() const { return verdict.err == 0 && verdict.asked; }
};

// What the operation needs from the target and from its directory.
struct Needs {
    unsigned onTarget = 0;   // Perm bits on the object itself
    unsigned onParent = 0;   // Perm bits on the containing directory
    bool targetMustExist = true;
};
Needs needsFor(Operation op, bool targetIsDir);

// Permission class the kernel applies (owner / group / other), ignoring ACLs.
enum class PermClass { Owner, Group, Other };
PermClass permClassFor(const Identity& id, const Node& n);
unsigned modeBitsFor(PermClass c, uint32_t mode);

// How the kernel decides access to one node for one identity (mode bits, or the ACL as acl(5)
// describes when the node has one). Root's capabilities are not part of this: see Identity::hasCap.
struct AccessDecision {
    PermClass cls = PermClass::Other;  // the class of the entry that decided
    bool viaAcl = false;               // an extended ACL decided
    const AclEntry* entry = nullptr;   // the deciding ACL entry (viaAcl)
    unsigned entryBits = 0;            // what that entry (or mode class) lists
    unsigned granted = 0;              // after the mask
    bool maskLimited = false;          // the mask removed wanted bits the entry lists
    bool grants(unsigned want) const { return (granted & want) == want; }
};
AccessDecision decideAccess(const Identity& id, const Node& n, unsigned want);

std::string modeString(uint32_t mode);   // "0644"
std::string lsMode(const Node& n);       // "-rw-r--r--" / "drwxrwxrwt"
std::string_view toString(NodeType t);   // "file", "dir", "symlink" …
std::string permString(unsigned perms);  // "rw-"

}  // namespace wd
