// SPDX-License-Identifier: GPL-3.0-or-later
// The advice table: know-how from the pasted text alone, for a request that cannot be checked on
// this machine (no path, or another machine's path). It is the second table, apart from the causes
// table (rules/registry.cpp): an entry reads no facts and diagnoses nothing; it says what the text
// usually means. Its ids reuse cause ids where the meaning is the same, so a finding reads alike.
#include "knowhow/advice.h"
#include "knowhow/text.h"
#include "whydenied/knowhow.h"

#include <array>

namespace wd {
namespace {

using knowhow::containsNoCase;

Finding advice(const char* cause, double confidence, Message title, Message explanation) {
    Finding f;
    f.cause = cause;
    f.confidence = confidence;
    f.title = std::move(title);
    f.explanation = std::move(explanation);
    return f;
}

FixProposal advisory(const char* id, Message title, Message change, std::vector<std::string> argv) {
    FixProposal fx;
    fx.id = id;
    fx.title = std::move(title);
    fx.change = std::move(change);
    fx.argv = std::move(argv);
    fx.advisory = true;
    return fx;
}

bool officeFile(std::string_view path) {
    const std::string_view ext = knowhow::extension(path);
    for (const char* e : {".csv", ".xlsx", ".xls", ".xlsm", ".docx", ".doc", ".pptx", ".ppt", ".odt", ".ods"})
        if (containsNoCase(ext, e) && ext.size() == std::string_view(e).size()) return true;
    return false;
}

bool protectedWindowsFolder(std::string_view path) {
    for (const char* d : {"\\Documents\\", "\\Desktop\\", "\\Pictures\\", "\\Videos\\", "\\Music\\", "\\Favorites\\"})
        if (containsNoCase(path, d)) return true;
    return false;
}

// Windows said "in use": the sharing entry speaks, and the access-denied entries stay silent.
bool inUse(const AdviceInput& in) {
    return in.request.errorClass == ErrorClass::WinSharingViolation || in.request.errorClass == ErrorClass::WinLockViolation ||
           containsNoCase(in.message, "being used by another process");
}

bool windowsAccessDenied(const AdviceInput& in) {
    return in.request.platform == Platform::Windows && !inUse(in) &&
           (in.request.errorClass == ErrorClass::WinAccessDenied || in.request.errorClass == ErrorClass::EACCES_);
}

std::optional<Finding> sshAuthentication(const AdviceInput& in) {
    if (!containsNoCase(in.message, "(publickey")) return std::nullopt;
    Finding f = advice("ssh-authentication", 0.95, WD_TR("The server refused your ssh key: this is not a file permission"),
                       WD_TR("\"Permission denied (publickey)\" comes from the remote server: none of the keys ssh "
                             "offered is accepted for that account. Check which keys your agent holds (ssh-add -l), "
                             "that the public key is registered for the account (GitHub, GitLab, authorized_keys), "
                             "and the user name in the address. ssh -v shows which keys were tried."));
    f.fixes.push_back(advisory("ssh-verbose", WD_TR("See which keys ssh offers"),
                               WD_TR("Connects with verbose output; nothing changes."), {"ssh", "-v", "git@github.com"}));
    f.fixes.push_back(advisory("ssh-add-key", WD_TR("Load your key into the agent"),
                               WD_TR("Adds your default private key to the running ssh-agent."), {"ssh-add"}));
    return f;
}

std::optional<Finding> gitDubiousOwnership(const AdviceInput& in) {
    if (!containsNoCase(in.message, "dubious ownership")) return std::nullopt;
    const std::string& path = in.path;
    Finding f = advice("git-dubious-ownership", 0.9, WD_TR("git refuses a repository owned by another user"),
                       WD_TR("Since git 2.35.2 git will not work in a repository whose folder belongs to someone "
                             "else, because its hooks and config could run code as you. Either give the folder to "
                             "yourself, or, if you trust its owner, mark it safe for git."));
    f.fixes.push_back(advisory("git-safe-directory", WD_TR("Trust this repository"),
                               WD_TR("Adds the folder to safe.directory in your git config."),
                               {"git", "config", "--global", "--add", "safe.directory", path.empty() ? "PATH" : path}));
    return f;
}

std::optional<Finding> fileLockedByProcess(const AdviceInput& in) {
    if (!inUse(in)) return std::nullopt;
    const std::string& path = in.path;
    const bool office = officeFile(path);
    Finding f = advice(
        "file-locked-by-process", 0.9,
        office ? Message(WD_TR("%1 is probably open in Excel or Word"), {std::string(knowhow::baseName(path))})
               : Message(WD_TR("Another program has %1 open"), {std::string(knowhow::baseName(path))}),
        office ? Message(WD_TR("Windows does not let a program write or delete a file that another program opened "
                               "without sharing, and Office opens documents that way. Close the document (check the "
                               "taskbar for a second window), then try again. If your own code writes the file, "
                               "write a temporary file in the same folder and replace the original with it."))
               : Message(WD_TR("Windows refused because another process has the file open without sharing. Find "
                               "it with WhyDenied on that machine (or Resource Monitor, or Sysinternals Handle), "
                               "close it and retry. Antivirus, indexing and backup tools hold files briefly: "
                               "retrying after a short pause often works.")));
    f.fixes.push_back(advisory("atomic-write", WD_TR("Write a temporary file, then replace"),
                               WD_TR("For developers: write to a new file in the same folder and replace the "
                                     "original with os.replace (Python) or File.Replace (.NET)."),
                               {"python3", "-c", "import os; os.replace('report.tmp', 'report.csv')"}));
    return f;
}

std::optional<Finding> isADirectory(const AdviceInput& in) {
    if (!windowsAccessDenied(in) || in.request.program != "python" || in.path.empty() ||
        !knowhow::extension(in.path).empty())
        return std::nullopt;
    const std::string& path = in.path;
    Finding f = advice("is-a-directory", 0.6,
                       Message(WD_TR("%1 may be a folder, which Python on Windows reports as Permission denied"),
                               {std::string(knowhow::baseName(path))}),
                       WD_TR("On Windows, open() on a folder fails with PermissionError [Errno 13], not "
                             "IsADirectoryError. Open a file inside it, list it with os.scandir, or remove "
                             "it with shutil.rmtree."));
    return f;
}

std::optional<Finding> controlledFolderAccess(const AdviceInput& in) {
    if (!windowsAccessDenied(in) || !protectedWindowsFolder(in.path)) return std::nullopt;
    Finding f = advice("mac-policy", 0.5, WD_TR("Windows Security may be protecting this folder"),
                       WD_TR("Controlled Folder Access (Windows Security, Ransomware protection) blocks "
                             "programs it does not know from changing Documents, Desktop, Pictures and similar "
                             "folders, and reports it as Access is denied. Allow the program there, or save "
                             "elsewhere."));
    f.fixes.push_back(advisory("open-ransomware-protection", WD_TR("Open Ransomware protection settings"),
                               WD_TR("Opens Windows Security where allowed apps are listed."),
                               {"start", "windowsdefender://ransomwareprotection"}));
    return f;
}

}  // namespace

std::span<const AdviceEntry> allAdvice() {
    // Entries run in this order and their findings keep it.
    static const std::array kAdvice{
        AdviceEntry{"ssh-authentication", &sshAuthentication},
        AdviceEntry{"git-dubious-ownership", &gitDubiousOwnership},
        AdviceEntry{"file-locked-by-process", &fileLockedByProcess},
        AdviceEntry{"is-a-directory", &isADirectory},
        AdviceEntry{"mac-policy", &controlledFolderAccess},
    };
    return kAdvice;
}

std::vector<Finding> adviceFromText(const ParsedRequest& r, std::string_view text) {
    const ErrorContext c = errorContextFor(r, text);
    const AdviceInput in{r, c.message.empty() ? text : std::string_view(c.message), r.path.value_or(std::string())};
    std::vector<Finding> out;
    for (const AdviceEntry& e : allAdvice())
        if (auto f = e.advise(in)) out.push_back(std::move(*f));
    return out;
}

}  // namespace wd
