// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/lsm_common.h"

#include <optional>

namespace wd {
namespace {

bool under(const std::string& path, const std::string& dir) {
    return path.size() > dir.size() && path.compare(0, dir.size(), dir) == 0 && path[dir.size()] == '/';
}

std::string parentDir(const std::string& p) {
    const size_t s = p.find_last_of('/');
    return s == std::string::npos || s == 0 ? std::string("/") : p.substr(0, s);
}

// The booleans audit2why names most for file and network denials of common services.
std::string booleanFor(const std::string& domain, const std::string& target, const AuditDenial& d,
                       const std::string& path) {
    if (domain == "httpd_t") {
        if (d.tclass == "tcp_socket" && d.permissions.find("name_connect") != std::string::npos)
            return target == "mysqld_port_t" || target == "postgresql_port_t" ? "httpd_can_network_connect_db"
                                                                                : "httpd_can_network_connect";
        if (target == "user_home_dir_t" || target == "home_root_t" ||
            (target == "user_home_t" && path.find("/public_html") != std::string::npos))
            return "httpd_enable_homedirs";
        if (target == "user_home_t" && under(path, "/home")) return "httpd_read_user_content";
        if (target == "nfs_t") return "httpd_use_nfs";
        if (target == "cifs_t") return "httpd_use_cifs";
    }
    if (domain == "smbd_t" && (target == "user_home_t" || target == "user_home_dir_t")) return "samba_enable_home_dirs";
    if (domain == "ftpd_t" && (target == "user_home_t" || target == "user_home_dir_t")) return "ftpd_full_access";
    return {};
}

// Types a file keeps from where it was made: `mv` from a home folder or /tmp brings them along.
bool carriedLabel(const std::string& type, const std::string& path) {
    const bool homeType = type == "user_home_t" || type == "admin_home_t" || type == "user_home_dir_t";
    const bool tmpType = type == "user_tmp_t" || type == "tmp_t";
    return (homeType && !under(path, "/home") && !under(path, "/root")) || (tmpType && !under(path, "/tmp") && !under(path, "/var/tmp"));
}

// A service's content type and where the policy expects its files.
struct ServiceFiles {
    const char* domain;
    const char* type;
    const char* place;
};
constexpr ServiceFiles kServiceFiles[] = {
    {"httpd_t", "httpd_sys_content_t", "/var/www"},   {"mysqld_t", "mysqld_db_t", "/var/lib/mysql"},
    {"postgresql_t", "postgresql_db_t", "/var/lib/pgsql"}, {"named_t", "named_zone_t", "/var/named"},
    {"smbd_t", "samba_share_t", ""},                  {"ftpd_t", "public_content_t", "/var/ftp"},
};

FixProposal restorecon(const std::string& path, bool recursive) {
    std::vector<std::string> argv = {"restorecon", "-v"};
    if (recursive) argv.insert(argv.begin() + 1, "-R");
    argv.insert(argv.end(), {"--", path});
    return rules::policyAdvice("selinux-restore-label", WD_TR("Restore the SELinux label (administrator)"), argv);
}

// restorecon -v on the diagnosed node alone: a fix the helper's relabel verb applies, with the label
// it works out from the policy there. Undo puts back the label the probe read. Anything wider (a
// folder with -R, a new file context) stays advice.
FixProposal relabel(const Facts& f, const std::string& path) {
    const Node* t = f.targetNode();
    if (!t || t->path != path || !t->exists || t->statErrno || (!t->isDir() && t->type != NodeType::Regular))
        return restorecon(path, false);
    FixProposal fx = rules::typedFix(FixAction::Relabel, f.platform, *t, {},
                                     f.modules.fileLabel.empty() ? f.lsm.targetLabel : f.modules.fileLabel);
    fx.id = "selinux-restore-label";
    fx.title = WD_TR("Restore the SELinux label (administrator)");
    fx.change = Message(WD_TR("Gives %1 the label the SELinux policy has for that place, as restorecon -v does; the "
                              "label it has now is recorded, so undo can put it back."),
                        {path});
    fx.privilege = f.identity.euid == 0 ? Privilege::None : Privilege::Admin;
    return fx;
}

}  // namespace

// SELinux: the record's contexts say who (scontext) was refused what (tclass, permissions) on which
// label (tcontext). The fix depends on why, as audit2why sorts it: a label carried from elsewhere
// (restorecon), a boolean (setsebool), a place the policy does not know (semanage fcontext), else
// a missing rule (audit2allow, with a warning). Nothing here changes policy from a button.
std::optional<Finding> rule_selinux_denial(const Facts& f) {
    const AuditDenial* d = rules::blockingRecord(f, "selinux");
    if (!d) {
        const bool enforcing = f.modules.selinuxEnforce == 1 || (f.lsm.selinuxEnabled && f.lsm.selinuxEnforcing);
        if (!enforcing || !rules::unexplainedByBits(f)) return std::nullopt;
        Finding out = rules::moduleFinding(
            f, "selinux-denial", 0.75, WD_TR("SELinux policy denies this"),
            WD_TR("The permissions allow it, but SELinux is enforcing and the kernel still says no. Look for an AVC "
                  "denial (`ausearch -m avc -ts recent`); a wrong label is often fixed with `restorecon`."),
            "selinux");
        const std::string label = f.modules.fileLabel.empty() ? f.lsm.targetLabel : f.modules.fileLabel;
        if (!label.empty()) out.addEvidence("selinux label", label);
        if (!f.modules.defaultFileLabel.empty()) out.addEvidence("default label", f.modules.defaultFileLabel);
        const std::string subject = f.modules.subjectLabel.empty() ? f.lsm.processLabel : f.modules.subjectLabel;
        if (!subject.empty()) out.addEvidence("process label", subject);
        // Typed only when the policy's default shows the label is wrong; otherwise it is a guess.
        const AuditDenial types;
        const bool mislabelled = !label.empty() && !f.modules.defaultFileLabel.empty() &&
                                 types.typeOf(label) != types.typeOf(f.modules.defaultFileLabel);
        if (const Node* t = f.targetNode()) out.fixes.push_back(mislabelled ? relabel(f, t->path) : restorecon(t->path, false));
        return out;
    }
    const std::string path = rules::lsmPath(f, d);
    const std::string domain = d->typeOf(d->scontext), target = d->typeOf(d->tcontext);
    const std::string what = d->permissions.empty() ? d->tclass : d->permissions;
    Finding out;
    auto make = [&](Message explanation) {
        out = rules::finding("selinux-denial", 0.95, Message(WD_TR("SELinux denies %1 %2 on %3"), {domain, what, path}),
                             std::move(explanation), f, f.targetNode() ? f.target : -1);
    };
    const ServiceFiles* service = nullptr;
    for (const ServiceFiles& s : kServiceFiles)
        if (domain == s.domain) service = &s;
    const std::string defaultType = d->typeOf(f.modules.defaultFileLabel);
    const bool inPlace = service && *service->place && under(path, service->place);
    if (const std::string boolean = booleanFor(domain, target, *d, path); !boolean.empty()) {
        make(Message(WD_TR("The policy has a switch for this: the boolean %1 is off. Turning it on allows %2 to do "
                           "this wherever it applies, so turn it on only if the service should."),
                     {boolean, domain}));
        out.fixes.push_back(rules::policyAdvice("selinux-setsebool", Message(WD_TR("Turn on the SELinux boolean %1 (administrator)"), {boolean}),
                                   {"setsebool", "-P", boolean, "on"}, {"setsebool", "-P", boolean, "off"}));
    } else if ((!defaultType.empty() && defaultType != target) || (carriedLabel(target, path) && (inPlace || !service))) {
        const std::string expected = !defaultType.empty() ? defaultType : inPlace ? service->type : std::string();
        make(expected.empty()
                 ? Message(WD_TR("%1 is labelled %2, which files there do not have: a file moved with mv keeps the "
                                 "label of the place it was made; restorecon gives it the default one."),
                           {path, target})
                 : Message(WD_TR("%1 is labelled %2, which is not the label files there should have (%3). A file moved "
                                 "with mv keeps the label of the place it was made; restorecon gives it the default one."),
                           {path, target, expected}));
        out.fixes.push_back(relabel(f, path));
    } else if (service && !inPlace) {
        const std::string dir = parentDir(path);
        make(Message(WD_TR("%1 is in a place the policy does not know as %2's (label %3). Tell SELinux what the "
                           "folder holds with semanage fcontext, then relabel it."),
                     {path, domain, target}));
        out.fixes.push_back(rules::policyAdvice("selinux-semanage-fcontext",
                                   Message(WD_TR("Label the folder as %1 (administrator)"), {service->type}),
                                   {"semanage", "fcontext", "-a", "-t", service->type, dir + "(/.*)?"},
                                   {"semanage", "fcontext", "-d", dir + "(/.*)?"}));
        out.fixes.push_back(restorecon(dir, true));
    } else {
        make(Message(WD_TR("No label or boolean explains it: the policy has no rule letting %1 %2 a %3 labelled %4. A "
                           "local policy module (audit2allow) would add one, but it widens what the program may do: "
                           "make sure it should do this at all, and never load a module you have not read."),
                     {domain, what, d->tclass, target}));
        out.fixes.push_back(rules::policyAdvice("selinux-audit2why", WD_TR("Explain the denial with audit2allow -w (administrator)"),
                                   {"audit2allow", "-w", "-a"}));
    }
    rules::addAuditEvidence(out, *d);
    return out;
}

}  // namespace wd
