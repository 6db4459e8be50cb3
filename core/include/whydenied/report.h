// SPDX-License-Identifier: GPL-3.0-or-later
// Renderings of a diagnosis shared by the CLI and the GUI (Copy report).
#pragma once

#include "whydenied/diagnose.h"
#include "whydenied/json.h"
#include "whydenied/parse.h"

#include <string>

namespace wd {

void writeDiagnosisJson(JsonWriter& w, const Diagnosis& d);
std::string diagnosisJson(const Diagnosis& d);
std::string diagnosisText(const Diagnosis& d);      // for a terminal, English
std::string diagnosisMarkdown(const Diagnosis& d);  // for a support ticket
Message verdictSentence(const Diagnosis& d);       // "You cannot write to report.csv"

void writeParsedRequestJson(JsonWriter& w, const ParsedRequest& r);
// A fix plan as the "plan" object of the JSON contract: steps (fix objects), verified, result.
void writePlanJson(JsonWriter& w, const Plan& p);
// Findings as the "findings" array of the JSON contract, and as numbered text.
void writeFindingsJson(JsonWriter& w, const std::vector<Finding>& findings);
std::string findingsText(const std::vector<Finding>& findings);

}  // namespace wd
