// SPDX-License-Identifier: GPL-3.0-or-later
#include "fix/common/helper_form.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <set>

namespace wd::fix {

const std::vector<HelperVerbForm>& helperForms() {
    // The target of every apply, join-group included, is the diagnosed file by device and inode,
    // so the helper can judge the request from the file itself. No flag lets the caller vouch for
    // anything (there is no --confirmed-system-path).
    static const std::vector<HelperVerbForm> forms = {
        {"apply", {"action", "arg", "fix", "path", "dev", "ino", "type"}, {"cause"}},
        {"undo", {"id"}, {}},
        // restorecon -v on the diagnosed node: the label is the policy's, never the request's.
        {"relabel", {"path", "dev", "ino", "type"}, {}},
        {"bulk", {"root", "root-dev", "root-ino", "cause"}, {"op"}},
        {"bulk-undo", {"id"}, {}},
        {"holders", {"path"}, {}},
        {"holders-cmdline", {"path"}, {}},
        // Read-only: root's audit.log records of one path the caller can reach (--at: the error's
        // time, seconds since the epoch).
        {"audit-log", {"path"}, {"at"}},
        // A whole plan's privileged steps under one password: the groups are apply's options
        // (planRequestSteps), each judged like a single apply before any of them runs.
        {"apply-plan", {}, {}},
        {"undo-plan", {"id"}, {}},
    };
    return forms;
}

namespace {
const HelperVerbForm* formOf(std::string_view verb) {
    for (const auto& f : helperForms())
        if (f.verb == verb) return &f;
    return nullptr;
}
bool listed(const std::vector<std::string_view>& names, std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}
}  // namespace

std::vector<std::string> helperRequest(std::string_view verb,
                                       const std::vector<std::pair<std::string, std::string>>& options) {
    std::vector<std::string> out = {std::string(verb)};
    for (const auto& [name, value] : options) {
        out.push_back("--" + name);
        out.push_back(value);
    }
    if (const std::string why = checkHelperRequest(out); !why.empty()) {
        std::fprintf(stderr, "whydenied: a helper request outside its form: %s\n", why.c_str());
        std::abort();
    }
    return out;
}

std::optional<std::vector<std::vector<std::string>>> planRequestSteps(const std::vector<std::string>& afterVerb,
                                                                     std::string& error) {
    std::vector<std::vector<std::string>> steps;
    for (const std::string& a : afterVerb) {
        if (a == "--step") {
            if (steps.size() == kMaxPlanRequestSteps) {
                error = "more than " + std::to_string(kMaxPlanRequestSteps) + " steps";
                return std::nullopt;
            }
            steps.push_back({"apply"});
            continue;
        }
        if (steps.empty()) {
            error = "apply-plan starts with --step";
            return std::nullopt;
        }
        steps.back().push_back(a);
    }
    if (steps.empty()) {
        error = "apply-plan needs at least one --step";
        return std::nullopt;
    }
    for (auto& s : steps) {
        if (const std::string why = checkHelperRequest(s); !why.empty()) {
            error = "step " + std::to_string(&s - steps.data() + 1) + ": " + why;
            return std::nullopt;
        }
        s.erase(s.begin());
    }
    return steps;
}

std::vector<std::string> helperPlanRequest(const std::vector<std::vector<std::pair<std::string, std::string>>>& steps) {
    std::vector<std::string> out = {"apply-plan"};
    for (const auto& options : steps) {
        out.push_back("--step");
        const std::vector<std::string> one = helperRequest("apply", options);
        out.insert(out.end(), one.begin() + 1, one.end());
    }
    if (const std::string why = checkHelperRequest(out); !why.empty()) {
        std::fprintf(stderr, "whydenied: a helper request outside its form: %s\n", why.c_str());
        std::abort();
    }
    return out;
}

std::string checkHelperRequest(const std::vector<std::string>& request) {
    if (request.empty()) return "no verb";
    if (request[0] == "apply-plan") {
        std::string error;
        return planRequestSteps(std::vector<std::string>(request.begin() + 1, request.end()), error) ? std::string() : error;
    }
    const HelperVerbForm* f = formOf(request[0]);
    if (!f) return "unknown verb '" + request[0] + "'";
    std::set<std::string> seen;
    for (size_t i = 1; i < request.size(); i += 2) {
        const std::string& o = request[i];
        if (o.rfind("--", 0) != 0) return "'" + o + "' is not an option";
        const std::string name = o.substr(2);
        if (!listed(f->required, name) && !listed(f->optional, name))
            return o + " is not an option of " + request[0];
        if (i + 1 >= request.size()) return o + " has no value";
        if (!seen.insert(name).second) return o + " is given twice";
    }
    for (auto name : f->required)
        if (!seen.count(std::string(name))) return request[0] + " needs --" + std::string(name);
    return {};
}

}  // namespace wd::fix
