// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/macos.h"

#include "rules/support/common.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace wd::mac {

namespace {

bool under(const std::string& path, const std::string& base) {
    return !base.empty() && path.size() >= base.size() && path.compare(0, base.size(), base) == 0 &&
           (path.size() == base.size() || path[base.size()] == '/');
}

bool appliesToYou(const MacAclEntry& e) { return e.appliesToYou; }

std::string joinWords(const std::vector<const char*>& words) {
    std::string out;
    for (const char* w : words) out += (out.empty() ? "" : ",") + std::string(w);
    return out;
}

}  // namespace

std::string flagWords(uint32_t flags) {
    static constexpr std::pair<uint32_t, const char*> kNames[] = {
        {kUfImmutable, "uchg"}, {kUfAppend, "uappnd"}, {kSfImmutable, "schg"},
        {kSfAppend, "sappnd"}, {kSfRestricted, "restricted"},
    };
    std::string out;
    for (const auto& [bit, name] : kNames)
        if (flags & bit) out += (out.empty() ? "" : ", ") + std::string(name);
    return out;
}

uint32_t wantedRights(Operation op, bool isDir) {
    switch (op) {
    case Operation::Read:
    case Operation::List: return kAclReadData;
    case Operation::Write:
    case Operation::Connect: return kAclWriteData;
    case Operation::Execute:
    case Operation::Traverse: return kAclExecute;
    case Operation::Create: return kAclWriteData;  // add_file on the folder
    case Operation::Delete:
    case Operation::Rename: return kAclDeleteChild;  // on the folder; the object's own `delete` is checked too
    case Operation::Chmod: return kAclWriteSecurity;
    case Operation::Chown: return kAclChangeOwner;
    case Operation::Any:
    case Operation::Unknown: return isDir ? kAclReadData : kAclReadData;
    }
    return kAclReadData;
}

namespace {

// The rights in `chmod +a` words: a folder reuses a file's bits under other names.
struct RightWord {
    uint32_t bit;
    const char* file;
    const char* dir;
};
constexpr RightWord kRightWords[] = {
    {kAclReadData, "read", "list"},
    {kAclWriteData, "write", "add_file"},
    {kAclExecute, "execute", "search"},
    {kAclDelete, "delete", "delete"},
    {kAclAppendData, "append", "add_subdirectory"},
    {kAclDeleteChild, "delete_child", "delete_child"},
    {kAclReadAttributes, "readattr", "readattr"},
    {kAclWriteAttributes, "writeattr", "writeattr"},
    {kAclReadExtAttributes, "readextattr", "readextattr"},
    {kAclWriteExtAttributes, "writeextattr", "writeextattr"},
    {kAclReadSecurity, "readsecurity", "readsecurity"},
    {kAclWriteSecurity, "writesecurity", "writesecurity"},
    {kAclChangeOwner, "chown", "chown"},
};

}  // namespace

std::string rightsText(uint32_t rights, bool isDir) {
    std::vector<const char*> w;
    for (const RightWord& r : kRightWords)
        if (rights & r.bit) w.push_back(isDir ? r.dir : r.file);
    return joinWords(w);
}

std::optional<AclEntrySpec> parseAclEntryText(const std::string& text) {
    AclEntrySpec e;
    std::string rest;
    if (text.rfind("user:", 0) == 0) {
        rest = text.substr(5);
    } else if (text.rfind("group:", 0) == 0) {
        e.group = true;
        rest = text.substr(6);
    } else {
        return std::nullopt;
    }
    // The name may hold spaces (group names do); the kind and the rights are the last two words.
    const size_t kindEnd = rest.rfind(' ');
    const size_t kindStart = kindEnd == std::string::npos || kindEnd == 0 ? std::string::npos : rest.rfind(' ', kindEnd - 1);
    if (kindStart == std::string::npos || kindStart == 0) return std::nullopt;
    e.name = rest.substr(0, kindStart);
    const std::string kind = rest.substr(kindStart + 1, kindEnd - kindStart - 1);
    if (kind != "allow" && kind != "deny") return std::nullopt;
    e.allow = kind == "allow";
    const std::string rights = rest.substr(kindEnd + 1);
    for (size_t i = 0; i <= rights.size();) {
        const size_t j = std::min(rights.find(',', i), rights.size());
        const std::string word = rights.substr(i, j - i);
        uint32_t bit = 0;
        for (const RightWord& r : kRightWords)
            if (word == r.file || word == r.dir) bit = r.bit;
        if (bit == 0) return std::nullopt;
        e.rights |= bit;
        i = j + 1;
    }
    if (e.name.empty() || e.name.find_first_of("\n\r\t:") != std::string::npos) return std::nullopt;
    return e;
}

