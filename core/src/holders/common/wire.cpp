// SPDX-License-Identifier: GPL-3.0-or-later
// The helper's holders answer as JSON lines: one {"kind": "summary"} line, then one
// {"kind": "holder"} line per holder with its paths. Texts that are not UTF-8 (paths, command
// lines) keep their bytes in a "<field>_hex" sibling, so any name survives.
#include "whydenied/holders.h"

#include "json_read.h"
#include "whydenied/json.h"

namespace wd {

std::string holdersToLines(const HoldersResult& r) {
    JsonWriter s(false);
    s.beginObject().key("kind").value("summary");
    s.key("path").value(r.path).key("folder").value(r.folder);
    s.key("scanned").value(r.scanned).key("not_inspected").value(r.notInspected);
    s.key("unattributed_locks").value(r.unattributedLocks);
    s.key("error").value(r.error);
    s.endObject();
    std::string out = s.str() + "\n";
    for (const Holder& h : r.holders) {
        JsonWriter w(false);
        w.beginObject().key("kind").value("holder");
        w.key("pid").value(h.pid).key("start_time").value(h.startTime);
        w.key("uid").value(h.uid).key("uid_known").value(h.uidKnown);
        w.key("how").value(h.how).key("kernel_thread").value(h.kernelThread);
        w.key("name").value(h.name).key("user").value(h.user).key("cmdline").value(h.cmdline);
        w.key("paths").beginArray();
        for (const std::string& p : h.paths) w.beginObject().key("path").value(p).endObject();
        w.endArray();
        w.endObject();
        out += w.str() + "\n";
    }
    return out;
}

HoldersResult holdersFromLines(std::string_view text) {
    using namespace jsonread;
    HoldersResult r;
    bool summary = false;
    while (!text.empty()) {
        const size_t nl = text.find('\n');
        const std::string line(text.substr(0, nl));
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
        const auto v = parse(line);
        if (!v || !v->is_object()) continue;
        const std::string kind = getStr(*v, "kind");
        if (kind == "summary") {
            summary = true;
            r.path = getBytes(*v, "path");
            r.folder = getBool(*v, "folder");
            r.scanned = static_cast<int>(getI64(*v, "scanned"));
            r.notInspected = static_cast<int>(getI64(*v, "not_inspected"));
            r.unattributedLocks = static_cast<int>(getI64(*v, "unattributed_locks"));
            r.error = getBytes(*v, "error");
        } else if (kind == "holder") {
            Holder h;
            h.pid = static_cast<int>(getI64(*v, "pid"));
            h.startTime = getU64(*v, "start_time");
            h.uid = static_cast<uint32_t>(getU64(*v, "uid"));
            h.uidKnown = getBool(*v, "uid_known");
            h.how = static_cast<uint32_t>(getU64(*v, "how"));
            h.kernelThread = getBool(*v, "kernel_thread");
            h.name = getBytes(*v, "name");
            h.user = getBytes(*v, "user");
            h.cmdline = getBytes(*v, "cmdline");
            if (const Json* paths = get(*v, "paths"); paths && paths->is_array())
                for (const Json& p : *paths)
                    if (h.paths.size() < kMaxPathsPerHolder) h.paths.push_back(getBytes(p, "path"));
            r.holders.push_back(std::move(h));
        }
    }
    if (!summary && r.error.empty()) r.error = "the helper gave no answer";
    return r;
}

}  // namespace wd

#if !defined(__linux__)
namespace wd {
// Elsewhere the privileged look is not built yet: say so rather than pretend the plain scan saw all.
HoldersResult findHoldersAsAdministrator(const std::string& path, const std::string&, bool) {
    HoldersResult r = findHolders(path);
    if (r.notInspected > 0) r.error = "looking as an administrator is not supported on this platform yet";
    return r;
}
}  // namespace wd
#endif
