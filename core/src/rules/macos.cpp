#include "rules/macos.h"

#include "rules/common.h"

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
    case Operation::Unknown: return isDir ? kAclReadData : kAclReadData;
    }
    return kAclReadData;
}

std::string rightsText(uint32_t rights, bool isDir) {
    std::vector<const char*> w;
    auto add = [&](uint32_t bit, const char* file, const char* dir) {
        if (rights & bit) w.push_back(isDir ? dir : file);
    };
    add(kAclReadData, "read", "list");
    add(kAclWriteData, "write", "add_file");
    add(kAclExecute, "execute", "search");
    add(kAclDelete, "delete", "delete");
    add(kAclAppendData, "append", "add_subdirectory");
    add(kAclDeleteChild, "delete_child", "delete_child");
    add(kAclReadAttributes, "readattr", "readattr");
    add(kAclWriteAttributes, "writeattr", "writeattr");
    add(kAclReadExtAttributes, "readextattr", "readextattr");
    add(kAclWriteExtAttributes, "writeextattr", "writeextattr");
    add(kAclReadSecurity, "readsecurity", "readsecurity");
    add(kAclWriteSecurity, "writesecurity", "writesecurity");
    add(kAclChangeOwner, "chown", "chown");
    return joinWords(w);
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
    std::string cmd;
    for (const auto& a : argv) cmd += (cmd.empty() ? "" : " ") + shellQuote(a);
    // Inside an AppleScript string literal only the backslash and the double quote are special.
    std::string lit;
    for (char c : cmd) {
        if (c == '\\' || c == '"') lit += '\\';
        lit += c;
    }
    return {"osascript", "-e", "do shell script \"" + lit + "\" with administrator privileges"};
}

FixProposal fixChflags(const Facts& f, const Node& n, const char* flag) {
    const std::string name = flag;
    const bool system = name == "schg" || name == "sappnd";
    FixProposal fx;
    fx.id = "chflags-no" + name;
    fx.argv = {"chflags", "no" + name, n.path};
    fx.undoArgv = {"chflags", name, n.path};
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
    return fx;
}

FixProposal fixOpenFullDiskAccess(const Facts& f) {
    const std::string app = f.mac.responsibleApp.empty() ? "the app you started it from (Terminal, iTerm or your editor)"
                                                          : f.mac.responsibleApp;
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

}  // namespace wd::mac
