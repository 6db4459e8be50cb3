// SPDX-License-Identifier: GPL-3.0-or-later
// Platforms without a fix engine (neither Linux, Windows nor macOS): every entry point answers
// honestly that nothing can be changed from here.
#include "whydenied/fix.h"

namespace wd {

namespace {
constexpr const char* kNo = WD_TR("Applying fixes is not supported on this platform yet; run the command shown.");
}

std::string_view toString(FixAction) { return "unsupported"; }
std::optional<FixAction> fixActionFromString(std::string_view) { return std::nullopt; }
std::string_view toString(FixStatus s) { return s == FixStatus::Refused ? "refused" : "failed"; }
bool isSystemPath(const std::string&, Platform) { return true; }
bool isNormalAbsolute(const std::string&, Platform) { return false; }
bool NodeState::sameAs(const NodeState& o) const { return present == o.present; }
std::string NodeState::describe() const { return {}; }
Message NodeState::described() const { return {}; }
PlanResult planFix(const Diagnosis&, const std::string&) {
    PlanResult r;
    r.error = kNo;
    r.why = kNo;
    return r;
}
bool canApply(const FixProposal&) { return false; }
std::string Journal::defaultDir() { return {}; }
bool Journal::write(const JournalEntry&, std::string* error) const {
    if (error) *error = kNo;
    return false;
}
Result<JournalEntry> Journal::read(const std::string&) const { return Failure(std::string(kNo)); }
std::vector<JournalEntry> Journal::list() const { return {}; }
std::optional<JournalEntry> Journal::last() const { return std::nullopt; }
std::string journalEntryJson(const JournalEntry&) { return {}; }
std::optional<JournalEntry> journalEntryFromJson(const std::string&) { return std::nullopt; }
std::string newJournalId() { return {}; }
FixOutcome applyFix(const FixPlan&, const ApplyOptions&) {
    FixOutcome o;
    o.message = kNo;
    o.said = kNo;
    return o;
}
UndoOutcome undoFix(const std::string&, const ApplyOptions&) {
    UndoOutcome o;
    o.message = kNo;
    o.said = kNo;
    return o;
}
LowResult applyLow(FixAction, const std::string&, uint64_t, uint64_t, NodeType, const std::string&, uint32_t) {
    return {false, false, kNo, {}, {}, {}, 0, 0, {}};
}
LowResult undoLow(const JournalEntry&) { return {false, false, kNo, {}, {}, {}, 0, 0, {}}; }
std::optional<NodeState> readState(const std::string&, std::string* error) {
    if (error) *error = kNo;
    return std::nullopt;
}

}  // namespace wd
