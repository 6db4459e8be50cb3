// SPDX-License-Identifier: GPL-3.0-or-later
// The audit's JSON: one summary object (`audit --json`) and the lines of `audit --jsonl`.
#include "whydenied/audit.h"

#include "whydenied/json.h"

#include <cmath>

namespace wd {

namespace {

void findingFields(JsonWriter& w, const AuditFinding& f) {
    w.key("cause").value(f.cause);
    w.key("path").value(f.path);  // a name that is not UTF-8 also goes out as path_hex (JsonWriter)
    w.key("type").value(toString(f.type));
    w.key("mode").value(modeString(f.mode));
    w.key("uid").value(f.uid);
    w.key("gid").value(f.gid);
    w.key("detail").value(f.detail.english());
}

void samples(JsonWriter& w, const char* key, const std::vector<std::string>& paths) {
    w.key(key).beginArray();
    for (const auto& p : paths) w.value(p);
    w.endArray();
}

}  // namespace

bool auditSupports(Operation op) {
    switch (op) {
    case Operation::Read: case Operation::Write: case Operation::Traverse: case Operation::Delete:
    case Operation::List: case Operation::Execute:
        return true;
    default:
        return false;
    }
}

const AuditGroup* AuditSummary::group(const std::string& cause) const {
    for (const auto& g : groups)
        if (g.cause == cause) return &g;
    return nullptr;
}

std::string auditSummaryJson(const AuditSummary& s, bool pretty) {
    JsonWriter w(pretty);
    w.beginObject();
    w.key("schema").value(1);
    w.key("event").value("summary");
    w.key("root").value(s.root);
    w.key("operation").value(toString(s.op));
    w.key("subject").value(s.subject);
    w.key("verdict_source").value(toString(s.verdictSource));
    if (!s.error.empty()) w.key("error").value(s.error);
    w.key("entries").value(s.entries);
    w.key("folders").value(s.dirs);
    w.key("denied").value(s.denied);
    w.key("cancelled").value(s.cancelled);
    w.key("seconds").value(std::round(s.seconds * 1000.0) / 1000.0);
    w.key("not_audited").value(s.notAudited);
    samples(w, "not_audited_samples", s.notAuditedSamples);
    w.key("other_filesystems").value(s.otherFilesystems);
    samples(w, "other_filesystem_samples", s.otherFilesystemSamples);
    w.key("vanished").value(s.vanished);
    w.key("counts").beginObject();
    for (const auto& g : s.groups) w.key(g.cause).value(g.count);
    w.endObject();
    w.key("groups").beginArray();
    for (const auto& g : s.groups) {
        w.beginObject();
        w.key("cause").value(g.cause);
        w.key("count").value(g.count);
        w.key("files").value(g.files);
        w.key("folders").value(g.dirs);
        w.key("samples").beginArray();
        for (const auto& f : g.samples) {
            w.beginObject();
            findingFields(w, f);
            w.endObject();
        }
        w.endArray();
        w.key("owners").beginArray();
        for (const auto& o : g.owners) {
            w.beginObject();
            if (o.id == UINT32_MAX) w.key("uid").null();
            else w.key("uid").value(o.id);
            w.key("count").value(o.count);
            w.endObject();
        }
        w.endArray();
        w.key("top_folders").beginArray();
        for (const auto& f : g.topFolders) {
            w.beginObject();
            w.key("path").value(f.path);
            w.key("count").value(f.count);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.str();
}

std::string auditFindingJsonLine(const AuditFinding& f) {
    JsonWriter w(false);
    w.beginObject();
    w.key("event").value("finding");
    findingFields(w, f);
    w.endObject();
    return w.str();
}

std::string auditProgressJsonLine(const AuditProgress& p) {
    JsonWriter w(false);
    w.beginObject();
    w.key("event").value("progress");
    w.key("entries").value(p.entries);
    w.key("folders").value(p.dirs);
    w.key("denied").value(p.denied);
    w.key("seconds").value(std::round(p.seconds * 1000.0) / 1000.0);
    w.key("entries_per_second").value(std::round(p.entriesPerSecond));
    w.key("current_folder").value(p.currentFolder);
    w.endObject();
    return w.str();
}

}  // namespace wd
