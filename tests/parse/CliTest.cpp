// SPDX-License-Identifier: GPL-3.0-or-later
// whydenied-cli parse/explain follow the JSON contract (design.md §4): schema 1, requests with
// text_span, path (or null), operation, error_class, platform, program; explain adds a diagnosis,
// and a Windows path pasted here gets a note instead of one.
#include "json_reader.h"
#include "run_program.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace {

using wdtest::Json;

Json runJson(const std::vector<std::string>& args, const std::string& input, int* exitCode = nullptr) {
    std::vector<std::string> argv{WD_CLI_PATH};
    argv.insert(argv.end(), args.begin(), args.end());
    const auto res = wdtest::runProgram(argv, input);
    EXPECT_FALSE(res.timedOut);
    if (exitCode) *exitCode = res.exitCode;
    return Json::parse(res.out);
}

void expectRequestShape(const Json& r) {
    ASSERT_EQ(r["text_span"].kind, Json::Array);
    ASSERT_EQ(r["text_span"].items.size(), 2u);
    EXPECT_LE(r["text_span"][0].num, r["text_span"][1].num);
    EXPECT_TRUE(r["path"].kind == Json::String || r["path"].isNull());
    EXPECT_EQ(r["operation"].kind, Json::String);
    EXPECT_EQ(r["error_class"].kind, Json::String);
    EXPECT_EQ(r["platform"].kind, Json::String);
    EXPECT_TRUE(r["program"].kind == Json::String || r["program"].isNull());
}

TEST(CliParse, JsonFromStdinMostRelevantFirst) {
    const std::string text = "npm ERR! Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules/x'\n"
                             "ana@host: Permission denied (publickey).\n";
    int code = -1;
    const Json j = runJson({"parse", "--json", "-"}, text, &code);
    EXPECT_EQ(code, 0);
    EXPECT_EQ(j["schema"].num, 1);
    ASSERT_EQ(j["requests"].kind, Json::Array);
    ASSERT_EQ(j["requests"].items.size(), 2u);
    for (const Json& r : j["requests"].items) expectRequestShape(r);
    const Json& first = j["requests"][0];
    EXPECT_EQ(first["path"].str, "/usr/local/lib/node_modules/x");
    EXPECT_EQ(first["operation"].str, "create");
    EXPECT_EQ(first["error_class"].str, "EACCES");
    EXPECT_EQ(first["program"].str, "npm");
    EXPECT_EQ(text.substr(static_cast<size_t>(first["text_span"][0].num), 6), "EACCES");
    EXPECT_TRUE(j["requests"][1]["path"].isNull());
    EXPECT_EQ(j["requests"][1]["error_class"].str, "OTHER");
}

TEST(CliParse, FileArgumentAndCwd) {
    const auto file = std::filesystem::temp_directory_path() / "wd_parse_cli_input.txt";
    {
        std::ofstream out(file, std::ios::binary);
        out << "rm: cannot remove 'build/old.o': Permission denied\r\n";
    }
    const Json j = runJson({"parse", "--json", "--cwd", "/srv/proj", file.string()}, "");
    std::filesystem::remove(file);
    ASSERT_EQ(j["requests"].items.size(), 1u);
    EXPECT_EQ(j["requests"][0]["path"].str, "/srv/proj/build/old.o");
    EXPECT_EQ(j["requests"][0]["operation"].str, "delete");
}

TEST(CliParse, OperationSourceSaysHowTheOperationWasDecided) {
    const std::string text = "rm: cannot remove '/srv/a.txt': Permission denied\n"
                             "Error: EACCES: permission denied, mkdir '/srv/b'\n"
                             "PermissionError: [Errno 13] Permission denied: '/srv/c.csv'\n";
    const Json j = runJson({"parse", "--json", "-"}, text);
    ASSERT_EQ(j["requests"].items.size(), 3u);
    EXPECT_EQ(j["requests"][0]["operation_source"].str, "text");
    EXPECT_EQ(j["requests"][1]["operation_source"].str, "inferred");
    // nothing names the operation: "unknown", never "any" (parsing does not look at the file)
    EXPECT_EQ(j["requests"][2]["operation"].str, "unknown");
    EXPECT_EQ(j["requests"][2]["operation_source"].str, "checked");
}

TEST(CliParse, NothingFoundIsAnEmptyList) {
    int code = -1;
    const Json j = runJson({"parse", "--json"}, "all good here\n", &code);
    EXPECT_EQ(j["requests"].items.size(), 0u);
    EXPECT_NE(code, 0);
}

TEST(CliExplain, DiagnosesLocalPathsAndNotesForeignOnes) {
    const auto dir = std::filesystem::temp_directory_path() / "wd_explain_cli";
    std::filesystem::create_directories(dir);
    const std::string local = (dir / "missing.txt").string();
    const std::string text = "PermissionError: [Errno 13] Permission denied: 'C:\\\\Users\\\\ana\\\\report.csv'\n"
                             "cat: " + local + ": Permission denied\n";
    const Json j = runJson({"explain", "--json", "-"}, text);
    std::filesystem::remove_all(dir);
    EXPECT_EQ(j["schema"].num, 1);
    ASSERT_EQ(j["requests"].items.size(), 2u);
    const Json& win = j["requests"][0];
    expectRequestShape(win);
    EXPECT_EQ(win["path"].str, "C:\\Users\\ana\\report.csv");
    EXPECT_EQ(win["platform"].str, "windows");
    EXPECT_TRUE(win["diagnosis"].isNull());
    ASSERT_TRUE(win.has("note"));
    EXPECT_NE(win["note"].str.find("Windows machine"), std::string::npos) << win["note"].str;
    const Json& here = j["requests"][1];
    expectRequestShape(here);
    EXPECT_EQ(here["path"].str, local);
    ASSERT_EQ(here["diagnosis"].kind, Json::Object);
    EXPECT_EQ(here["diagnosis"]["path"].str, local);
    EXPECT_EQ(here["diagnosis"]["verdict"].str, "denied");
    EXPECT_EQ(here["diagnosis"]["errno"].str, "ENOENT");
}

}  // namespace