const MacAclEntry* denyingEntry(const Node& n, uint32_t want) {
    if (!n.mac.aclKnown) return nullptr;
    for (const MacAclEntry& e : n.mac.acl) {
        if (!appliesToYou(e) || !(e.rights & want)) continue;
        if (!e.allow) return &e;
        want &= ~e.rights;  // granted: a later deny entry no longer takes these away
        if (want == 0) return nullptr;
    }
    return nullptr;
}

std::string aclEntryText(const MacAclEntry& e, uint32_t rights, bool isDir) {
    if (e.name.empty()) return {};
    return std::string(e.group ? "group:" : "user:") + e.name + (e.allow ? " allow " : " deny ") +
           rightsText(rights, isDir);
}

std::string tccArea(const Facts& f) {
    const std::string path = f.chain.empty() ? f.absolute : f.chain.back().path;
    const std::string& home = f.identity.home;
    static constexpr std::pair<const char*, const char*> kHomeAreas[] = {
        {"Desktop", "Desktop"},
        {"Documents", "Documents"},
        {"Downloads", "Downloads"},
        {"Library/Mobile Documents", "iCloud Drive"},
        {"Library/Mail", "Mail"},
        {"Library/Messages", "Messages"},
        {"Library/Safari", "Safari"},
        {"Library/Application Support/com.apple.TCC", "the privacy database"},
    };
    for (const auto& [rel, area] : kHomeAreas)
        if (under(path, home + "/" + rel) || under(f.absolute, home + "/" + rel)) return area;
    if (path.find(".photoslibrary") != std::string::npos) return "the Photos library";
    // The volume the path lives on: the mount of the last inspected component.
    for (auto it = f.chain.rbegin(); it != f.chain.rend(); ++it) {
        if (it->mount < 0 || static_cast<size_t>(it->mount) >= f.mounts.size()) continue;
        const MountFacts& m = f.mounts[static_cast<size_t>(it->mount)];
        if (!under(m.mountPoint, "/Volumes") || m.mountPoint == "/Volumes") return {};
        const bool local = (',' + m.options + ',').find(",local,") != std::string::npos;
        if (!local || m.isNetworkOrFuse() || m.fsType == "afpfs" || m.fsType == "webdav")
            return "a network volume";
        if ((',' + m.options + ',').find(",removable,") != std::string::npos) return "a removable volume";
        return {};
    }
    return {};
}

Quarantine parseQuarantine(const MacNodeFacts& m) {
    Quarantine q;
    if (!m.quarantined) return q;
    q.present = true;
    const auto semi = m.quarantine.find(';');
    q.flags = static_cast<uint32_t>(std::strtoul(m.quarantine.substr(0, semi).c_str(), nullptr, 16));
    if (semi != std::string::npos) {
        const auto second = m.quarantine.find(';', semi + 1);
        if (second != std::string::npos) q.agent = m.quarantine.substr(second + 1, m.quarantine.find(';', second + 1) - second - 1);
    }
    return q;
}

AppBundle appFromExecutable(const std::string& exe) {
    AppBundle a;
    for (size_t from = 0;;) {
        const size_t dot = exe.find(".app/", from);
        if (dot == std::string::npos) break;
        const size_t slash = exe.rfind('/', dot);
        if (slash != std::string::npos) {
            a.path = exe.substr(0, dot + 4);
            a.name = exe.substr(slash + 1, dot - slash - 1);
            break;  // the first .app from the left is the outermost bundle
        }
        from = dot + 5;
    }
    return a;
}

std::vector<std::string> administratorPrompt(const std::vector<std::string>& argv) {
    if (argv.empty() || argv[0].empty() || argv[0][0] != '/') return {};
    // Constant script text; `argv` arrives as the run handler's list. `do shell script` runs
    // /bin/sh, and `quoted form of` makes each item one single-quoted shell word.
    std::vector<std::string> out = {
        "osascript",
        "-e", "on run argv",
        "-e", "set shellCommand to \"\"",
        "-e", "repeat with anItem in argv",
        "-e", "set shellCommand to shellCommand & quoted form of (anItem as text) & space",
        "-e", "end repeat",
        "-e", "do shell script shellCommand with administrator privileges",
        "-e", "end run",
    };
    out.insert(out.end(), argv.begin(), argv.end());
    return out;
}

