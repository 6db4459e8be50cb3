// SPDX-License-Identifier: GPL-3.0-or-later
// The Linux bulk fix's batch files: their name, writing their lines (version 3, JSON lines) and
// reading them back in every version, the undone mark.
#include "fix/linux/bulk_internal.h"

#include "hex.h"
#include "json_read.h"
#include "whydenied/json.h"

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <istream>
#include <limits>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace wd {

namespace bulk {

std::optional<std::string> unescapeBytes(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\') {
            out += s[i];
            continue;
        }
        if (i + 3 >= s.size() || s[i + 1] != 'x') return std::nullopt;
        const auto byte = fromHex(std::string_view(s).substr(i + 2, 2));
        if (!byte) return std::nullopt;
        out += *byte;
        i += 3;
    }
    return out;
}

std::string batchPath(const std::string& dir, const std::string& id) { return dir + "/" + id + ".batch"; }

namespace {

using jsonread::Json;

std::string line(JsonWriter& w) { return w.endObject().str() + "\n"; }

// Strict field readers for version 3: a missing field or one of the wrong type makes the line bad.
bool readU64(const Json& o, const char* k, uint64_t& out) {
    const Json* v = jsonread::get(o, k);
    if (!v || !v->is_number_unsigned()) return false;
    out = v->get<uint64_t>();
    return true;
}
bool readU32(const Json& o, const char* k, uint32_t& out) {
    uint64_t v = 0;
    if (!readU64(o, k, v) || v > std::numeric_limits<uint32_t>::max()) return false;
    out = static_cast<uint32_t>(v);
    return true;
}
// A text field's exact bytes: its "<k>_hex" sibling when there is one (it must be hex), else the text.
bool readBytes(const Json& o, const char* k, std::string& out) {
    const Json* v = jsonread::get(o, k);
    if (!v || !v->is_string()) return false;
    const std::string hk = std::string(k) + "_hex";
    if (const Json* h = jsonread::get(o, hk.c_str())) {
        if (!h->is_string()) return false;
        auto b = fromHex(h->get<std::string>());
        if (!b) return false;
        out = std::move(*b);
        return true;
    }
    out = v->get<std::string>();
    return true;
}

std::optional<Json> objectLine(const std::string& text) {
    auto v = jsonread::parse(text);
    if (!v || !v->is_object()) return std::nullopt;
    return v;
}

BatchLine parseV3(const std::string& text) {
    BatchLine out;
    const auto o = objectLine(text);
    if (!o) return out;
    const std::string k = jsonread::getStr(*o, "k");
    uint64_t n = 0;
    if (k == "intent") {
        if (readU64(*o, "dev", n) && readU64(*o, "ino", n)) out.kind = BatchLine::Intent;
        return out;
    }
    if (k == "end") {
        if (readU64(*o, "changed", n)) out.kind = BatchLine::End;
        return out;
    }
    if (k == "undone") {
        out.kind = BatchLine::Undone;
        return out;
    }
    if (k != "entry") return out;
    BatchEntry& e = out.entry;
    const std::string kind = jsonread::getStr(*o, "kind");
    const Json* ctime = jsonread::get(*o, "ctime");
    if (!readU64(*o, "dev", e.dev) || !readU64(*o, "ino", e.ino) || (kind != "f" && kind != "d") ||
        !readU32(*o, "old_mode", e.oldMode) || !readU32(*o, "old_uid", e.oldUid) || !readU32(*o, "old_gid", e.oldGid) ||
        !readU32(*o, "new_mode", e.newMode) || !readU32(*o, "new_uid", e.newUid) || !readU32(*o, "new_gid", e.newGid) ||
        !ctime || !ctime->is_string() || !readU32(*o, "old_flags", e.oldFlags) ||
        !readU32(*o, "new_flags", e.newFlags) || !readBytes(*o, "path", e.rel) || e.rel.empty() ||
        e.oldMode > 07777U || e.newMode > 07777U)
        return out;
    e.kind = kind[0];
    e.ctime = ctime->get<std::string>();
    out.kind = BatchLine::Entry;
    return out;
}

// "DEV INO KIND OLDMODE OLDUID OLDGID NEWMODE NEWUID NEWGID [CTIME OLDFLAGS NEWFLAGS] RELPATH"
BatchLine parseText(const std::string& text, int version) {
    BatchLine out;
    if (text.rfind("end ", 0) == 0) out.kind = BatchLine::End;
    else if (text.rfind("undone ", 0) == 0) out.kind = BatchLine::Undone;
    else if (text.rfind("intent ", 0) == 0) out.kind = BatchLine::Intent;
    if (out.kind != BatchLine::Bad) return out;
    std::istringstream ls(text);
    unsigned long long dev = 0, ino = 0;
    char kind = 0;
    unsigned oldMode = 0, oldUid = 0, oldGid = 0, newMode = 0, newUid = 0, newGid = 0, oldFlags = 0, newFlags = 0;
    std::string ctime, relEsc;
    ls >> dev >> ino >> kind >> std::oct >> oldMode >> std::dec >> oldUid >> oldGid >> std::oct >> newMode >>
        std::dec >> newUid >> newGid;
    if (version >= 2) ls >> ctime >> std::hex >> oldFlags >> newFlags >> std::dec;
    ls >> relEsc;
    const auto rel = unescapeBytes(relEsc);
    if (!ls || !rel) return out;
    out.entry = BatchEntry{dev, ino, kind, oldMode, oldUid, oldGid, newMode, newUid, newGid, ctime, oldFlags, newFlags, *rel};
    out.kind = BatchLine::Entry;
    return out;
}

}  // namespace

