// SPDX-License-Identifier: GPL-3.0-or-later
// Applying a fix plan through the engine: unprivileged steps in this process, the privileged ones
// as one helper request (apply-plan: one password for all of them, each judged before any runs),
// one plan record naming every journal entry and the helper's record, and one undo for all.
//
// Whose access a plan opens decides who may apply it. For the caller's own access: the caller,
// with the helper for what needs root; the helper grants only to the caller (PKEXEC_UID), so a plan
// for another account never goes through it. For another subject (--as www-data): only root, in
// this process, with ApplyOptions::onBehalfOf naming the subject's uid, so that every grant the
// engine makes names that uid and nobody else.
#include "whydenied/plan.h"

#include "fix/common/fix_internal.h"
#include "fix/common/helper_form.h"
#include "json_read.h"
#include "whydenied/json.h"

#include <climits>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace wd {
namespace {

constexpr const char* kRecordKind = "plan";
constexpr uint64_t kRecordVersion = 2;
// Records written before they were JSON: a header line, then "key value" lines.
constexpr std::string_view kOldRecordHeader = "whydenied-plan 1\n";

std::string journalDirOf(const ApplyOptions& o) { return o.journalDir.empty() ? Journal::defaultDir() : o.journalDir; }

bool validId(const std::string& id) {
    return fix::validRecordId(id);
}

// Every id names a file in the journal: none may lead out of it.
bool validRecord(const PlanRecord& r) {
    if (!validId(r.id) || r.entryIds.empty() || (!r.helperRecordId.empty() && !validId(r.helperRecordId))) return false;
    for (const std::string& e : r.entryIds)
        if (!validId(e)) return false;
    return true;
}

std::optional<PlanRecord> planRecordFromLines(const std::string& text) {
    std::istringstream in(text.substr(kOldRecordHeader.size()));
    std::string line;
    PlanRecord r;
    while (std::getline(in, line)) {
        const size_t sp = line.find(' ');
        if (sp == std::string::npos) return std::nullopt;
        const std::string key = line.substr(0, sp), value = line.substr(sp + 1);
        if (key == "id") r.id = value;
        else if (key == "time") r.time = value;
        else if (key == "caller") r.callerUid = static_cast<uint32_t>(std::strtoul(value.c_str(), nullptr, 10));
        else if (key == "helper") r.helperRecordId = value;
        else if (key == "entry") r.entryIds.push_back(value);
        else if (key == "undone") r.undone = value == "1";
        else return std::nullopt;
    }
    return validRecord(r) ? std::optional<PlanRecord>(std::move(r)) : std::nullopt;
}

std::string recordPath(const std::string& dir, const std::string& id) { return dir + "/" + id + ".plan"; }

std::optional<Diagnosis> kernelAfter(const Plan& plan, const ApplyOptions& opts) {
    if (plan.steps.empty()) return std::nullopt;
    const FixPlan& first = plan.steps.front().fix;
    DiagnoseRequest req;
    req.path = first.diagnosedPath;
    req.op = first.op;
    for (const PlanStep& s : plan.steps)
        if (s.fix.action == FixAction::Copy) req.path = s.fix.arg;  // the plan made its own copy to use
    // Root applying for someone: ask as them, not as root (who may do anything).
    if (opts.onBehalfOf && fix::runningPrivileged()) {
        req.subject = "uid:" + std::to_string(*opts.onBehalfOf);
        req.allowSwitch = true;
    }
    return diagnose(req);
}

#if defined(__linux__)
bool viaHelperPlan(const std::vector<std::string>& request, const ApplyOptions& o, std::string& planId,
                   std::vector<JournalEntry>& entries, Message& error) {
    posix::RunResult run;
    if (!fix::runHelperWithPkexec(request, o.helperPath, 10 * 60 * 1000, 4 << 20, run, error)) return false;
    if (!fix::readPlanAnswer(run.out, planId, entries)) {
        error = WD_TR("the helper's answer could not be read");
        return false;
    }
    return true;
}
#endif

}  // namespace

