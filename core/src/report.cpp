// SPDX-License-Identifier: GPL-3.0-or-later
#include "whydenied/report.h"

#include "rules/support/common.h"
#include "rules/support/windows.h"
#include "whydenied/errno_name.h"
#include "whydenied/plan.h"

namespace wd {
namespace {

std::string baseName(const std::string& p) {
    const auto pos = p.find_last_of('/');
    return pos == std::string::npos || pos + 1 == p.size() ? p : p.substr(pos + 1);
}

void writeFix(JsonWriter& w, const FixProposal& fx) {
    w.beginObject();
    w.key("id").value(fx.id);
    w.key("title").value(fx.title.english());
    w.key("change").value(fx.change.english());
    w.key("command").value(fx.command());
    w.key("privilege").value(toString(fx.privilege));
    w.key("advisory").value(fx.advisory);
    w.key("undo");
    if (fx.undoArgv.empty()) w.null(); else w.value(fx.undoCommand());
    w.endObject();
}

void writeNode(JsonWriter& w, const Node& n) {
    w.beginObject();
    w.key("path").value(n.path);
    if (!n.exists) {
        w.key("missing").value(true);
        w.endObject();
        return;
    }
    if (n.statErrno) {
        w.key("error").value(errnoName(n.statErrno));
        w.endObject();
        return;
    }
    w.key("type").value(toString(n.type));
    w.key("owner").value(rules::who(n));
    w.key("group").value(rules::whichGroup(n));
    w.key("uid").value(n.uid);
    w.key("gid").value(n.gid);
    w.key("mode").value(modeString(n.mode));
    if (!n.acl.empty()) w.key("acl").value(rules::aclText(n));
    if (n.immutable || n.appendOnly) {
        w.key("attributes").beginArray();
        if (n.immutable) w.value("immutable");
        if (n.appendOnly) w.value("append-only");
        w.endArray();
    }
    if (n.win.known) {  // Windows: the attributes, owner SID and rights that decide there
        w.key("windows_attributes").value(win::attributeWords(n.win));
        if (!n.win.ownerSid.empty()) w.key("owner_sid").value(n.win.ownerSid);
        if (n.win.accessChecked) w.key("effective_rights").value(win::rightsWords(n.win.granted));
    }
    if (n.mountPoint) w.key("mount_point").value(true);
    if (!n.linkTarget.empty()) w.key("link_target").value(n.linkTarget);
    w.endObject();
}

std::string accessVerb(const AccessResult& a) {
    return a.inside ? std::string(WD_TR("create files in")) : rules::opVerb(a.op);
}

// Every plausible operation was asked: say which may and which may not, the denied ones all
// (up to three), of the allowed ones the first.
Message anySentence(const Diagnosis& d, const std::string& name) {
    std::vector<std::string> allowed, denied;
    const AccessResult* unknown = nullptr;
    for (const AccessResult& a : d.access) {
        if (a.verdict == Verdict::Allowed) allowed.push_back(accessVerb(a));
        else if (a.verdict == Verdict::Denied) denied.push_back(accessVerb(a));
        else if (!unknown) unknown = &a;
    }
    const bool other = d.isForAnotherSubject();
    const std::string who = d.facts.identity.userName.empty() ? d.facts.subject.description : d.facts.identity.userName;
    // Placeholders: who (for another subject), then verbs and the name in sentence order.
    auto make = [&](const char* mine, const char* theirs, std::vector<std::string> args, std::vector<size_t> verbs) {
        if (other) {
            args.insert(args.begin(), who);
            for (size_t& v : verbs) ++v;
        }
        Message m(other ? theirs : mine, std::move(args));
        for (size_t v : verbs) m.translateArg(v);
        return m;
    };
    if (denied.empty() && unknown)
        return make(WD_TR("Whether you can %1 %2 is unknown"), WD_TR("Whether %1 can %2 %3 is unknown"),
                    {accessVerb(*unknown), name}, {0});
    if (denied.empty()) {
        if (allowed.size() == 1)
            return make(WD_TR("You can %1 %2 — the error must come from somewhere else"), WD_TR("%1 can %2 %3"),
                        {allowed[0], name}, {0});
        if (allowed.size() == 2)
            return make(WD_TR("You can %1 and %2 %3 — the error must come from somewhere else"),
                        WD_TR("%1 can %2 and %3 %4"), {allowed[0], allowed[1], name}, {0, 1});
        return make(WD_TR("You can %1, %2 and %3 %4 — the error must come from somewhere else"),
                    WD_TR("%1 can %2, %3 and %4 %5"), {allowed[0], allowed[1], allowed[2], name}, {0, 1, 2});
    }
    if (allowed.empty()) {
        if (denied.size() == 1)
            return make(WD_TR("You cannot %1 %2"), WD_TR("%1 cannot %2 %3"), {denied[0], name}, {0});
        if (denied.size() == 2)
            return make(WD_TR("You cannot %1 %2 or %3 it"), WD_TR("%1 cannot %2 %3 or %4 it"),
                        {denied[0], name, denied[1]}, {0, 2});
        return make(WD_TR("You cannot %1 %2, %3 it or %4 it"), WD_TR("%1 cannot %2 %3, %4 it or %5 it"),
                    {denied[0], name, denied[1], denied[2]}, {0, 2, 3});
    }
    if (denied.size() == 1)
        return make(WD_TR("You can %1 %2, but you cannot %3 it"), WD_TR("%1 can %2 %3, but cannot %4 it"),
                    {allowed[0], name, denied[0]}, {0, 2});
    if (denied.size() == 2)
        return make(WD_TR("You can %1 %2, but you cannot %3 it or %4 it"), WD_TR("%1 can %2 %3, but cannot %4 it or %5 it"),
                    {allowed[0], name, denied[0], denied[1]}, {0, 2, 3});
    return make(WD_TR("You can %1 %2, but you cannot %3 it, %4 it or %5 it"),
                WD_TR("%1 can %2 %3, but cannot %4 it, %5 it or %6 it"),
                {allowed[0], name, denied[0], denied[1], denied[2]}, {0, 2, 3, 4});
}

// "plan": the steps as fix objects, whether the what-if model ends allowed, and the kernel's answer
// once applied (unknown in a diagnosis: nothing was applied yet).
void writePlanObject(JsonWriter& w, const Plan& p) {
    w.beginObject();
    w.key("steps").beginArray();
    for (const PlanStep& s : p.steps) writeFix(w, s.shown);
    w.endArray();
    w.key("verified").value(p.verified);
    w.key("result").value(toString(p.result));
    if (!p.note.empty()) w.key("note").value(p.note);
    w.endObject();
}

void writeAccessJson(JsonWriter& w, const Diagnosis& d) {
    w.beginArray();
    for (const AccessResult& a : d.access) {
        w.beginObject();
        w.key("operation").value(toString(a.op));
        if (a.inside) w.key("inside").value(true);
        w.key("verdict").value(toString(a.verdict));
        w.key("errno");
        if (a.errnoName.empty() || a.verdict == Verdict::Allowed) w.null(); else w.value(a.errnoName);
        w.key("kernel_check");
        if (a.check.empty()) w.null(); else w.value(a.check);
        if (a.plan) writePlanObject(w.key("plan"), *a.plan);
        w.endObject();
    }
    w.endArray();
}

std::string accessText(const Diagnosis& d) {
    std::string out;
    for (const AccessResult& a : d.access) {
        if (!out.empty()) out += ", ";
        out += std::string(toString(a.op)) + (a.inside ? " inside" : "") + " " + std::string(toString(a.verdict));
        if (a.verdict != Verdict::Allowed && !a.errnoName.empty()) out += " (" + a.errnoName + ")";
    }
    return out;
}

}  // namespace

void writePlanJson(JsonWriter& w, const Plan& p) { writePlanObject(w, p); }

Message verdictSentence(const Diagnosis& d) {
    const std::string name = baseName(d.request.path);
    if (!d.error.empty()) return Message(WD_TR("%1 could not be checked"), {name});
    const bool any = d.request.op == Operation::Any || d.request.op == Operation::Unknown;
    if (any && !d.access.empty() && !d.verdictFromAuditLog) return anySentence(d, name);
    const std::string verb = rules::opVerb(any ? d.facts.op : d.request.op);
    if (d.isForAnotherSubject()) {
        const std::string who = d.facts.identity.userName.empty() ? d.facts.subject.description : d.facts.identity.userName;
        switch (d.verdict) {
        case Verdict::Allowed: return Message(WD_TR("%1 can %2 %3"), {who, verb, name}).translateArg(1);
        case Verdict::Denied: return Message(WD_TR("%1 cannot %2 %3"), {who, verb, name}).translateArg(1);
        case Verdict::Unknown: return Message(WD_TR("Whether %1 can %2 %3 is unknown"), {who, verb, name}).translateArg(1);
        }
    }
    switch (d.verdict) {
    case Verdict::Allowed:
        return Message(WD_TR("You can %1 %2 — the error must come from somewhere else"), {verb, name}).translateArg(0);
    case Verdict::Denied: return Message(WD_TR("You cannot %1 %2"), {verb, name}).translateArg(0);
    case Verdict::Unknown: break;
    }
    return Message(WD_TR("Whether you can %1 %2 is unknown"), {verb, name}).translateArg(0);
}

void writeDiagnosisJson(JsonWriter& w, const Diagnosis& d) {
    w.beginObject();
    w.key("schema").value(1);
    w.key("path").value(d.request.path);
    w.key("operation").value(toString(d.request.op));
    w.key("verdict").value(toString(d.verdict));
    w.key("errno");
    if (d.errnoName.empty()) w.null(); else w.value(d.errnoName);
    if (!d.error.empty()) w.key("error").value(d.error);
    w.key("summary").value(verdictSentence(d).english());
    if (d.request.op == Operation::Any || d.request.op == Operation::Unknown) {
        // Of the first denied operation, as errno is; none when nothing was denied.
        w.key("kernel_check");
        if (d.verdict == Verdict::Denied && d.facts.verdict.asked) w.value(d.facts.verdict.what); else w.null();
    } else if (d.facts.verdict.asked) {
        w.key("kernel_check").value(d.facts.verdict.what);
    }
    if (d.verdictFromAuditLog) w.key("verdict_basis").value("audit-log");
    else if (d.facts.verdict.asked)
        w.key("verdict_basis").value(d.facts.verdictSource == VerdictSource::Computed ? "computed"
                                     : d.facts.verdictComputed                      ? "kernel+computed"
                                                                                    : "kernel");
    if (d.isForAnotherSubject()) {
        const Subject& s = d.facts.subject;
        const Identity& id = d.facts.identity;
        w.key("subject").beginObject();
        w.key("spec").value(s.spec);
        w.key("kind").value(s.kind == Subject::Kind::User      ? "user"
                            : s.kind == Subject::Kind::Process ? "process"
                                                               : "service");
        w.key("description").value(s.description);
        w.key("user");
        if (id.userName.empty()) w.null(); else w.value(id.userName);
        w.key("uid").value(id.euid);
        w.key("gid").value(id.egid);
        w.key("groups").beginArray();
        for (uint32_t g : id.groups) w.value(g);
        w.endArray();
        if (s.pid > 0) w.key("pid").value(s.pid);
        if (s.otherMountNamespace) w.key("other_mount_namespace").value(true);
        if (s.otherUserNamespace) w.key("other_user_namespace").value(true);
        w.endObject();
        w.key("verdict_source").value(toString(d.facts.verdictSource));
    }
    w.key("access");
    writeAccessJson(w, d);
    // One operation: its plan here too; with every plausible one, each denied entry carries its own.
    if (d.access.size() == 1 && d.access.front().plan && d.request.op != Operation::Any && d.request.op != Operation::Unknown)
        writePlanJson(w.key("plan"), *d.access.front().plan);
    if (!d.facts.notes.empty()) {
        w.key("notes").beginArray();
        for (const auto& n : d.facts.notes) w.value(n.english());
        w.endArray();
    }
    w.key("findings");
    writeFindingsJson(w, d.findings);
    w.key("chain").beginArray();
    for (const Node& n : d.facts.chain) writeNode(w, n);
    w.endArray();
    w.endObject();
}

void writeFindingsJson(JsonWriter& w, const std::vector<Finding>& findings) {
    w.beginArray();
    for (const Finding& f : findings) {
        w.beginObject();
        w.key("cause").value(f.cause);
        w.key("operation").value(toString(f.operation));
        w.key("confidence").value(f.confidence);
        w.key("title").value(f.title.english());
        w.key("explanation").value(f.explanation.english());
        w.key("evidence").beginObject();
        for (const auto& [k, v] : f.evidence) w.key(k).value(v);
        w.endObject();
        w.key("fixes").beginArray();
        for (const FixProposal& fx : f.fixes) writeFix(w, fx);
        w.endArray();
        w.endObject();
    }
    w.endArray();
}

std::string findingsText(const std::vector<Finding>& findings) {
    std::string out;
    int rank = 1;
    for (const Finding& f : findings) {
        out += "\n" + std::to_string(rank++) + ". " + printable(f.title.english()) + "  (" + f.cause + ", " +
               std::to_string(static_cast<int>(f.confidence * 100 + 0.5)) + "%)\n";
        out += "   " + printable(f.explanation.english()) + "\n";
        for (const auto& [k, v] : f.evidence) out += "   - " + k + ": " + printable(v) + "\n";
        for (const FixProposal& fx : f.fixes) {
            out += "   fix [" + fx.id + "] " + printable(fx.title.english()) + (fx.advisory ? " (advice: run it yourself)" : "") + "\n";
            const std::string cmd = fx.command();
            out += (cmd.empty() ? "       " : "       $ ") + shownCommand(cmd) + "\n";
        }
    }
    return out;
}

std::string diagnosisJson(const Diagnosis& d) {
    JsonWriter w;
    writeDiagnosisJson(w, d);
    return w.str() + "\n";
}

std::string diagnosisText(const Diagnosis& d) {
    std::string out = printable(verdictSentence(d).english());
    if (!d.errnoName.empty()) out += "  [" + d.errnoName + "]";
    out += "\n";
    if (!d.error.empty()) out += "error: " + d.error + "\n";
    if (d.isForAnotherSubject())
        out += "Checked for " + printable(d.facts.subject.description) + "; verdict " +
               std::string(toString(d.facts.verdictSource)) +
               (d.facts.verdictSource == VerdictSource::Kernel ? " (asked as that subject)" : " (from the facts)") + ".\n";
    if (d.verdictFromAuditLog) out += "Denied on the evidence of the audit log, not of a check made here.\n";
    if (d.access.size() > 1) out += "Checked: " + accessText(d) + ".\n";
    if (d.verdict == Verdict::Allowed && d.access.size() <= 1)
        out += (d.facts.verdictSource == VerdictSource::Kernel ? "The kernel allows it now (" : "Allowed by the rules (") +
               printable(d.facts.verdict.what) + ").\n";
    for (const auto& n : d.facts.notes) out += "note: " + printable(n.english()) + "\n";
    out += findingsText(d.findings);
    if (!d.facts.chain.empty()) {
        out += "\nPath:\n";
        for (const Node& n : d.facts.chain) {
            std::string line(static_cast<size_t>(2 + 2 * n.linkDepth), ' ');
            if (!n.exists) line += "?  " + printable(n.name) + "  (does not exist)";
            else if (n.statErrno) line += "?  " + printable(n.name) + "  (" + errnoName(n.statErrno) + ")";
            else {
                line += lsMode(n) + " " + rules::who(n) + " " + rules::whichGroup(n) + "  " + printable(n.name);
                if (!n.linkTarget.empty()) line += " -> " + printable(n.linkTarget);
                if (n.immutable) line += "  [immutable]";
                if (n.appendOnly) line += "  [append-only]";
            }
            out += line + "\n";
        }
    }
    return out;
}

std::string diagnosisMarkdown(const Diagnosis& d) {
    std::string out = "## " + verdictSentence(d).english() + "\n\n";
    out += "- Path: `" + printable(d.request.path) + "`\n- Operation: " + std::string(toString(d.request.op)) + "\n";
    if (d.access.size() > 1) out += "- Checked: " + accessText(d) + "\n";
    out += "- Kernel: " + (d.errnoName.empty() ? std::string("allowed") : d.errnoName) + " (" +
           printable(d.facts.verdict.what) + ")\n";
    for (const Finding& f : d.findings) {
        out += "\n### " + f.title.english() + " (`" + f.cause + "`)\n\n" + f.explanation.english() + "\n\n";
        for (const auto& [k, v] : f.evidence) out += "- " + k + ": `" + printable(v) + "`\n";
        for (const FixProposal& fx : f.fixes) out += "- Fix: " + fx.title.english() + ": `" + shownCommand(fx.command()) + "`\n";
    }
    out += "\n```\n";
    for (const Node& n : d.facts.chain)
        out += std::string(static_cast<size_t>(2 * n.linkDepth), ' ') +
               (n.exists && !n.statErrno ? lsMode(n) + " " + rules::who(n) + " " + rules::whichGroup(n) : std::string("?"))
               + " " + printable(n.name) + "\n";
    out += "```\n";
    return out;
}

void writeParsedRequestJson(JsonWriter& w, const ParsedRequest& r) {
    w.key("text_span").beginArray().value(static_cast<uint64_t>(r.spanBegin)).value(static_cast<uint64_t>(r.spanEnd)).endArray();
    w.key("path");
    if (r.path) w.value(*r.path); else w.null();
    if (r.otherPath) {
        w.key("other_path").value(*r.otherPath);
        w.key("path_role").value(r.pathRole);
    }
    w.key("operation").value(toString(r.operation));
    w.key("error_class").value(toString(r.errorClass));
    w.key("platform").value(toString(r.platform));
    w.key("program");
    if (r.program.empty()) w.null(); else w.value(r.program);
    w.key("relative").value(r.relative);
}

}  // namespace wd
