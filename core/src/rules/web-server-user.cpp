// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowhow/text.h"
#include "rules/support/common.h"

#include <optional>

namespace wd {

namespace {
bool webPath(const std::string& p) {
    return knowhow::startsWith(p, "/var/www") || knowhow::startsWith(p, "/srv/") ||
           knowhow::startsWith(p, "/usr/share/nginx") || knowhow::startsWith(p, "/var/lib/nginx");
}
bool webProgram(const ErrorContext& c) {
    for (const char* w : {"nginx", "apache", "httpd", "php-fpm", "php", "uwsgi", "gunicorn", "www-data"})
        if (c.program == w || knowhow::containsNoCase(c.message, w)) return true;
    return false;
}
}  // namespace

// The file may be fine for you and still out of reach for the web server, which runs as its own
// user (www-data, nginx, apache). The question to ask is "can *it* read this?".
std::optional<Finding> rule_web_server_user(const Facts& f) {
    if (!f.context.present || !f.subject.isMe()) return std::nullopt;
    const bool web = webProgram(f.context) || (webPath(f.absolute) && f.context.program.empty());
    if (!web) return std::nullopt;
    const std::string user = knowhow::containsNoCase(f.context.message, "apache") || knowhow::containsNoCase(f.context.message, "httpd")
                                 ? "apache"
                                 : "www-data";
    const bool allowedForMe = f.allowed();
    Finding out = rules::finding(
        "web-server-user", allowedForMe ? 0.8 : 0.35,
        Message(WD_TR("The web server does not run as you"), {}),
        Message(WD_TR("This looks like a web server's error. It runs as its own user (%1 on Debian and Ubuntu; "
                      "nginx or apache elsewhere), so what you may do says little about what it may do. Check %2 "
                      "for that user: the usual fix is a group or ACL grant on the one folder that blocks it, never "
                      "chmod 777."),
                {user, f.absolute}),
        f, f.target);
    FixProposal fx;
    fx.id = "check-as-web-server";
    fx.title = Message(WD_TR("Check for %1"), {user});
    fx.change = Message(WD_TR("Diagnoses the same path for the user %1."), {user});
    fx.argv = {"whydenied-cli", "diagnose", f.absolute, "--as", user};
    fx.advisory = true;
    out.fixes.push_back(fx);
    return out;
}

}  // namespace wd
