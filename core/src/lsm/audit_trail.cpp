// SPDX-License-Identifier: GPL-3.0-or-later
// Audit trails: audit.log lines, `journalctl -o export` entries and kernel-log text, turned into one
// AuditDenial per event. Records of one event (AVC, SYSCALL, CWD, PATH) share a serial and are
// merged, the way setroubleshoot groups them: the AVC names only the last component, PATH the path.
#include "whydenied/facts.h"
#include "whydenied/lsm.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>

namespace wd {
namespace {

constexpr size_t kMaxValue = 4096;     // a longer field value is cut: paths are at most PATH_MAX
constexpr size_t kMaxEvents = 100000;  // more events than any real log of interest

using Fields = std::map<std::string, std::string, std::less<>>;

bool isHex(std::string_view v) {
    if (v.empty() || v.size() % 2) return false;
    return std::all_of(v.begin(), v.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

// auditd writes a name with spaces or odd bytes unquoted, as hex.
std::string unhex(std::string_view v) {
    std::string out;
    for (size_t i = 0; i + 1 < v.size(); i += 2) out += static_cast<char>(std::strtol(std::string(v.substr(i, 2)).c_str(), nullptr, 16));
    return out;
}

// key=value pairs; values "quoted", 'quoted' (USER_AVC's msg='…', which holds more pairs) or bare.
void tokenize(std::string_view s, Fields& out, int depth = 0) {
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
        const size_t keyStart = i;
        while (i < s.size() && s[i] != '=' && s[i] != ' ' && s[i] != '\t') ++i;
        if (i >= s.size() || s[i] != '=') continue;
        const std::string key(s.substr(keyStart, i - keyStart));
        ++i;
        std::string value;
        bool quoted = false;
        if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
            const char q = s[i++];
            const size_t end = s.find(q, i);
            const size_t stop = end == std::string_view::npos ? s.size() : end;
            value = std::string(s.substr(i, std::min(stop - i, kMaxValue)));
            i = end == std::string_view::npos ? s.size() : end + 1;
            quoted = true;
            if (q == '\'' && depth == 0) tokenize(value, out, 1);
        } else {
            const size_t start = i;
            while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
            value = std::string(s.substr(start, std::min(i - start, kMaxValue)));
        }
        static constexpr std::string_view kNames[] = {"name", "path", "exe", "comm", "cwd"};
        if (!quoted && isHex(value) && std::find(std::begin(kNames), std::end(kNames), key) != std::end(kNames))
            value = unhex(value);
        if (!key.empty() && !out.count(key)) out.emplace(key, std::move(value));
    }
}

struct Event {
    std::string serial;
    double time = 0;
    AuditDenial d;
    bool isDenial = false;
    std::vector<std::string> paths;  // PATH records, in item order
    std::string cwd;
    int order = 0;
};

std::string get(const Fields& f, std::string_view k) {
    auto it = f.find(k);
    return it == f.end() ? std::string() : it->second;
}

// "audit(1226270358.848:238)" anywhere in the text: the time and the serial.
bool findStamp(std::string_view s, double& time, std::string& serial, size_t& after) {
    const size_t a = s.find("audit(");
    if (a == std::string_view::npos) return false;
    const size_t close = s.find(')', a);
    if (close == std::string_view::npos || close - a > 64) return false;
    const std::string stamp(s.substr(a + 6, close - a - 6));
    const size_t colon = stamp.find(':');
    if (colon == std::string::npos) return false;
    time = std::strtod(stamp.substr(0, colon).c_str(), nullptr);
    serial = stamp;
    after = close + 1;
    if (after < s.size() && s[after] == ':') ++after;
    return true;
}

// The record type: "type=AVC", "type=1400", or journald's _AUDIT_TYPE_NAME.
std::string typeName(std::string t) {
    static const std::map<std::string, std::string, std::less<>> kNumbers = {
        {"1400", "AVC"},  {"1107", "USER_AVC"}, {"1401", "SELINUX_ERR"}, {"1300", "SYSCALL"}, {"1302", "PATH"},
        {"1307", "CWD"},  {"1423", "LANDLOCK_ACCESS"}, {"1424", "LANDLOCK_DOMAIN"}, {"1503", "AVC"}, {"1502", "AVC"}};
    if (auto it = kNumbers.find(t); it != kNumbers.end()) return it->second;
    return t;
}

class Collector {
public:
    // One record: its type, stamp and the text after the stamp.
    void record(std::string type, double time, const std::string& serial, std::string_view body) {
        type = typeName(std::move(type));
        Fields f;
        tokenize(body, f);
        Event& e = eventFor(serial, time);
        if (type == "SYSCALL") {
            if (e.d.pid == 0) e.d.pid = std::atoi(get(f, "pid").c_str());
            if (e.d.comm.empty()) e.d.comm = get(f, "comm");
            if (e.d.exe.empty()) e.d.exe = get(f, "exe");
            return;
        }
        if (type == "CWD") { e.cwd = get(f, "cwd"); return; }
        if (type == "PATH") {
            const std::string name = get(f, "name");
            if (!name.empty() && name != "(null)") e.paths.push_back(name);
            if (e.d.ino == 0) e.d.ino = std::strtoull(get(f, "inode").c_str(), nullptr, 10);
            return;
        }
        AuditDenial& d = e.d;
        if (const std::string aa = get(f, "apparmor"); !aa.empty()) {
            if (aa != "DENIED" && aa != "ALLOWED") return;  // STATUS (profile loads), AUDIT
            e.isDenial = true;
            d.module = "apparmor";
            d.type = "APPARMOR";
            d.apparmor = aa;
            d.profile = get(f, "profile");
            d.operation = get(f, "operation");
            d.requestedMask = get(f, "requested_mask");
            d.deniedMask = get(f, "denied_mask");
            d.path = get(f, "name");
        } else if (type == "LANDLOCK_ACCESS" || f.count("blockers")) {
            e.isDenial = true;
            d.module = "landlock";
            d.type = "LANDLOCK_ACCESS";
            d.blockers = get(f, "blockers");
            d.domain = get(f, "domain");
            d.path = get(f, "path");
        } else if (type == "AVC" || type == "USER_AVC" || type == "SELINUX_ERR" || body.find("avc:") != std::string_view::npos) {
            if (f.count("scontext") == 0) return;
            e.isDenial = true;
            d.module = "selinux";
            d.type = type == "USER_AVC" || type == "SELINUX_ERR" ? type : "AVC";
            const size_t open = body.find('{'), close = body.find('}', open == std::string_view::npos ? 0 : open);
            if (open != std::string_view::npos && close != std::string_view::npos) {
                std::string perms(body.substr(open + 1, std::min(close - open - 1, kMaxValue)));
                perms.erase(0, perms.find_first_not_of(' '));
                perms.erase(perms.find_last_not_of(' ') + 1);
                d.permissions = perms;
            }
            d.granted = body.find("avc:  granted") != std::string_view::npos || body.find("avc: granted") != std::string_view::npos;
            d.scontext = get(f, "scontext");
            d.tcontext = get(f, "tcontext");
            d.tclass = get(f, "tclass");
            d.permissive = get(f, "permissive") == "1";
            d.name = get(f, "name");
            d.path = get(f, "path");
        } else {
            return;
        }
        if (const std::string pid = get(f, "pid"); !pid.empty()) d.pid = std::atoi(pid.c_str());
        if (const std::string comm = get(f, "comm"); !comm.empty()) d.comm = comm;
        if (const std::string exe = get(f, "exe"); !exe.empty()) d.exe = exe;
        if (const std::string ino = get(f, "ino"); !ino.empty()) d.ino = std::strtoull(ino.c_str(), nullptr, 10);
        d.dev = get(f, "dev");
    }

