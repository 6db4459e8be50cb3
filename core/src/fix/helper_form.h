// SPDX-License-Identifier: GPL-3.0-or-later
// The request form of whydenied-helper: each verb and the options it takes. The front ends build
// their requests from it and the README's "Request form" section documents it; a test checks the
// argv the CLI and the window send against it.
#pragma once

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

// Every verb the helper answers: apply, undo, bulk, bulk-undo, holders, holders-cmdline.
const std::vector<HelperVerbForm>& helperForms();

// The request argv (what follows the helper's path): the verb, then "--name value" in the order
// given. Asks for a verb or an option outside the form are programming errors: it aborts.
std::vector<std::string> helperRequest(std::string_view verb,
                                       const std::vector<std::pair<std::string, std::string>>& options);

// Whether `request` fits the form: empty when it does, else one phrase saying what does not.
std::string checkHelperRequest(const std::vector<std::string>& request);

}  // namespace wd::fix