std::string planRecordJson(const PlanRecord& r) {
    JsonWriter w(false);
    w.beginObject().key("record").value(kRecordKind).key("version").value(kRecordVersion);
    w.key("id").value(r.id).key("time").value(r.time).key("caller").value(r.callerUid);
    w.key("helper").value(r.helperRecordId);
    w.key("entries").beginArray();
    for (const std::string& e : r.entryIds) w.value(e);
    w.endArray();
    w.key("undone").value(r.undone).endObject();
    return w.str() + "\n";
}

std::optional<PlanRecord> planRecordFromJson(const std::string& text) {
    if (text.rfind(kOldRecordHeader, 0) == 0) return planRecordFromLines(text);
    const auto v = jsonread::parse(text);
    if (!v || jsonread::getStr(*v, "record") != kRecordKind || jsonread::getU64(*v, "version") != kRecordVersion)
        return std::nullopt;
    const auto* caller = jsonread::get(*v, "caller");
    const auto* entries = jsonread::get(*v, "entries");
    const auto* undone = jsonread::get(*v, "undone");
    if (!caller || !caller->is_number_unsigned() || caller->get<uint64_t>() > UINT32_MAX || !entries ||
        !entries->is_array() || !undone || !undone->is_boolean())
        return std::nullopt;
    PlanRecord r;
    r.id = jsonread::getStr(*v, "id");
    r.time = jsonread::getStr(*v, "time");
    r.callerUid = static_cast<uint32_t>(caller->get<uint64_t>());
    r.helperRecordId = jsonread::getStr(*v, "helper");
    r.undone = undone->get<bool>();
    for (const auto& e : *entries) {
        if (!e.is_string()) return std::nullopt;
        r.entryIds.push_back(e.get<std::string>());
    }
    return validRecord(r) ? std::optional<PlanRecord>(std::move(r)) : std::nullopt;
}

bool isPlanRecord(const std::string& dir, const std::string& which) {
    if (!validId(which)) return false;
    std::error_code ec;
    return std::filesystem::is_regular_file(recordPath(dir.empty() ? Journal::defaultDir() : dir, which), ec);
}

Result<PlanRecord> readPlanRecord(const std::string& dir, const std::string& id) {
    if (!validId(id)) return Failure("not a plan id: " + id);
    std::ifstream in(recordPath(dir, id), std::ios::binary);
    if (!in) return Failure("no plan " + id + " in " + dir);
    std::stringstream text;
    text << in.rdbuf();
    auto r = planRecordFromJson(text.str());
    if (!r) return Failure("the plan record " + id + " is damaged");
    return std::move(*r);
}

bool writePlanRecord(const std::string& dir, const PlanRecord& r, std::string* error) {
    if (!validId(r.id) || !fix::makeDirs(dir)) {
        if (error) *error = "cannot create " + dir;
        return false;
    }
    const std::string tmp = dir + "/.plan-" + r.id, dest = recordPath(dir, r.id);
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << planRecordJson(r);
        if (!out.flush()) {
            if (error) *error = "cannot write " + tmp;
            return false;
        }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, dest, ec);
    if (ec && error) *error = "cannot rename to " + dest + ": " + ec.message();
    return !ec;
}

