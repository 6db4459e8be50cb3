// SPDX-License-Identifier: GPL-3.0-or-later
// The helper's request form (README "Request form"): the requests the CLI sends through pkexec
// fit it, the form has no flag through which the caller vouches for itself, and the polkit
// policy names one action per verb of it.
#include "fix/common/helper_form.h"

#include "../core/scenario.h"
#include "json_reader.h"
#include "run_program.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <sys/stat.h>
#include <sys/sysmacros.h>

using wd::fix::checkHelperRequest;
using wdtest::TempTree;

namespace {

// A pkexec that records the request it was given (NUL-separated, after the helper's path) and
// answers "not authorised", as a dismissed password prompt does.
std::string fakePkexec(TempTree& t, const std::string& log) {
    const auto& me = wdtest::testUser();
    const std::string bin = t.dir("bin", 0755, 0, 0);
    std::ofstream(bin + "/pkexec") << "#!/bin/sh\nshift\nprintf '%s\\0' \"$@\" >> \"" << log << "\"\nprintf '\\n' >> \"" << log
                                   << "\"\nexit 126\n";
    chmod((bin + "/pkexec").c_str(), 0755);
    t.dir("log", 0755, me.uid, me.gid);
    return bin;
}

std::vector<std::vector<std::string>> requests(const std::string& log) {
    std::ifstream in(log, std::ios::binary);
    std::vector<std::vector<std::string>> out;
    std::string line;
    while (std::getline(in, line)) {
        std::vector<std::string> argv;
        std::istringstream words(line);
        for (std::string w; std::getline(words, w, '\0');) argv.push_back(w);
        out.push_back(argv);
    }
    return out;
}

wdtest::ProgramResult cliAsUser(const std::string& bin, const std::vector<std::string>& args, const std::string& home) {
    const auto r = wdtest::runAs(wdtest::testUser(), [&] {
        std::vector<std::string> argv = {"/usr/bin/env", "-i", "PATH=" + bin + ":/usr/bin:/bin", "HOME=" + home,
                                         "XDG_STATE_HOME=" + home + "/state",
                                         // Checked to exist before pkexec is asked; the stand-in never runs it.
                                         "WHYDENIED_HELPER=/bin/true", WD_CLI_PATH};
        argv.insert(argv.end(), args.begin(), args.end());
        const auto p = wdtest::runProgram(argv);
        return p.out;
    });
    wdtest::ProgramResult p;
    p.out = r.ok ? r.output : r.error;
    return p;
}

TEST(HelperForm, TheCliSendsRequestsThatFitTheForm) {
    if (!wdtest::isRoot()) GTEST_SKIP() << "needs root to stage files another user owns";
    TempTree t;
    const auto& me = wdtest::testUser();
    const std::string log = t / "log/requests";
    const std::string bin = fakePkexec(t, log);
    const std::string home = t.dir("home", 0755, me.uid, me.gid);
    // A root file the test user may not write: the fixes for it need the administrator.
    const std::string file = t.file("root's file.txt", 0644, 0, 0);
    const std::string tree = t.dir("tree", 0755, me.uid, me.gid);
    t.file("tree/theirs", 0644, 0, 0);

    // Every fix the diagnosis offers that needs the administrator, as the CLI sends it.
    const std::string diag = cliAsUser(bin, {"diagnose", file, "--op", "write", "--json"}, home).out;
    const wdtest::Json j = wdtest::Json::parse(diag.substr(0, diag.rfind('}') + 1));
    int adminFixes = 0;
    for (const auto& f : j["findings"].items)
        for (const auto& fx : f["fixes"].items)
            if (fx["privilege"].str == "admin" && !fx["advisory"].b) {
                ++adminFixes;
                cliAsUser(bin, {"fix", file, "--op", "write", "--fix", fx["id"].str, "--yes"}, home);
            }
    EXPECT_GT(adminFixes, 0) << diag;
    // The same file's plan: its privileged steps as one apply-plan request.
    cliAsUser(bin, {"fix", file, "--op", "write", "--plan", "--yes"}, home);
    cliAsUser(bin, {"holders", file, "--privileged"}, home);
    cliAsUser(bin, {"holders", file, "--privileged", "--command-lines"}, home);
    cliAsUser(bin, {"diagnose", file, "--system-audit-log"}, home);
    cliAsUser(bin, {"audit", tree, "--op", "write", "--fix", "owned-by-another-user", "--yes"}, home);
    // A file made in a home folder and moved here, which SELinux kept from rsyslogd, as the audit
    // record proves: restorecon -v through the helper's own verb, naming the node and no label.
    const std::string web = t.file("photo.jpg", 0644, me.uid, me.gid);
    struct stat st{};
    ASSERT_EQ(stat(web.c_str(), &st), 0);
    const std::string ino = std::to_string(st.st_ino);
    std::ofstream(t / "log/audit.log")
        << "type=AVC msg=audit(1764672764.339:4598): avc:  denied  { read } for  pid=2465 comm=\"rsyslogd\" "
           "name=\"photo.jpg\" dev=\"vda\" ino=" << ino << " scontext=system_u:system_r:syslogd_t:s0 "
           "tcontext=unconfined_u:object_r:user_home_t:s0 tclass=file permissive=0\n"
        << "type=SYSCALL msg=audit(1764672764.339:4598): arch=c000003e syscall=257 success=no exit=-13 items=1 "
           "pid=2465 comm=\"rsyslogd\" exe=\"/usr/sbin/rsyslogd\" subj=system_u:system_r:syslogd_t:s0\n"
        << "type=PATH msg=audit(1764672764.339:4598): item=0 name=\"" << web << "\" inode=" << ino
        << " dev=fd:00 mode=0100644 nametype=NORMAL\n";
    const std::string relabelOut =
        cliAsUser(bin, {"fix", web, "--audit-log", t / "log/audit.log", "--fix", "selinux-restore-label", "--yes"}, home).out;

    const auto sent = requests(log);
    std::set<std::string> verbs;
    for (const auto& r : sent) {
        EXPECT_EQ(checkHelperRequest(r), "") << ::testing::PrintToString(r);
        if (!r.empty()) verbs.insert(r[0]);
    }
    for (const char* v : {"apply", "apply-plan", "holders", "holders-cmdline", "audit-log", "bulk", "relabel"})
        EXPECT_TRUE(verbs.count(v)) << "no " << v << " request was sent";
    const std::string dev = std::to_string((static_cast<uint64_t>(major(st.st_dev)) << 32) | minor(st.st_dev));
    bool relabelled = false;
    for (const auto& r : sent)
        if (!r.empty() && r[0] == "relabel") {
            relabelled = true;
            EXPECT_EQ(r, (std::vector<std::string>{"relabel", "--path", web, "--dev", dev, "--ino", ino, "--type", "file"}));
        }
    EXPECT_TRUE(relabelled) << relabelOut;
}

TEST(HelperForm, RefusesWhatIsNotInIt) {
    EXPECT_EQ(checkHelperRequest({"undo", "--id", "x"}), "");
    EXPECT_NE(checkHelperRequest({"apply", "--action", "chown", "--arg", "ana", "--fix", "f", "--path", "/x", "--dev", "1",
                                  "--ino", "2", "--type", "file", "--confirmed-system-path"}),
              "");
    EXPECT_NE(checkHelperRequest({"apply", "--action", "join-group", "--arg", "video", "--fix", "join-group"}), "")
        << "a group join names the diagnosed file too";
    EXPECT_NE(checkHelperRequest({"undo", "--id", "x", "--id", "y"}), "");
    EXPECT_NE(checkHelperRequest({"shell", "--path", "/"}), "");
    EXPECT_NE(checkHelperRequest({}), "");
}

// The README's "Request form" documents every verb of the form with each of its options.
TEST(HelperForm, TheReadmeDocumentsEveryVerb) {
    std::ifstream in(WD_README_FILE);
    ASSERT_TRUE(in) << WD_README_FILE;
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string readme = ss.str();
    const size_t section = readme.find("### Request form");
    ASSERT_NE(section, std::string::npos);
    const size_t open = readme.find("```\n", section);
    ASSERT_NE(open, std::string::npos);
    const std::string block = readme.substr(open + 4, readme.find("```", open + 4) - open - 4);
    for (const auto& f : wd::fix::helperForms()) {
        const std::string head = "whydenied-helper " + std::string(f.verb) + " ";
        const size_t at = block.find("\n" + head) != std::string::npos ? block.find("\n" + head) + 1 : block.find(head);
        ASSERT_TRUE(at == 0 || block[at - 1] == '\n') << f.verb << " is not in the README's request form";
        // The verb's line and the indented lines that continue it.
        size_t end = block.find('\n', at);
        while (end != std::string::npos && end + 1 < block.size() && block[end + 1] == ' ') end = block.find('\n', end + 1);
        const std::string entry = block.substr(at, end == std::string::npos ? std::string::npos : end - at);
        for (const auto& names : {f.required, f.optional})
            for (auto name : names)
                EXPECT_NE(entry.find("--" + std::string(name) + " "), std::string::npos) << f.verb << " --" << name;
    }
}

// pkexec picks the action by the helper's first argument: every verb has its own action, and
// only the read-only verbs (who holds a file, the audit log's records) keep the authorisation a while.
TEST(HelperForm, ThePolicyHasOneActionPerVerb) {
    std::ifstream in(WD_POLICY_FILE);
    ASSERT_TRUE(in) << WD_POLICY_FILE;
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string policy = ss.str();
    EXPECT_EQ(policy.find("org.whydenied.run-helper"), std::string::npos);
    for (const auto& f : wd::fix::helperForms()) {
        const std::string verb(f.verb);
        const std::string id = "<action id=\"org.whydenied.helper." + verb + "\">";
        const size_t at = policy.find(id);
        ASSERT_NE(at, std::string::npos) << "no action for " << verb;
        const std::string action = policy.substr(at, policy.find("</action>", at) - at);
        EXPECT_NE(action.find("<annotate key=\"org.freedesktop.policykit.exec.argv1\">" + verb + "</annotate>"),
                  std::string::npos)
            << verb;
        EXPECT_NE(action.find("$(command_line)"), std::string::npos) << verb << ": the prompt must show the request";
        if (verb == "holders" || verb == "audit-log") continue;  // read-only: the approval is kept a while
        EXPECT_EQ(action.find("auth_admin_keep"), std::string::npos) << verb << " must ask every time";
    }
    if (access("/usr/bin/xmllint", X_OK) != 0) GTEST_SKIP() << "no xmllint to check the XML itself";
    const auto lint = wdtest::runProgram({"/usr/bin/xmllint", "--noout", "--nonet", WD_POLICY_FILE});
    EXPECT_EQ(lint.exitCode, 0) << lint.err;
}

}  // namespace
