// SPDX-License-Identifier: GPL-3.0-or-later
#include "fix/helper_form.h"

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
        {"bulk", {"root", "root-dev", "root-ino", "cause"}, {"op"}},
        {"bulk-undo", {"id"}, {}},
        {"holders", {"path"}, {}},
        {"holders-cmdline", {"path"}, {}},
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

std::string checkHelperRequest(const std::vector<std::string>& request) {
    if (request.empty()) return "no verb";
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
