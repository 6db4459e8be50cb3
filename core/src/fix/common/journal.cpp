// SPDX-License-Identifier: GPL-3.0-or-later
// The journal's format: one JSON document per applied fix (journal_store_*.cpp keep them on disk).
#include "whydenied/fix.h"

#include "hex.h"
#include "json_read.h"
#include "whydenied/json.h"

#include "fix/common/fix_internal.h"
#include "fix/common/wire_json.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <random>

namespace wd {

namespace {

void utcTime(std::time_t t, std::tm& tm) {
#if defined(_WIN32)
    gmtime_s(&tm, &t);
#else
    gmtime_r(&t, &tm);
#endif
}

using jsonread::Json;
using jsonread::get;
using jsonread::getBool;
using jsonread::getBytes;
using jsonread::getI64;
using jsonread::getStr;
using jsonread::getU64;

void writeState(JsonWriter& w, const NodeState& s) {
    w.beginObject();
    w.key("present").value(s.present);
    w.key("mode").value(modeString(s.mode));
    w.key("uid").value(s.uid).key("gid").value(s.gid);
    w.key("acl").value(s.acl);
    w.key("flags_known").value(s.flagsKnown);
    w.key("flags").value(s.flags);
    w.key("size").value(s.size);
    w.key("mtime_ns").value(s.mtimeNs);
    if (s.ctimeNs) w.key("ctime_ns").value(s.ctimeNs);
    // Only where they mean something (Windows, macOS), so Linux entries stay as they were.
    if (s.attributes) w.key("attributes").value(s.attributes);
    if (!s.sddl.empty()) w.key("sddl").value(s.sddl);
    if (s.xattrPresent) w.key("xattr_hex").value(hexOf(s.xattr));
    if (!s.label.empty()) w.key("selinux_label_hex").value(hexOf(s.label));
    w.endObject();
}

NodeState readStateJson(const Json* o) {
    NodeState s;
    if (!o || !o->is_object()) return s;
    s.present = getBool(*o, "present");
    s.mode = static_cast<uint32_t>(std::strtoul(getStr(*o, "mode").c_str(), nullptr, 8));
    s.uid = static_cast<uint32_t>(getU64(*o, "uid"));
    s.gid = static_cast<uint32_t>(getU64(*o, "gid"));
    s.acl = getStr(*o, "acl");
    s.flagsKnown = getBool(*o, "flags_known");
    s.flags = static_cast<uint32_t>(getU64(*o, "flags"));
    s.size = getU64(*o, "size");
    s.mtimeNs = getI64(*o, "mtime_ns");
    s.ctimeNs = getI64(*o, "ctime_ns");
    s.attributes = static_cast<uint32_t>(getU64(*o, "attributes"));
    s.sddl = getStr(*o, "sddl");
    if (const Json* x = get(*o, "xattr_hex"); x && x->is_string())
        if (auto v = fromHex(x->get<std::string>())) {
            s.xattrPresent = true;
            s.xattr = *v;
        }
    s.label = getBytes(*o, "selinux_label");
    return s;
}

NodeType nodeTypeFromString(const std::string& s) {
    for (NodeType t : {NodeType::Regular, NodeType::Directory, NodeType::Symlink, NodeType::Fifo, NodeType::Socket,
                       NodeType::CharDevice, NodeType::BlockDevice})
        if (toString(t) == s) return t;
    return NodeType::Unknown;
}

}  // namespace

bool NodeState::sameAs(const NodeState& o) const {
    if (present != o.present) return false;
    if (!present) return true;
    if (mode != o.mode || uid != o.uid || gid != o.gid || acl != o.acl) return false;
    if (flagsKnown && o.flagsKnown && flags != o.flags) return false;
    if (!label.empty() && !o.label.empty() && label != o.label) return false;
    return attributes == o.attributes && sddl == o.sddl && xattrPresent == o.xattrPresent && xattr == o.xattr;
}

std::string NodeState::describe() const { return described().english(); }

Message NodeState::described() const {
    if (!present) return WD_TR("absent");
    // One more part after a comma: "mode 0644, owner 0:0" then ", ACL …".
    const auto more = [](Message so_far, Message part) { return Message("%1, %2").nest(0, std::move(so_far)).nest(1, std::move(part)); };
    if (thisPlatform() == Platform::Windows) {
        // FILE_ATTRIBUTE_READONLY, HIDDEN, SYSTEM: the ones attrib shows.
        std::string a = (attributes & 0x1) ? "R" : "";
        if (attributes & 0x2) a += "H";
        if (attributes & 0x4) a += "S";
        Message m = a.empty() ? Message(WD_TR("attributes none")) : Message(WD_TR("attributes %1"), {a});
        return sddl.empty() ? m : more(std::move(m), Message(WD_TR("security %1"), {sddl}));
    }
    Message m(WD_TR("mode %1, owner %2"), {modeString(mode), std::to_string(uid) + ":" + std::to_string(gid)});
    if (!acl.empty()) m = more(std::move(m), Message(WD_TR("ACL %1"), {acl}));
    if (!label.empty()) m = more(std::move(m), Message(WD_TR("label %1"), {label}));
    std::string f;
    if (flagsKnown && thisPlatform() == Platform::MacOS) {
        // st_flags: UF_IMMUTABLE, UF_APPEND, SF_IMMUTABLE, SF_APPEND.
        f = (flags & 0x2) ? "uchg" : "nouchg";
        if (flags & 0x4) f += ",uappnd";
        if (flags & 0x20000) f += ",schg";
        if (flags & 0x40000) f += ",sappnd";
    } else if (flagsKnown) {
        f = (flags & 0x10) ? "+i" : "-i";  // FS_IMMUTABLE_FL
        f += (flags & 0x20) ? " +a" : " -a";  // FS_APPEND_FL
    }
    if (!f.empty()) m = more(std::move(m), Message(WD_TR("flags %1"), {f}));
    return m;
}

void fix::writeJournalEntry(JsonWriter& w, const JournalEntry& e) {
    w.beginObject();
    w.key("schema").value(1);
    w.key("id").value(e.id);
    w.key("time").value(e.time);
    w.key("fix").value(e.fixId);
    w.key("cause").value(e.cause);
    w.key("action").value(toString(e.action));
    w.key("arg").value(e.arg).key("arg_hex").value(hexOf(e.arg));
    // JSON strings cannot carry invalid UTF-8, and file names may: the hex form is the exact one.
    w.key("path").value(e.path).key("path_hex").value(hexOf(e.path));
    w.key("dev").value(e.dev).key("ino").value(e.ino);
    w.key("type").value(toString(e.type));
    w.key("command").value(e.command);
    w.key("undo_command").value(e.undoCommand);
    w.key("privilege").value(toString(e.privilege));
    w.key("caller_uid").value(e.callerUid);
    if (!e.callerSid.empty()) w.key("caller_sid").value(e.callerSid);
    w.key("before");
    writeState(w, e.before);
    w.key("after");
    writeState(w, e.after);
    w.key("undone").value(e.undone);
    w.key("undone_time").value(e.undoneTime);
    if (e.pending) w.key("pending").value(true);
    w.endObject();
}

std::optional<JournalEntry> fix::journalEntryFrom(const Json& v) {
    if (!v.is_object() || getU64(v, "schema") != 1) return std::nullopt;
    JournalEntry e;
    e.id = getStr(v, "id");
    e.time = getStr(v, "time");
    e.fixId = getStr(v, "fix");
    e.cause = getStr(v, "cause");
    const auto a = fixActionFromString(getStr(v, "action"));
    if (!a || e.id.empty()) return std::nullopt;
    e.action = *a;
    e.arg = getBytes(v, "arg");
    e.path = getBytes(v, "path");
    e.dev = getU64(v, "dev");
    e.ino = getU64(v, "ino");
    e.type = nodeTypeFromString(getStr(v, "type"));
    e.command = getStr(v, "command");
    e.undoCommand = getStr(v, "undo_command");
    e.privilege = getStr(v, "privilege") == "admin" ? Privilege::Admin : Privilege::None;
    e.callerUid = static_cast<uint32_t>(getU64(v, "caller_uid"));
    e.callerSid = getStr(v, "caller_sid");
    e.before = readStateJson(get(v, "before"));
    e.after = readStateJson(get(v, "after"));
    e.undone = getBool(v, "undone");
    e.undoneTime = getStr(v, "undone_time");
    e.pending = getBool(v, "pending");
    return e;
}

std::string journalEntryJson(const JournalEntry& e) {
    JsonWriter w;
    fix::writeJournalEntry(w, e);
    return w.str() + "\n";
}

std::optional<JournalEntry> journalEntryFromJson(const std::string& text) {
    const auto v = jsonread::parse(text);
    return v ? fix::journalEntryFrom(*v) : std::nullopt;
}

namespace {
constexpr const char* kPlanAnswer = "plan";
}

std::string fix::planAnswerText(const std::string& planId, const std::vector<JournalEntry>& entries) {
    JsonWriter w(false);
    w.beginObject().key("answer").value(kPlanAnswer).key("version").value(1).key("id").value(planId);
    w.key("entries").beginArray();
    for (const auto& e : entries) fix::writeJournalEntry(w, e);
    w.endArray().endObject();
    return w.str() + "\n";
}

bool fix::readPlanAnswer(const std::string& text, std::string& planId, std::vector<JournalEntry>& entries) {
    const auto v = jsonread::parse(text);
    if (!v || getStr(*v, "answer") != kPlanAnswer || getU64(*v, "version") != 1) return false;
    planId = getStr(*v, "id");
    const Json* list = get(*v, "entries");
    if (!validRecordId(planId) || !list || !list->is_array() || list->empty()) return false;
    entries.clear();
    for (const Json& one : *list) {
        auto e = fix::journalEntryFrom(one);
        if (!e) return false;
        entries.push_back(std::move(*e));
    }
    return true;
}

std::vector<JournalEntry> Journal::list() const {
    std::vector<std::string> ids;
    for (const std::string& name : fix::fileNamesIn(dir_))
        if (name.size() > 5 && name[0] != '.' && name.compare(name.size() - 5, 5, ".json") == 0)
            ids.push_back(name.substr(0, name.size() - 5));
    std::sort(ids.begin(), ids.end());
    std::vector<JournalEntry> out;
    for (const auto& id : ids)
        if (auto e = read(id)) out.push_back(std::move(*e));
    return out;
}

std::optional<JournalEntry> Journal::last() const {
    auto all = list();
    if (all.empty()) return std::nullopt;
    return all.back();
}

bool fix::validRecordId(const std::string& id) {
    return !id.empty() && id.size() <= 64 && id[0] != '.' &&
           id.find_first_not_of("0123456789TZ.-abcdef") == std::string::npos;
}

std::string fix::HelperOptions::get(const std::string& name) const {
    const auto it = opt.find(name);
    return it == opt.end() ? std::string() : it->second;
}

std::optional<fix::HelperOptions> fix::parseHelperOptions(const std::vector<std::string>& args,
                                                          const std::set<std::string>& valued,
                                                          const std::set<std::string>& flagNames, std::string& error) {
    HelperOptions r;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.rfind("--", 0) != 0) {
            error = "unexpected argument";
            return std::nullopt;
        }
        const std::string name = a.substr(2);
        if (flagNames.count(name)) {
            r.flags.insert(name);
        } else if (valued.count(name)) {
            if (i + 1 >= args.size()) error = "--" + name + " needs a value";
            else if (r.opt.count(name)) error = "--" + name + " given twice";
            if (!error.empty()) return std::nullopt;
            r.opt[name] = args[++i];
        } else {
            error = "unknown option " + name;
            return std::nullopt;
        }
    }
    return r;
}

std::string fix::isoNow() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    utcTime(t, tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string newJournalId() {
    const auto now = std::chrono::system_clock::now();
    const std::time_t t = std::chrono::system_clock::to_time_t(now);
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm tm{};
    utcTime(t, tm);
    char buf[64];
    std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%S", &tm);
    std::random_device rd;
    char tail[32];
    std::snprintf(tail, sizeof tail, ".%03dZ-%06x", static_cast<int>(ms), rd() & 0xffffffU);
    return std::string(buf) + tail;
}

}  // namespace wd
