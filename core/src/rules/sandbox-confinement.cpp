// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/support/lsm_common.h"

#include <optional>

namespace wd {
namespace {

std::string parentDir(const std::string& p) {
    const size_t s = p.find_last_of('/');
    return s == std::string::npos || s == 0 ? std::string("/") : p.substr(0, s);
}

bool under(const std::string& path, const std::string& dir) {
    return path.size() > dir.size() && path.compare(0, dir.size(), dir) == 0 && path[dir.size()] == '/';
}

void snapFixes(Finding& out, const Facts& f, const std::string& snap, const std::string& path) {
    if (under(path, "/media") || under(path, "/mnt") || under(path, "/run/media")) {
        FixProposal fx;
        fx.id = "snap-connect-removable-media";
        fx.title = WD_TR("Connect the snap's removable-media interface");
        fx.change = Message(WD_TR("Lets the %1 snap read and write under /media, /mnt and /run/media."), {snap});
        fx.argv = {"snap", "connect", snap + ":removable-media"};
        fx.undoArgv = {"snap", "disconnect", snap + ":removable-media"};
        fx.privilege = Privilege::Admin;
        fx.advisory = true;
        out.fixes.push_back(fx);
        return;
    }
    if (f.identity.home.empty()) return;
    const std::string place = f.identity.home + "/snap/" + snap + "/common/";
    FixProposal fx;
    fx.id = "snap-copy-to-snap-home";
    fx.title = WD_TR("Copy it where the snap can read it");
    fx.change = Message(WD_TR("Copies %1 into %2, which the snap may read."), {path, place});
    fx.argv = {"cp", "--", path, place};
    fx.advisory = true;
    out.fixes.push_back(fx);
}

}  // namespace

// A snap, a Flatpak, Landlock or a seccomp/no_new_privs sandbox: the process carries rules of its own
// that a check made outside it cannot see. Named whenever the subject is sandboxed (its verdict is then
// never "allowed"), or when an audit record shows the sandbox refusing this file.
std::optional<Finding> rule_sandbox_confinement(const Facts& f) {
    if (f.platform != Platform::Linux) return std::nullopt;
    const AuditDenial* snapRecord = rules::blockingSnapRecord(f);
    const AuditDenial* landlock = rules::blockingRecord(f, "landlock");
    const bool sandboxed = !f.subject.isMe() && f.sandbox.confines();
    if (!snapRecord && !landlock && !sandboxed) return std::nullopt;
    const AuditDenial* record = snapRecord ? snapRecord : landlock;
    const std::string path = rules::lsmPath(f, record);
    const std::string who = f.subject.isMe() ? (record && !record->comm.empty() ? record->comm : rules::me(f))
                                             : f.subject.description;
    const std::string snap = snapRecord ? rules::snapOfProfile(snapRecord->profile) : f.sandbox.snap;
    Finding out;
    if (!snap.empty()) {
        out = rules::finding("sandbox-confinement", record ? 0.95 : 0.8,
                             Message(WD_TR("The %1 snap is confined"), {snap}),
                             Message(WD_TR("The %1 snap is confined by AppArmor: it reads only its own folders "
                                           "(~/snap/%1), your home through the home interface and removable media "
                                           "when its removable-media interface is connected. %2 is outside them "
                                           "(a snap also has its own /tmp)."),
                                     {snap, path}),
                             f, rules::decidingIndex(f));
        out.addEvidence("sandbox", "snap " + snap);
        snapFixes(out, f, snap, path);
    } else if (f.sandbox.flatpak) {
        const std::string app = f.sandbox.flatpakApp.empty() ? who : f.sandbox.flatpakApp;
        out = rules::finding("sandbox-confinement", 0.8, Message(WD_TR("The Flatpak %1 is confined"), {app}),
                             Message(WD_TR("The Flatpak %1 sees only the folders its permissions grant. Give it %2 "
                                           "with flatpak override, or open the file through the file chooser (the "
                                           "portal)."),
                                     {app, parentDir(path)}),
                             f, rules::decidingIndex(f));
        out.addEvidence("sandbox", "flatpak " + app);
        if (!f.sandbox.flatpakApp.empty()) {
            FixProposal fx;
            fx.id = "flatpak-override-filesystem";
            fx.title = WD_TR("Give the Flatpak access to the folder");
            fx.change = Message(WD_TR("Lets %1 read and write %2 from now on (flatpak override --user)."),
                                {app, parentDir(path)});
            fx.argv = {"flatpak", "override", "--user", "--filesystem=" + parentDir(path), app};
            fx.undoArgv = {"flatpak", "override", "--user", "--nofilesystem=" + parentDir(path), app};
            fx.advisory = true;
            out.fixes.push_back(fx);
        }
    } else {
        // Landlock and seccomp rulesets belong to the process: nothing outside it can read them.
        std::string kind = landlock ? "Landlock" : "no_new_privs";
        if (!landlock && f.sandbox.seccomp == 2) kind += ", seccomp";
        out = rules::finding(
            "sandbox-confinement", landlock ? 0.95 : 0.8, Message(WD_TR("%1 runs in a sandbox"), {who}),
            Message(WD_TR("%1 is sandboxed (%2). A sandbox has its own rules that may deny what the file's "
                          "permissions allow, and they cannot be read from outside the process: a check made "
                          "outside the sandbox cannot say whether it may %3 %4."),
                    {who, kind, rules::opVerb(f.op), path})
                .translateArg(2),
            f, rules::decidingIndex(f));
        out.addEvidence("sandbox", kind);
    }
    if (f.sandbox.known) {
        out.addEvidence("no new privileges", f.sandbox.noNewPrivs ? "1" : "0");
        if (f.sandbox.seccomp >= 0) out.addEvidence("seccomp mode", std::to_string(f.sandbox.seccomp));
    }
    if (record) rules::addAuditEvidence(out, *record);
    return out;
}

}  // namespace wd
