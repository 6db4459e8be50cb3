// SPDX-License-Identifier: GPL-3.0-or-later
// "Know what was tried": the everyday messages that do not say what the program tried, against files
// set up for real, with the answer each front end must give. The core, CLI and window tests all
// read this one table, so the three are held to the same answers.
#pragma once

#include "../core/scenario.h"

#include <fcntl.h>
#include <linux/fs.h>
#include <string>
#include <sys/ioctl.h>
#include <unistd.h>
#include <vector>

namespace wdtest {

struct TriedAnswer {
    std::string verdict;  // "denied" / "allowed"
    std::string errnoName;  // of the first denied operation; "" when none is
    std::string summary;  // the English headline
    std::string access;   // "read:allowed,write:denied"
    std::string cause;    // the first finding's cause; "" when there is none
    std::string findingOp;  // its operation
    bool alarm = false;   // a finding of confidence >= 0.5
};

struct TriedCase {
    std::string name;
    std::string path;     // the file the message is about
    std::string message;  // what a user pastes
    std::string source;   // explain's operation_source
    TriedAnswer explained;  // `explain` of the message
    TriedAnswer bare;       // `diagnose PATH` without --op
    std::string skip;     // why the case cannot be set up here; empty when it can
};

inline bool isImmutable(const std::string& p) {
    const int fd = open(p.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) return false;
    int flags = 0;
    const bool yes = ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0 && (flags & FS_IMMUTABLE_FL);
    close(fd);
    return yes;
}

// The files of the cases, under `root` (a folder every test uid may enter), owned as the cases
// need. Root only: the root-owned files and the immutable flag need it.
inline void makeTriedFiles(const std::string& root) {
    const Creds me = testUser();
    auto file = [&](const std::string& name, mode_t mode, uid_t uid, const std::string& body) {
        const std::string p = root + "/" + name;
        FILE* f = std::fopen(p.c_str(), "w");
        if (!f) throw std::runtime_error("cannot create " + p);
        std::fputs(body.c_str(), f);
        std::fclose(f);
        TempTree::own(p, mode, uid, uid == 0 ? 0 : me.gid);
        return p;
    };
    file("report.csv", 0444, me.uid, "a,b\n1,2\n");
    file("settings.ini", 0644, 0, "x=1\n");
    file("build.sh", 0644, me.uid, "#!/bin/sh\necho built\n");
    file("notes.txt", 0644, me.uid, "fine\n");
    const std::string locked = file("locked.cfg", 0644, me.uid, "frozen\n");
    TempTree::setFlag(locked, FS_IMMUTABLE_FL);  // may fail (tmpfs of old kernels): the case then skips
    const std::string dir = root + "/shared";
    if (mkdir(dir.c_str(), 0755) != 0) throw std::runtime_error("cannot mkdir " + dir);
    TempTree::own(dir, 0755, 0, 0);
}

inline std::vector<TriedCase> triedCases(const std::string& root) {
    const std::string report = root + "/report.csv";
    const TriedAnswer readOnly{"denied", "EACCES", "You can read report.csv, but you cannot write to it",
                               "read:allowed,write:denied", "owner-lacks-permission", "write", true};
    std::vector<TriedCase> cases = {
        {"PythonBare", report, "PermissionError: [Errno 13] Permission denied: '" + report + "'", "checked", readOnly,
         readOnly, ""},
        {"NodeOpen", report, "Error: EACCES: permission denied, open '" + report + "'", "checked", readOnly, readOnly,
         ""},
        {"JavaFileNotFound", report,
         "Exception in thread \"main\" java.io.FileNotFoundException: " + report + " (Permission denied)\n"
         "\tat java.base/java.io.FileOutputStream.open0(Native Method)",
         "checked", readOnly, readOnly, ""},
        {"RubyErrnoEacces", report, "Errno::EACCES (Permission denied - " + report + ")", "checked", readOnly, readOnly,
         ""},
        {"RubySysopen", report, "Permission denied @ rb_sysopen - " + report + " (Errno::EACCES)", "checked", readOnly,
         readOnly, ""},
    };
    // The Java frame names FileOutputStream: a write the text implies, not one that was guessed.
    cases[2].source = "inferred";
    cases[2].explained = {"denied", "EACCES", "You cannot write to report.csv", "write:denied", "owner-lacks-permission",
                          "write", true};

    const std::string locked = root + "/locked.cfg";
    const TriedAnswer immutable{"denied", "EPERM", "You can read locked.cfg, but you cannot write to it",
                                "read:allowed,write:denied", "immutable-attribute", "write", true};
    cases.push_back({"ImmutableEperm", locked, "PermissionError: [Errno 1] Operation not permitted: '" + locked + "'",
                     "checked", immutable, immutable,
                     isImmutable(locked) ? "" : "this filesystem does not support the immutable flag (chattr +i)"});

    const std::string settings = root + "/settings.ini";
    const TriedAnswer rootOwned{"denied", "EACCES", "You can read settings.ini, but you cannot write to it",
                                "read:allowed,write:denied", "owned-by-another-user", "write", true};
    cases.push_back({"RootOwnedFile", settings, "PermissionError: [Errno 13] Permission denied: '" + settings + "'",
                     "checked", rootOwned, rootOwned, ""});

    const std::string fresh = root + "/shared/new.txt";
    const TriedAnswer newFile{"denied", "EACCES", "You cannot create new.txt", "create:denied", "parent-not-writable",
                              "create", true};
    cases.push_back({"RootOwnedFolderForANewFile", fresh, "PermissionError: [Errno 13] Permission denied: '" + fresh + "'",
                     "checked", newFile, newFile, ""});

    // bash names the script it could not run; the file alone says only that it looks like a program.
    const std::string script = root + "/build.sh";
    cases.push_back({"ScriptWithoutX", script, "bash: " + script + ": Permission denied", "inferred",
                     {"denied", "EACCES", "You cannot run build.sh", "execute:denied", "owner-lacks-permission",
                      "execute", true},
                     {"denied", "EACCES", "You can read build.sh, but you cannot run it",
                      "read:allowed,write:allowed,execute:denied", "owner-lacks-permission", "execute", true},
                     ""});

    const std::string notes = root + "/notes.txt";
    cases.push_back({"FineFileRaisesNoAlarm", notes, "PermissionError: [Errno 13] Permission denied: '" + notes + "'",
                     "checked",
                     {"allowed", "", "You can read and write to notes.txt — the error must come from somewhere else",
                      "read:allowed,write:allowed", "error-from-elsewhere", "read", false},
                     {"allowed", "", "You can read and write to notes.txt — the error must come from somewhere else",
                      "read:allowed,write:allowed", "", "", false},
                     ""});
    return cases;
}

}  // namespace wdtest