std::string batchHeaderText(const BatchMeta& m) {
    JsonWriter w(false);
    w.beginObject().key("k").value("batch").key("id").value(m.id).key("time").value(m.time).key("cause").value(m.cause);
    w.key("action").value(m.action).key("arg").value(m.arg).key("root").value(m.root).key("command").value(m.command);
    w.key("uid").value(m.uid);
    return std::string(kMagic) + "\n" + line(w);
}

std::string intentLine(uint64_t dev, uint64_t ino) {
    JsonWriter w(false);
    w.beginObject().key("k").value("intent").key("dev").value(dev).key("ino").value(ino);
    return line(w);
}

std::string entryLine(const BatchEntry& e) {
    JsonWriter w(false);
    w.beginObject().key("k").value("entry").key("dev").value(e.dev).key("ino").value(e.ino);
    w.key("kind").value(std::string(1, e.kind));
    w.key("old_mode").value(e.oldMode).key("old_uid").value(e.oldUid).key("old_gid").value(e.oldGid);
    w.key("new_mode").value(e.newMode).key("new_uid").value(e.newUid).key("new_gid").value(e.newGid);
    w.key("ctime").value(e.ctime).key("old_flags").value(e.oldFlags).key("new_flags").value(e.newFlags);
    w.key("path").value(e.rel);
    return line(w);
}

std::string endLine(uint64_t changed) {
    JsonWriter w(false);
    w.beginObject().key("k").value("end").key("changed").value(changed);
    return line(w);
}

std::string undoneLine(const std::string& time) {
    JsonWriter w(false);
    w.beginObject().key("k").value("undone").key("time").value(time);
    return line(w);
}

std::string ctimeText(const struct statx& sx) {
    char text[40];
    std::snprintf(text, sizeof text, "%lld.%09u", static_cast<long long>(sx.stx_ctime.tv_sec), sx.stx_ctime.tv_nsec);
    return text;
}

void appendUndone(const std::string& dir, const std::string& id, int version) {
    if (std::FILE* f = std::fopen(batchPath(dir, id).c_str(), "a")) {
        const std::string time = fix::isoNow();
        std::fputs((version >= 3 ? undoneLine(time) : "undone " + time + "\n").c_str(), f);
        std::fclose(f);
    }
}

BatchLine parseBatchLine(const std::string& text, int version) {
    return version >= 3 ? parseV3(text) : parseText(text, version);
}

Result<BatchHeader> readHeader(std::istream& in) {
    std::string line;
    std::getline(in, line);
    BatchHeader h;
    if (line == kMagic) h.version = 3;
    else if (line == kMagicV2) h.version = 2;
    else if (line == kMagicV1) h.version = 1;
    else return Failure(std::string("not a batch journal entry"));
    bool haveUid = false;
    if (h.version >= 3) {
        std::getline(in, line);
        const auto o = objectLine(line);
        if (!o || jsonread::getStr(*o, "k") != "batch") return Failure(std::string("not a batch journal entry"));
        if (!readBytes(*o, "root", h.root)) h.root.clear();
        if (const Json* a = jsonread::get(*o, "action"); a && a->is_string())
            h.action = fixActionFromString(a->get<std::string>());
        haveUid = readU32(*o, "uid", h.uid);
    } else {
        while (std::getline(in, line) && line != "--") {
            if (line.rfind("root ", 0) == 0) h.root = unescapeBytes(line.substr(5)).value_or("");
            if (line.rfind("action ", 0) == 0) h.action = fixActionFromString(line.substr(7));
            if (line.rfind("uid ", 0) == 0 && line.size() > 4 && line.size() < 15 &&
                line.find_first_not_of("0123456789", 4) == std::string::npos) {
                h.uid = static_cast<uint32_t>(std::stoul(line.substr(4)));
                haveUid = true;
            }
        }
    }
    if (h.root.empty() || h.root[0] != '/' || !haveUid) {
        return Failure(std::string("the batch names no root folder or no owner"));
    }
    return h;
}

void markUndone(const std::string& dir, const std::string& id) {
    std::ifstream in(batchPath(dir, id));
    const auto h = readHeader(in);
    if (!h) return;
    std::string line;
    while (std::getline(in, line))
        if (parseBatchLine(line, h->version).kind == BatchLine::Undone) return;
    in.close();
    appendUndone(dir, id, h->version);
}

}  // namespace bulk

bool isBulkJournalEntry(const std::string& journalDirIn, const std::string& id) {
    const std::string dir = journalDirIn.empty() ? Journal::defaultDir() : journalDirIn;
    if (!fix::validRecordId(id)) return false;
    struct stat st{};
    // Root trusts only a batch that root wrote: one in a person's folder is theirs to forge.
    return lstat(bulk::batchPath(dir, id).c_str(), &st) == 0 && S_ISREG(st.st_mode) && (geteuid() != 0 || st.st_uid == 0);
}

}  // namespace wd
