// SPDX-License-Identifier: GPL-3.0-or-later
// How a failed privileged run is told to the person: pkexec exits 127 for a missing agent, a
// refused password and a program it cannot run alike, so the words it prints decide. Each case
// runs a stub pkexec, found on PATH like the real one, that answers as the real one does.
#include "fix/common/fix_internal.h"
#include "whydenied/audit.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace wd;

namespace {

class PkexecFailure : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("wd-pkexec-" + std::to_string(getpid()));
        fs::remove_all(dir_);
        fs::create_directories(dir_ / "bin");
        const char* path = std::getenv("PATH");
        oldPath_ = path ? path : "";
        // The stub comes first; env and the shell come from the system.
        setenv("PATH", ((dir_ / "bin").string() + ":/usr/bin:/bin").c_str(), 1);
    }
    void TearDown() override {
        setenv("PATH", oldPath_.c_str(), 1);
        fs::remove_all(dir_);
    }
    // A pkexec that records its environment and arguments, prints `say` and exits with `status`.
    void stub(const std::string& say, int status) {
        const fs::path p = dir_ / "bin" / "pkexec";
        std::ofstream(p) << "#!/bin/sh\n"
                         << "echo \"LC_ALL=$LC_ALL\" > '" << (dir_ / "ran").string() << "'\n"
                         << "echo \"$@\" >> '" << (dir_ / "ran").string() << "'\n"
                         << "printf '%s\\n' '" << say << "' >&2\n"
                         << "exit " << status << "\n";
        chmod(p.c_str(), 0755);
    }
    std::string run(const std::string& helper = "/bin/true") {
        posix::RunResult r;
        Message error;
        EXPECT_FALSE(fix::runHelperWithPkexec({"undo", "--id", "x"}, helper, 20000, 1 << 16, r, error));
        return error.english();
    }
    std::string ran() const {
        std::ifstream in(dir_ / "ran");
        return std::string(std::istreambuf_iterator<char>(in), {});
    }
    fs::path dir_;
    std::string oldPath_;
};

TEST_F(PkexecFailure, NoAuthenticationAgentIsNamed) {
    stub("Error executing command as another user: No authentication agent found.", 127);
    const std::string e = run();
    EXPECT_NE(e.find("no polkit authentication agent"), std::string::npos) << e;
    EXPECT_EQ(e.find("password was"), std::string::npos) << "no prompt was shown: " << e;
    // Its words are read in the C locale, whatever the person's language.
    EXPECT_NE(ran().find("LC_ALL=C\n"), std::string::npos) << ran();
    EXPECT_NE(ran().find("/bin/true undo --id x"), std::string::npos) << ran();
}

TEST_F(PkexecFailure, DismissedPrompt) {
    stub("Error executing command as another user: Request dismissed", 126);
    EXPECT_NE(run().find("prompt was dismissed"), std::string::npos);
}

TEST_F(PkexecFailure, RefusedPassword) {
    stub("Error executing command as another user: Not authorized", 127);
    const std::string e = run();
    EXPECT_NE(e.find("not authorised"), std::string::npos) << e;
    EXPECT_EQ(e.find("agent"), std::string::npos) << e;
}

TEST_F(PkexecFailure, HelperRefusalCarriesItsReason) {
    stub("whydenied-helper: refused: /srv/x belongs to another user", 2);
    EXPECT_EQ(run(), "the helper refused: /srv/x belongs to another user");
}

// A bulk fix says how far it got on standard error before it may refuse: the reason is still found.
TEST_F(PkexecFailure, HelperRefusalAfterProgressCarriesItsReason) {
    BulkFixProgress p;
    p.entries = 12;
    p.changed = 3;
    stub(bulkProgressLine(p) + "\n" + bulkProgressLine(p) + "\nwhydenied-helper: refused: the folder changed", 2);
    EXPECT_EQ(run(), "the helper refused: the folder changed");
}

TEST_F(PkexecFailure, MissingHelperIsToldBeforeAnyPrompt) {
    stub("must not run", 0);
    const std::string e = run((dir_ / "no-such-helper").string());
    EXPECT_NE(e.find("not installed"), std::string::npos) << e;
    EXPECT_FALSE(fs::exists(dir_ / "ran")) << "pkexec asked for a password for a helper that is not there";
}

TEST_F(PkexecFailure, MissingPkexec) {
    // Only env on PATH, no pkexec beside it.
    fs::create_symlink(access("/usr/bin/env", X_OK) == 0 ? "/usr/bin/env" : "/bin/env", dir_ / "bin" / "env");
    setenv("PATH", (dir_ / "bin").string().c_str(), 1);
    const std::string e = run();
    EXPECT_NE(e.find("pkexec is not installed"), std::string::npos) << e;
}

}  // namespace
