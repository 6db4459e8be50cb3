// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowhow/text.h"
#include "rules/support/common.h"

#include <optional>

namespace wd {

namespace {

struct Manager {
    const char* program;
    const char* prefix;  // a system-wide install location
};
constexpr Manager kLocations[] = {
    {"npm", "/usr/local/lib/node_modules"}, {"npm", "/usr/lib/node_modules"},   {"npm", "/usr/local/bin"},
    {"pip", "/usr/lib/python3"},            {"pip", "/usr/local/lib/python3"}, {"pip", "/usr/local/bin"},
    {"gem", "/var/lib/gems"},               {"gem", "/usr/local/lib/ruby"},    {"gem", "/usr/lib/ruby"},
};

const char* managerFor(const Facts& f, const std::string& path) {
    const std::string& prog = f.context.program;
    for (const Manager& m : kLocations) {
        if (!knowhow::startsWith(path, m.prefix)) continue;
        if (prog.empty() || prog == m.program || (prog == "python" && std::string_view(m.program) == "pip") ||
            (prog == "node" && std::string_view(m.program) == "npm") || prog == "yarn" || prog == "pnpm")
            return prog == "yarn" || prog == "pnpm" ? "npm" : m.program;
    }
    return nullptr;
}

}  // namespace

// A global install into system folders fails for an ordinary user, as it should. The fix is a
// per-user location, never sudo npm / sudo pip (which leaves root-owned files and breaks the
// distribution's own packages).
std::optional<Finding> rule_package_manager_global_install(const Facts& f) {
    if (!f.context.present || !rules::denied(f) || (f.verdict.err != EACCES && f.verdict.err != EPERM)) return std::nullopt;
    const std::string path = f.absolute;
    const char* mgr = managerFor(f, path);
    if (!mgr) return std::nullopt;
    const std::string m = mgr;
    const bool pep668 = knowhow::containsNoCase(f.context.message, "externally-managed-environment") ||
                        knowhow::containsNoCase(f.context.message, "externally managed");
    Finding out = rules::finding(
        "package-manager-global-install", 0.97,
        Message(WD_TR("%1 tried to install into a system folder"), {m}),
        m == "npm"   ? Message(WD_TR("%1 belongs to the system. Do not use sudo npm: it leaves root-owned files "
                                     "behind. Install Node through nvm, or give npm a prefix of your own."),
                               {path})
        : m == "pip" ? (pep668 ? Message(WD_TR("%1 belongs to the system's Python, which is marked externally "
                                               "managed (PEP 668): packages there come from apt. Use a virtual "
                                               "environment (python3 -m venv), or pipx for applications."),
                                         {path})
                               : Message(WD_TR("%1 belongs to the system's Python. Do not use sudo pip: it fights "
                                               "with apt. Use a virtual environment (python3 -m venv), pipx, or pip "
                                               "install --user."),
                                         {path}))
                     : Message(WD_TR("%1 belongs to the system's Ruby. Do not use sudo gem: install gems for "
                                     "yourself with gem install --user-install, or use a Ruby version manager."),
                               {path}),
        f, rules::decidingIndex(f));
    out.addEvidence("package manager", m);
    FixProposal fx;
    fx.advisory = true;
    if (m == "npm") {
        fx.id = "npm-user-prefix";
        fx.title = WD_TR("Install global packages under your home folder");
        fx.change = WD_TR("Makes npm install -g use ~/.npm-global; add ~/.npm-global/bin to your PATH.");
        fx.argv = {"npm", "config", "set", "prefix", (f.identity.home.empty() ? std::string("~") : f.identity.home) + "/.npm-global"};
    } else if (m == "pip") {
        fx.id = "python-venv";
        fx.title = WD_TR("Use a virtual environment");
        fx.change = WD_TR("Creates .venv in the current folder; install packages there with .venv/bin/pip.");
        fx.argv = {"python3", "-m", "venv", ".venv"};
    } else {
        fx.id = "gem-user-install";
        fx.title = WD_TR("Install the gem for yourself");
        fx.change = WD_TR("Installs into ~/.local/share/gem; add its bin folder to your PATH.");
        fx.argv = {"gem", "install", "--user-install", "GEM"};
    }
    out.fixes.push_back(fx);
    return out;
}

}  // namespace wd
