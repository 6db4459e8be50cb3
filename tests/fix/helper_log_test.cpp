// SPDX-License-Identifier: GPL-3.0-or-later
// What whydenied-helper writes to syslog, caught on a private /dev/log: a newline or a control
// byte in a request cannot forge a second record or steer the terminal of whoever reads the log.
#include "as_user.h"
#include "run_program.h"

#include <gtest/gtest.h>

#include <poll.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>

namespace {

TEST(HelperLog, ANewlineInARequestStaysInsideOneEscapedRecord) {
    if (!wdtest::isRoot()) GTEST_SKIP() << "whydenied-helper runs as root; catching its syslog needs a private /dev";
    wdtest::Creds root;
    root.stayRoot = true;
    // A /dev of this child's own, with /dev/null (the helper's stdin) and a /dev/log we listen on.
    root.asRootFirst = [] {
        return mount("tmpfs", "/dev", "tmpfs", MS_NOSUID, "mode=0755") == 0 &&
               mknod("/dev/null", S_IFCHR | 0666, makedev(1, 3)) == 0;
    };
    const std::string forged = "x\nwhydenied-helper[1]: uid 4242: sudo chown 4242 -- /etc/shadow\x1b[2K";
    const auto r = wdtest::runAs(root, [&] {
        const int s = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un a{};
        a.sun_family = AF_UNIX;
        std::snprintf(a.sun_path, sizeof a.sun_path, "/dev/log");
        if (s < 0 || bind(s, reinterpret_cast<const sockaddr*>(&a), sizeof a) != 0) return std::string("no socket");
        const auto p = wdtest::runProgram({"/usr/bin/env", "-i", "PKEXEC_UID=4242", WD_HELPER_BIN, forged});
        std::string records = std::to_string(p.exitCode);
        char buf[65536];
        // The helper has exited: everything it logged is already queued.
        for (pollfd pf{s, POLLIN, 0}; poll(&pf, 1, 0) == 1;) {
            const ssize_t n = recv(s, buf, sizeof buf, 0);
            if (n <= 0) break;
            records += '\x1e' + std::string(buf, static_cast<size_t>(n));
        }
        return records;
    });
    ASSERT_TRUE(r.ok) << r.error;
    ASSERT_EQ(r.output.rfind("2\x1e", 0), 0u) << "the helper did not refuse, or logged nothing: " << r.output;
    const std::string record = r.output.substr(2);
    EXPECT_EQ(record.find('\x1e'), std::string::npos) << "more than one record: " << record;
    EXPECT_EQ(record.find('\n'), std::string::npos) << record;
    EXPECT_EQ(record.find('\x1b'), std::string::npos) << record;
    EXPECT_NE(record.find("x\\nwhydenied-helper[1]: uid 4242"), std::string::npos) << record;
    EXPECT_NE(record.find("\\x1b[2K"), std::string::npos) << record;
}

}  // namespace