PlanOutcome applyPlan(const Plan& plan, const ApplyOptions& opts) {
    PlanOutcome out;
    if (plan.steps.empty()) {
        fix::say(out, WD_TR("The plan has no steps; nothing was changed."));
        return out;
    }
    for (const PlanStep& s : plan.steps) {
        if (s.shown.advisory) {
            fix::say(out, Message(WD_TR("The plan includes a step WhyDenied does not apply (%1); nothing was changed."),
                                  {s.fix.command}));
            return out;
        }
        if (s.fix.platform != thisPlatform()) {
            fix::say(out, WD_TR("The plan is for another system; nothing was changed."));
            return out;
        }
        if (s.fix.systemPath && !opts.confirmedSystemPath) {
            fix::say(out, Message(WD_TR("%1 is a system location; WhyDenied changes it only when you confirm that "
                                        "explicitly. Nothing was changed."),
                                  {s.fix.path}));
            return out;
        }
    }
    const bool root = fix::runningPrivileged();
    if (plan.forAnotherSubject && !(root && opts.onBehalfOf)) {
        fix::say(out, WD_TR("This plan grants access to another account; only root applies it (the helper grants only "
                            "to the person asking). Nothing was changed."));
        return out;
    }
    ApplyOptions one = opts;
    one.rediagnose = false;
    const std::string dir = journalDirOf(opts);
    one.journalDir = dir;
    PlanRecord rec;
    rec.id = newJournalId();
    rec.time = fix::isoNow();
    rec.callerUid = root && opts.onBehalfOf ? *opts.onBehalfOf : fix::processUid();

    // In-process steps, and where the helper's single request goes: after the unprivileged steps
    // before the first privileged one (which may open the way to it), before the rest.
    std::vector<const PlanStep*> privileged;
    size_t firstPrivileged = plan.steps.size();
    for (size_t i = 0; i < plan.steps.size(); ++i) {
        const FixPlan& p = plan.steps[i].fix;
        if (!root && (p.privilege == Privilege::Admin || p.action == FixAction::JoinGroup)) {
            privileged.push_back(&plan.steps[i]);
            firstPrivileged = std::min(firstPrivileged, i);
        }
    }
    auto rollBack = [&] {
        for (auto it = out.entries.rbegin(); it != out.entries.rend(); ++it)
            if (it->privilege == Privilege::None || root) undoFix(it->id, one);
    };
    auto fail = [&](FixStatus status, const Message& why) {
        if (!out.helperRecordId.empty()) {
            // The helper's part stays; the record lets one undo take it back.
            rec.helperRecordId = out.helperRecordId;
            for (const auto& e : out.entries) rec.entryIds.push_back(e.id);
            writePlanRecord(dir, rec, nullptr);
            out.recordId = rec.id;
            fix::say(out, Message(WD_TR("%1 Undo what was done with: %2"), {"", "whydenied-cli undo " + rec.id}).nest(0, why));
        } else {
            rollBack();
            out.entries.clear();
            fix::say(out, Message(WD_TR("%1 Nothing was left changed.")).nest(0, why));
        }
        out.status = status;
        return out;
    };
    auto runInProcess = [&](size_t from, size_t to) -> std::optional<FixOutcome> {
        for (size_t i = from; i < to; ++i) {
            const PlanStep& s = plan.steps[i];
            if (!root && (s.fix.privilege == Privilege::Admin || s.fix.action == FixAction::JoinGroup)) continue;
            FixOutcome o = applyFix(s.fix, one);
            if (!o.entry || (o.status != FixStatus::Fixed)) return o;
            out.entries.push_back(*o.entry);
        }
        return std::nullopt;
    };
    if (auto bad = runInProcess(0, firstPrivileged)) return fail(bad->status, Message(WD_TR("Step failed: %1.")).nest(0, bad->said));
    if (!privileged.empty()) {
#if defined(__linux__)
        std::vector<std::string> request = {"apply-plan"};
        for (const PlanStep* s : privileged) {
            const std::vector<std::string> single = fix::helperApplyRequest(s->fix);
            request.push_back("--step");
            request.insert(request.end(), single.begin() + 1, single.end());
        }
        if (const std::string why = fix::checkHelperRequest(request); !why.empty())
            return fail(FixStatus::Refused, Message(WD_TR("The plan does not fit the helper's request form (%1)."), {why}));
        std::string helperId;
        Message error;
        std::vector<JournalEntry> got;
        if (!viaHelperPlan(request, opts, helperId, got, error)) return fail(FixStatus::Refused, Message(WD_TR("Nothing was changed by the helper: %1.")).nest(0, error));
        out.helperRecordId = helperId;
        const Journal journal(dir);
        for (JournalEntry& e : got) {
            journal.write(e, nullptr);
            out.entries.push_back(std::move(e));
        }
#else
        return fail(FixStatus::Refused, WD_TR("Privileged plan steps go through the helper on Linux only."));
#endif
    }
    if (auto bad = runInProcess(firstPrivileged, plan.steps.size()))
        return fail(bad->status, Message(WD_TR("Step failed: %1.")).nest(0, bad->said));

    rec.helperRecordId = out.helperRecordId;
    for (const auto& e : out.entries) rec.entryIds.push_back(e.id);
    std::string error;
    if (!writePlanRecord(dir, rec, &error)) {
        out.status = FixStatus::Failed;
        fix::say(out, Message(WD_TR("The plan was applied but could not be recorded (%1); undo each step by its journal id."),
                              {error}));
        return out;
    }
    out.recordId = rec.id;
    if (opts.rediagnose) out.after = kernelAfter(plan, opts);
    // A computed answer is the model's, not the kernel's: say unknown rather than pass it off.
    out.result = out.after && out.after->facts.verdictSource == VerdictSource::Kernel ? out.after->verdict : Verdict::Unknown;
    out.status = out.result == Verdict::Allowed || !opts.rediagnose ? FixStatus::Fixed : FixStatus::StillDenied;
    const long steps = static_cast<long>(out.entries.size());
    fix::say(out, out.result == Verdict::Allowed
                      ? Message::counted(WD_TR_N("Fixed: all %n steps applied, and the kernel now allows it."),
                                         "Fixed: the step was applied, and the kernel now allows it.", steps)
                  : out.result == Verdict::Denied
                      ? Message::counted(WD_TR_N("Applied all %n steps, but the kernel still denies it."),
                                         "Applied the step, but the kernel still denies it.", steps)
                      : Message::counted(WD_TR_N("Applied all %n steps."), "Applied the step.", steps));
    return out;
}