    std::vector<AuditDenial> finish() {
        std::vector<Event*> sorted;
        for (auto& [key, e] : events_)
            if (e.isDenial) sorted.push_back(&e);
        std::sort(sorted.begin(), sorted.end(), [](const Event* a, const Event* b) { return a->order < b->order; });
        std::vector<AuditDenial> out;
        for (Event* e : sorted) {
            AuditDenial d = e->d;
            d.serial = e->serial;
            d.time = e->time;
            if (d.path.empty() || d.path.front() != '/') {
                // The PATH record whose last component is the AVC's name; relative ones against CWD.
                std::string best;
                for (const std::string& p : e->paths) {
                    const size_t slash = p.find_last_of('/');
                    const std::string last = slash == std::string::npos ? p : p.substr(slash + 1);
                    if (d.name.empty() || last == d.name) best = p;
                }
                if (best.empty() && !d.path.empty()) best = d.path;
                if (!best.empty() && best.front() != '/' && !e->cwd.empty())
                    best = e->cwd + (e->cwd.back() == '/' ? "" : "/") + best;
                if (!best.empty() && best.front() == '/') d.path = best;
            }
            out.push_back(std::move(d));
        }
        return out;
    }

private:
    Event& eventFor(const std::string& serial, double time) {
        // Records without a serial (some kernel-log lines) stand alone.
        const std::string key = serial.empty() ? "#" + std::to_string(next_) : serial;
        auto [it, fresh] = events_.try_emplace(key);
        if (fresh) {
            if (events_.size() > kMaxEvents) {
                events_.erase(it);
                return overflow_;
            }
            it->second.serial = serial;
            it->second.time = time;
            it->second.order = next_++;
        }
        return it->second;
    }
    std::map<std::string, Event> events_;
    Event overflow_;
    int next_ = 0;
};

// One text line of audit.log, dmesg or `journalctl -k`.
void textLine(Collector& c, std::string_view line) {
    double time = 0;
    std::string serial;
    size_t after = 0;
    if (!findStamp(line, time, serial, after)) return;
    std::string type;
    const size_t t = line.rfind("type=", after);
    if (t != std::string_view::npos) {
        size_t e = t + 5;
        while (e < line.size() && line[e] != ' ' && line[e] != '\t') ++e;
        type = std::string(line.substr(t + 5, std::min<size_t>(e - t - 5, 32)));
    }
    c.record(type, time, serial, line.substr(after));
}

// journalctl -o export: entries of KEY=value lines separated by a blank line; a binary value is the
// key, a newline, a 64-bit little-endian length and the bytes.
void exportEntries(Collector& c, std::string_view text) {
    Fields entry;
    auto flush = [&] {
        if (entry.empty()) return;
        const std::string msg = get(entry, "MESSAGE");
        double time = 0;
        std::string serial;
        size_t after = 0;
        if (findStamp(msg, time, serial, after)) {
            textLine(c, msg);
        } else if (const std::string id = get(entry, "_AUDIT_ID"); !id.empty()) {
            // journald's audit transport: "AVC avc:  denied …", the serial in _AUDIT_ID.
            std::string type = get(entry, "_AUDIT_TYPE_NAME");
            if (type.empty()) type = get(entry, "_AUDIT_TYPE");
            const std::string usec = get(entry, "_SOURCE_REALTIME_TIMESTAMP").empty()
                                         ? get(entry, "__REALTIME_TIMESTAMP")
                                         : get(entry, "_SOURCE_REALTIME_TIMESTAMP");
            time = std::strtod(usec.c_str(), nullptr) / 1e6;
            c.record(type, time, id, msg);
        }
        entry.clear();
    };
    size_t i = 0;
    while (i < text.size()) {
        size_t nl = text.find('\n', i);
        if (nl == std::string_view::npos) nl = text.size();
        const std::string_view line = text.substr(i, nl - i);
        i = nl + 1;
        if (line.empty()) { flush(); continue; }
        const size_t eq = line.find('=');
        if (eq == std::string_view::npos) {
            // Binary field: the key alone, then the length and the data.
            if (i + 8 > text.size()) break;
            uint64_t len = 0;
            for (int b = 7; b >= 0; --b) len = (len << 8) | static_cast<unsigned char>(text[i + static_cast<size_t>(b)]);
            i += 8;
            if (len > text.size() - i) break;
            std::string value(text.substr(i, std::min<uint64_t>(len, kMaxValue)));
            entry.emplace(std::string(line), std::move(value));
            i += len + 1;
            continue;
        }
        entry.emplace(std::string(line.substr(0, eq)), std::string(line.substr(eq + 1, kMaxValue)));
    }
    flush();
}

bool looksLikeExport(std::string_view text) {
    return text.rfind("__CURSOR=", 0) == 0 || text.rfind("__REALTIME_TIMESTAMP=", 0) == 0 ||
           text.find("\n__CURSOR=") != std::string_view::npos || text.find("\n_TRANSPORT=") != std::string_view::npos;
}

std::string baseName(const std::string& p) {
    const size_t s = p.find_last_of('/');
    return s == std::string::npos ? p : p.substr(s + 1);
}

}  // namespace

bool AuditDenial::blocked() const {
    if (module == "selinux") return !permissive && !granted;
    if (module == "apparmor") return apparmor == "DENIED";
    return true;
}

std::string AuditDenial::profileMode() const {
    if (module != "apparmor") return {};
    return apparmor == "ALLOWED" ? "complain" : "enforce";
}

std::string AuditDenial::typeOf(std::string_view context) const {
    // user:role:type:level — the level may itself hold colons ("s0:c1,c2").
    size_t a = context.find(':');
    if (a == std::string_view::npos) return {};
    a = context.find(':', a + 1);
    if (a == std::string_view::npos) return {};
    const size_t b = context.find(':', a + 1);
    return std::string(context.substr(a + 1, b == std::string_view::npos ? std::string_view::npos : b - a - 1));
}

namespace {

template <class Fn>
void forEachLine(std::string_view text, Fn&& fn) {
    for (size_t i = 0; i < text.size();) {
        size_t nl = text.find('\n', i);
        if (nl == std::string_view::npos) nl = text.size();
        fn(text.substr(i, nl - i));
        i = nl + 1;
    }
}

}  // namespace

std::vector<AuditDenial> parseAuditTrail(std::string_view text) {
    Collector c;
    if (looksLikeExport(text))
        exportEntries(c, text);
    else
        forEachLine(text, [&c](std::string_view line) { textLine(c, line); });
    return c.finish();
}

namespace {

// A record written after the error cannot be its cause; a few seconds allow for the program
// printing the error after the call failed, and for a log written by another clock of the machine.
constexpr double kAfterSlack = 5;

// With the error's time known: records after it go, the nearest come first, and each says how long
// before the error it was written. Records without a time keep their place after the timed ones.
void byTime(std::vector<AuditDenial>& v, double when) {
    if (when <= 0) return;
    std::erase_if(v, [&](const AuditDenial& d) { return d.time > 0 && d.time > when + kAfterSlack; });
    for (AuditDenial& d : v)
        if (d.time > 0) d.beforeError = std::max(0.0, when - d.time);
    std::stable_sort(v.begin(), v.end(), [](const AuditDenial& a, const AuditDenial& b) {
        if ((a.beforeError < 0) != (b.beforeError < 0)) return b.beforeError < 0;
        return a.beforeError < b.beforeError;
    });
}

}  // namespace

std::vector<AuditDenial> auditDenialsFor(const std::vector<AuditDenial>& all, const std::string& path, double when) {
    std::vector<AuditDenial> out;
    for (auto it = all.rbegin(); it != all.rend(); ++it)
        if (!path.empty() && it->path == path) out.push_back(*it);
    byTime(out, when);
    return out;
}

std::vector<AuditDenial> matchAuditDenials(const std::vector<AuditDenial>& all, const Facts& f) {
    const Node* t = f.targetNode();
    std::vector<AuditDenial> out;
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        const AuditDenial& d = *it;
        bool match = !d.path.empty() && (d.path == f.absolute || (t && d.path == t->path));
        if (!match && t && d.ino != 0 && d.ino == t->ino)
            match = d.name.empty() ? baseName(d.path) == baseName(t->path) : d.name == baseName(t->path);
        // A record that names no file at all (a Landlock domain, a socket) speaks for its process.
        if (!match && d.path.empty() && d.name.empty() && f.subject.pid > 0) match = d.pid == f.subject.pid;
        if (match) out.push_back(d);
    }
    byTime(out, f.context.time);
    return out;
}

}  // namespace wd

namespace wd {

std::string auditLinesFor(std::string_view text, const std::string& path, uint64_t ino, double when) {
    std::vector<AuditDenial> named;
    for (const AuditDenial& d : parseAuditTrail(text))
        if ((!d.path.empty() && d.path == path) ||
            (ino != 0 && d.ino == ino && (d.name.empty() ? baseName(d.path) : d.name) == baseName(path)))
            named.push_back(d);
    byTime(named, when);
    std::vector<std::string> stamps;  // "audit(1226270358.848:238)" of each event kept
    for (const AuditDenial& d : named)
        if (!d.serial.empty()) stamps.push_back("audit(" + d.serial + ")");
    std::string out;
    forEachLine(text, [&](std::string_view line) {
        if (line.rfind("type=PROCTITLE ", 0) == 0 || line.rfind("type=EXECVE ", 0) == 0) return;
        for (const std::string& s : stamps)
            if (line.find(s) != std::string_view::npos) {
                out.append(line).push_back('\n');
                return;
            }
    });
    return out;
}

}  // namespace wd
