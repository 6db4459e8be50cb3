// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI's renderings of a macOS diagnosis (JSON and text), through the synthetic facts path:
// judge() over facts as the macOS probe reports them, then the same functions whydenied-cli uses.
#include "json_reader.h"
#include "mac_facts.h"
#include "whydenied/report.h"

#include <gtest/gtest.h>

namespace {

using namespace wd;
using mactest::MacFacts;

TEST(MacRender, JsonCarriesCausesFixesAndCommands) {
    const auto d = mactest::judged(MacFacts(Operation::Write).dirs("Users/ana/Desktop").file("report.txt")
                                       .flags(mac::kUfImmutable).tcc(0, "Terminal").kernelSays(EPERM));
    const auto j = wdtest::Json::parse(diagnosisJson(d));
    EXPECT_EQ(j["verdict"].str, "denied");
    EXPECT_EQ(j["errno"].str, "EPERM");
    const auto& f0 = j["findings"][0];
    EXPECT_EQ(f0["cause"].str, "immutable-attribute");
    EXPECT_EQ(f0["fixes"][0]["id"].str, "chflags-nouchg");
    EXPECT_EQ(f0["fixes"][0]["command"].str, "chflags nouchg /Users/ana/Desktop/report.txt");
    EXPECT_EQ(f0["fixes"][0]["undo"].str, "chflags uchg /Users/ana/Desktop/report.txt");
    EXPECT_EQ(f0["fixes"][0]["privilege"].str, "none");
}

TEST(MacRender, JsonAndTextForTcc) {
    const auto d = mactest::judged(MacFacts(Operation::Read).dirs("Users/ana/Documents").file("a.txt")
                                       .tcc(0, "Visual Studio Code").kernelSays(EPERM));
    const auto j = wdtest::Json::parse(diagnosisJson(d));
    const auto& f0 = j["findings"][0];
    EXPECT_EQ(f0["cause"].str, "mac-policy");
    EXPECT_EQ(f0["evidence"]["kind"].str, "tcc");
    EXPECT_EQ(f0["fixes"][0]["id"].str, "tcc-open-full-disk-access");
    EXPECT_EQ(f0["fixes"][0]["command"].str,
              "open 'x-apple.systempreferences:com.apple.preference.security?Privacy_AllFiles'");
    const std::string text = diagnosisText(d);
    EXPECT_NE(text.find("Give Visual Studio Code Full Disk Access in System Settings"), std::string::npos) << text;
    EXPECT_NE(text.find("x-apple.systempreferences"), std::string::npos) << text;
}

TEST(MacRender, JsonForQuarantineAndAcl) {
    const auto q = mactest::judged(MacFacts(Operation::Execute).dirs("Users/ana/Downloads").file("tool", 501, 0755)
                                       .quarantine("0083;65a1b2c3;Safari;").kernelSays(EPERM));
    const auto jq = wdtest::Json::parse(diagnosisJson(q));
    EXPECT_EQ(jq["findings"][0]["cause"].str, "quarantine-attribute");
    EXPECT_EQ(jq["findings"][0]["fixes"][0]["command"].str, "xattr -d com.apple.quarantine /Users/ana/Downloads/tool");

    const auto a = mactest::judged(MacFacts(Operation::Read).dirs("Users/ana/Projects").file("a.txt")
                                       .ace(false, false, "ana", mac::kAclReadData).kernelSays(EACCES));
    const auto ja = wdtest::Json::parse(diagnosisJson(a));
    EXPECT_EQ(ja["findings"][0]["cause"].str, "acl-denies");
    EXPECT_EQ(ja["findings"][0]["fixes"][0]["command"].str, "chmod -a 'user:ana deny read' /Users/ana/Projects/a.txt");
}

}  // namespace