UndoOutcome undoPlan(const std::string& id, const ApplyOptions& opts) {
    UndoOutcome out;
    const std::string dir = journalDirOf(opts);
    auto rec = readPlanRecord(dir, id);
    if (!rec) {
        fix::say(out, Message(WD_TR("%1; nothing was changed.")).nest(0, rec.why()));
        return out;
    }
    if (rec->undone) {
        out.ok = true;
        fix::say(out, Message(WD_TR("The plan %1 was already undone; nothing was changed."), {id}));
        return out;
    }
    const bool root = fix::runningPrivileged();
    if (rec->callerUid != fix::processUid() && !root) {
        fix::say(out, Message(WD_TR("The plan %1 was applied by uid %2; nothing was changed."),
                              {id, std::to_string(rec->callerUid)}));
        return out;
    }
    const Journal journal(dir);
    std::vector<std::string> viaHelper;
    bool allOk = true;
    Message failures;
    // One more reason after those already collected.
    const auto addFailure = [&](Message why) {
        failures = failures.empty() ? std::move(why) : Message("%1 %2").nest(0, failures).nest(1, std::move(why));
    };
    auto undoOne = [&](const std::string& entryId) {
        const UndoOutcome u = undoFix(entryId, opts);
        out.changed = out.changed || u.changed;
        out.privilegeBitsKeptOff = out.privilegeBitsKeptOff || u.privilegeBitsKeptOff;
        if (!u.ok) {
            allOk = false;
            addFailure(u.said);
        }
    };
    // In reverse: the steps after the helper's part, the helper's part (one request), the rest.
    bool helperDone = rec->helperRecordId.empty();
    for (auto it = rec->entryIds.rbegin(); it != rec->entryIds.rend(); ++it) {
        const auto e = journal.read(*it);
        const bool fromHelper = !rec->helperRecordId.empty() && e && e->privilege == Privilege::Admin && !root;
        if (!fromHelper) {
            undoOne(*it);
            continue;
        }
        if (helperDone) continue;
        helperDone = true;
#if defined(__linux__)
        std::string helperId;
        std::vector<JournalEntry> got;
        Message helperError;
        if (!viaHelperPlan(fix::helperRequest("undo-plan", {{"id", rec->helperRecordId}}), opts, helperId, got, helperError)) {
            allOk = false;
            addFailure(Message(WD_TR("The helper did not undo its part: %1.")).nest(0, helperError));
            continue;
        }
        out.changed = true;
        for (const JournalEntry& g : got) journal.write(g, nullptr);
#endif
    }
    if (!allOk) {
        fix::say(out, Message(WD_TR("Not every step was undone: %1")).nest(0, failures));
        return out;
    }
    rec->undone = true;
    writePlanRecord(dir, *rec, nullptr);
    out.ok = true;
    fix::say(out, Message::counted(WD_TR_N("Undone: all %n steps of the plan %1 were reverted."),
                                   "Undone: the step of the plan %1 was reverted.", static_cast<long>(rec->entryIds.size()),
                                   {id}));
    return out;
}

}  // namespace wd
