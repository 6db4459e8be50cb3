// SPDX-License-Identifier: GPL-3.0-or-later
// The request form of whydenied-helper: each verb and the options it takes. The front ends build
// their requests from it and the README's "Request form" section documents it; a test checks the
// argv the CLI and the window send against it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wd::fix {

struct HelperVerbForm {
    std::string_view verb;
    std::vector<std::string_view> required;  // "--name value", each exactly once
    std::vector<std::string_view> optional;  // "--name value", at most once
};

// Every verb the helper answers: apply, undo, relabel, bulk, bulk-undo, holders, holders-cmdline,
// audit-log, apply-plan, undo-plan. apply-plan is the one verb whose options are not "--name value" pairs:
// it takes 1 to kMaxPlanRequestSteps groups, each the flag --step followed by exactly the options
// of apply.
const std::vector<HelperVerbForm>& helperForms();

constexpr size_t kMaxPlanRequestSteps = 16;

// apply-plan --step <apply options> --step <apply options> …, each group checked against apply's
// form. Asks outside the form are programming errors, as for helperRequest.
std::vector<std::string> helperPlanRequest(const std::vector<std::vector<std::pair<std::string, std::string>>>& steps);
// The groups of an apply-plan request (what follows the verb), each as an apply request's
// options; nullopt with `error` when the request is not 1 to 16 well-formed groups.
std::optional<std::vector<std::vector<std::string>>> planRequestSteps(const std::vector<std::string>& afterVerb,
                                                                     std::string& error);

// The request argv (what follows the helper's path): the verb, then "--name value" in the order
// given. Asks for a verb or an option outside the form are programming errors: it aborts.
std::vector<std::string> helperRequest(std::string_view verb,
                                       const std::vector<std::pair<std::string, std::string>>& options);

// Whether `request` fits the form: empty when it does, else one phrase saying what does not.
std::string checkHelperRequest(const std::vector<std::string>& request);

}  // namespace wd::fix
