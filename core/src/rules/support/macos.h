// SPDX-License-Identifier: GPL-3.0-or-later
// macOS access rules in portable C++: BSD file flags, extended ACLs, quarantine, TCC locations and
// the administrator prompt, so the rules reason over macOS facts (and are tested with synthetic
// facts) on any OS. Values are those of Apple's headers, which Linux does not have.
#pragma once

#include "whydenied/facts.h"
#include "whydenied/finding.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wd::mac {

// st_flags bits (<sys/stat.h>).
enum : uint32_t {
    kUfImmutable = 0x00000002,   // uchg: Finder's "Locked"
    kUfAppend = 0x00000004,      // uappnd
    kSfImmutable = 0x00020000,   // schg
    kSfAppend = 0x00040000,      // sappnd
    kSfRestricted = 0x00080000,  // restricted: System Integrity Protection
};

// Extended ACL rights (<sys/acl.h> ACL_*; a folder reuses the same bits under other names).
enum : uint32_t {
    kAclReadData = 1u << 1,        // read / list
    kAclWriteData = 1u << 2,       // write / add_file
    kAclExecute = 1u << 3,         // execute / search
    kAclDelete = 1u << 4,          // delete
    kAclAppendData = 1u << 5,      // append / add_subdirectory
    kAclDeleteChild = 1u << 6,     // delete_child
    kAclReadAttributes = 1u << 7,
    kAclWriteAttributes = 1u << 8,
    kAclReadExtAttributes = 1u << 9,
    kAclWriteExtAttributes = 1u << 10,
    kAclReadSecurity = 1u << 11,
    kAclWriteSecurity = 1u << 12,
    kAclChangeOwner = 1u << 13,
};

// Quarantine flags: the first field of com.apple.quarantine, in hex (Apple's libquarantine).
enum : uint32_t { kQtnUserApproved = 0x0040 };

inline constexpr const char* kFullDiskAccessUrl =
    "x-apple.systempreferences:com.apple.preference.security?Privacy_AllFiles";

std::string flagWords(uint32_t flags);  // "uchg, schg, restricted" as `ls -lO` names them
// The rights the operation needs on decidingNode (rules/support/common.h).
uint32_t wantedRights(Operation op, bool isDir);
// The rights in `chmod +a` words ("write,append"), folder names for a folder.
std::string rightsText(uint32_t rights, bool isDir);
// The first entry that applies to you and names a wanted right, when it denies (entries are
// evaluated in order and the first one mentioning a right decides it).
const MacAclEntry* denyingEntry(const Node& n, uint32_t want);
// "user:ana deny write" as `chmod +a/-a` takes it; empty when the qualifier has no name.
std::string aclEntryText(const MacAclEntry& e, uint32_t rights, bool isDir);

// Where TCC (privacy) guards the path: "Desktop", "Documents", "Downloads", "iCloud Drive",
// "Mail", "Messages", "Safari", "the Photos library", "a removable volume", "a network volume";
// empty outside those.
std::string tccArea(const Facts& f);

struct Quarantine {
    bool present = false;
    uint32_t flags = 0;
    std::string agent;  // the program that downloaded it ("Safari", "Google Chrome")
    bool approved() const { return (flags & kQtnUserApproved) != 0; }
};
Quarantine parseQuarantine(const MacNodeFacts& m);

// The osascript argv that runs `argv` with administrator privileges: macOS shows its own password
// prompt, WhyDenied never asks for one. The script text is constant; the words are passed as the
// run handler's arguments and quoted for the shell by AppleScript itself (`quoted form of`), so
// nothing given here is ever spliced into script or shell text. argv[0] must be an absolute path
// (osascript would read a leading "-" as an option); otherwise the result is empty.
std::vector<std::string> administratorPrompt(const std::vector<std::string>& argv);
// One sentence from osascript's stderr when that call failed: "User canceled. (-128)" and a
// refused password (-60005) mean not authorised; otherwise the message of the command that failed.
std::string administratorPromptError(const std::string& osascriptStderr);

// An extended ACL entry as aclEntryText writes it and `chmod +a/-a` reads it:
// "user:ana deny write,append" or "group:staff allow list,search". Folder and file words both.
struct AclEntrySpec {
    bool group = false;
    std::string name;
    bool allow = false;
    uint32_t rights = 0;  // kAcl* bits
};
std::optional<AclEntrySpec> parseAclEntryText(const std::string& text);

// The app a program belongs to, from its executable's path: the outermost bundle, so a helper
// inside "Visual Studio Code.app/Contents/Frameworks/Code Helper.app" names Visual Studio Code.
struct AppBundle {
    std::string name;  // "Terminal", "iTerm", "Visual Studio Code"; empty outside any .app
    std::string path;  // "/System/Applications/Utilities/Terminal.app"
};
AppBundle appFromExecutable(const std::string& executablePath);

// Fix commands (macOS takes absolute paths, so no `--` is needed before them).
// The system flags' fix is only advice where SIP would refuse it.
FixProposal fixChflags(const Facts& f, const Node& n, const char* flag);   // "uchg", "schg", "uappnd" …
FixProposal fixOpenFullDiskAccess(const Facts& f);

}  // namespace wd::mac

namespace wd::mac {
// What the macOS branches of the flag causes and mac-policy share.

void addFlagEvidence(Finding& out, const Node& n);  // the file flags and SIP's xattr, when set
bool sipProtected(const Node& n);                   // restricted flag or com.apple.rootless

// The node carrying `flags` that blocks the operation: the object, or its folder when the
// operation changes the folder's entries (create, delete, rename). -1 when neither carries them.
int flaggedIndex(const Facts& f, uint32_t flags);
}  // namespace wd::mac