std::string administratorPromptError(const std::string& err) {
    if (err.find("(-128)") != std::string::npos || err.find("(-60005)") != std::string::npos)
        return "not authorised (the administrator prompt was cancelled or the password was refused)";
    // "0:181: execution error: whydenied-helper: refused: … (2)": the command's stderr, then its status.
    std::string msg = err;
    if (const auto at = msg.find("execution error: "); at != std::string::npos) msg = msg.substr(at + 17);
    msg = msg.substr(0, msg.find('\n'));
    if (const auto open = msg.rfind(" ("); open != std::string::npos && msg.back() == ')' &&
        msg.find_first_not_of("-0123456789", open + 2) == msg.size() - 1)
        msg.erase(open);
    return msg.empty() ? "the administrator prompt failed" : msg;
}

FixProposal fixChflags(const Facts& f, const Node& n, const char* flag) {
    const std::string name = flag;
    const bool system = name == "schg" || name == "sappnd";
    FixProposal fx = rules::typedFix(FixAction::ClearFlag, f.platform, n, name);
    fx.id = "chflags-no" + name;
    // The user flags belong to the owner; the system flags only an administrator may clear.
    fx.privilege = !system && n.uid == f.identity.euid ? Privilege::None : Privilege::Admin;
    if (name == "uchg") {
        fx.title = WD_TR("Unlock it (clear uchg)");
        fx.change = Message(WD_TR("Clears the locked flag of %1 (like unticking \"Locked\" in Finder's Get Info); "
                                  "its contents and permissions stay."),
                            {n.path});
    } else if (name == "schg") {
        fx.title = WD_TR("Clear the system immutable flag (administrator)");
        fx.change = Message(WD_TR("Clears the system immutable flag of %1 through the macOS administrator prompt. "
                                  "With System Integrity Protection on, macOS may refuse even this."),
                            {n.path});
    } else if (name == "uappnd") {
        fx.title = WD_TR("Clear the append-only flag (uappnd)");
        fx.change = Message(WD_TR("Clears the user append-only flag of %1."), {n.path});
    } else {
        fx.title = WD_TR("Clear the system append-only flag (administrator)");
        fx.change = Message(WD_TR("Clears the system append-only flag of %1 through the macOS administrator prompt."),
                            {n.path});
    }
    // With SIP known to be on (or the file SIP-protected), a button would only fail: say so instead.
    if (system) fx.advisory = f.lsm.sipEnabled == 1 || sipProtected(n);
    return fx;
}

FixProposal fixOpenFullDiskAccess(const Facts& f) {
    const std::string app = f.lsm.responsibleApp.empty() ? "the app you started it from (Terminal, iTerm or your editor)"
                                                          : f.lsm.responsibleApp;
    FixProposal fx;
    fx.id = "tcc-open-full-disk-access";
    fx.title = Message(WD_TR("Give %1 Full Disk Access in System Settings"), {app});
    fx.change = Message(WD_TR("Opens System Settings at Privacy & Security > Full Disk Access. Turn it on for %1, "
                              "then quit and reopen %1: macOS applies it at the next start. Turn it off there to undo."),
                        {app});
    fx.argv = {"open", kFullDiskAccessUrl};
    fx.privilege = Privilege::None;
    return fx;
}

void addFlagEvidence(Finding& out, const Node& n) {
    if (n.mac.flags) out.addEvidence("flags", flagWords(n.mac.flags));
    if (n.mac.rootless) out.addEvidence("xattr", "com.apple.rootless");
}

bool sipProtected(const Node& n) { return (n.mac.flags & kSfRestricted) || n.mac.rootless; }

int flaggedIndex(const Facts& f, uint32_t flags) {
    if (const Node* t = f.targetNode(); t && (t->mac.flags & flags) && f.op != Operation::Create) return f.target;
    if (const Node* p = f.parentNode(); p && (p->mac.flags & flags) && needsFor(f.op, false).onParent) return f.parent;
    return -1;
}

}  // namespace wd::mac
