// SPDX-License-Identifier: GPL-3.0-or-later
// One or more messages per ecosystem, written for these tests (not from the corpus): the path as
// the OS sees it, the operation and the error class.
#include "parse_helpers.h"

namespace {

using wd::ErrorClass;
using wd::Operation;
using wd::Platform;
using wdtest::firstRequest;
using wdtest::pathOf;

TEST(PythonErrors, OpenForWritingInTraceback) {
    const auto r = firstRequest(
        "Traceback (most recent call last):\n"
        "  File \"/opt/tool/report.py\", line 40, in <module>\n"
        "    with open(out_path, \"a\") as fh:\n"
        "PermissionError: [Errno 13] Permission denied: '/var/log/tool/report.txt'\n");
    EXPECT_EQ(pathOf(r), "/var/log/tool/report.txt");
    EXPECT_EQ(r.operation, Operation::Write);
    EXPECT_EQ(r.errorClass, ErrorClass::EACCES_);
    EXPECT_EQ(r.program, "python");
    EXPECT_EQ(r.platform, Platform::Any);
}

TEST(PythonErrors, ReprDoublesBackslashesAndWinErrorWinsOverErrno) {
    const auto r = firstRequest("PermissionError: [WinError 32] The process cannot access the file because it is "
                                "being used by another process: 'C:\\\\Users\\\\bo\\\\AppData\\\\Local\\\\Temp\\\\x.tmp'");
    EXPECT_EQ(pathOf(r), "C:\\Users\\bo\\AppData\\Local\\Temp\\x.tmp");
    EXPECT_EQ(r.errorClass, ErrorClass::WinSharingViolation);
    EXPECT_EQ(r.platform, Platform::Windows);
}

TEST(PythonErrors, RenameNamesBothPathsAndTheSourceMatters) {
    const auto r = firstRequest("  File \"sync.py\", line 9, in commit\n    os.replace(tmp, dst)\n"
                                "PermissionError: [WinError 5] Access is denied: 'D:\\\\data\\\\a.tmp' -> 'D:\\\\data\\\\a.db'");
    EXPECT_EQ(pathOf(r), "D:\\data\\a.tmp");
    ASSERT_TRUE(r.otherPath);
    EXPECT_EQ(*r.otherPath, "D:\\data\\a.db");
    EXPECT_EQ(r.pathRole, "source");
    EXPECT_EQ(r.operation, Operation::Rename);
    EXPECT_EQ(r.errorClass, ErrorClass::WinAccessDenied);
}

TEST(PythonErrors, ErofsAndEpermAndBytesRepr) {
    auto r = firstRequest("OSError: [Errno 30] Read-only file system: b'/snap/core/1/etc/x'");
    EXPECT_EQ(pathOf(r), "/snap/core/1/etc/x");
    EXPECT_EQ(r.errorClass, ErrorClass::EROFS_);
    EXPECT_EQ(r.operation, Operation::Write);
    r = firstRequest("PermissionError: [Errno 1] Operation not permitted: '/Users/ana/Desktop/shot.png'\n");
    EXPECT_EQ(r.errorClass, ErrorClass::EPERM_);
    EXPECT_EQ(r.platform, Platform::MacOS);
}

TEST(PipErrors, InstallIsAWrite) {
    const auto r = firstRequest("ERROR: Could not install packages due to an OSError: [Errno 13] Permission denied: "
                                "'/usr/lib/python3/dist-packages/six.py'\nConsider using the `--user` option.");
    EXPECT_EQ(pathOf(r), "/usr/lib/python3/dist-packages/six.py");
    EXPECT_EQ(r.operation, Operation::Write);
    EXPECT_EQ(r.program, "pip");
}

TEST(NodeErrors, SyscallGivesTheOperation) {
    // open without its flags says neither read nor write: unknown, so both are checked
    auto r = firstRequest("Error: EACCES: permission denied, open '/srv/app/.env'\n    at Object.openSync (node:fs:601:3)");
    EXPECT_EQ(pathOf(r), "/srv/app/.env");
    EXPECT_EQ(r.errorClass, ErrorClass::EACCES_);
    EXPECT_EQ(r.operation, Operation::Unknown);
    r = firstRequest("Error: EACCES: permission denied, open '/srv/app/.env'\n    at Object.openSync (node:fs:601:3)\n"
                     "    at Object.readFileSync (node:fs:469:35)");
    EXPECT_EQ(r.operation, Operation::Read);
    r = firstRequest("[Error: EACCES: permission denied, scandir '/root/.cache'] { errno: -13 }");
    EXPECT_EQ(r.operation, Operation::List);
    r = firstRequest("Error: EBUSY: resource busy or locked, rmdir 'C:\\work\\dist'");
    EXPECT_EQ(pathOf(r), "C:\\work\\dist");
    EXPECT_EQ(r.errorClass, ErrorClass::EBUSY_);
    EXPECT_EQ(r.operation, Operation::Delete);
}

TEST(NodeErrors, SymlinkFailsOnTheLinkItCreates) {
    const auto r = firstRequest("Error: EPERM: operation not permitted, symlink '../lib/cli.js' -> '/mnt/usb/node_modules/.bin/cli'");
    EXPECT_EQ(pathOf(r), "/mnt/usb/node_modules/.bin/cli");
    ASSERT_TRUE(r.otherPath);
    EXPECT_EQ(*r.otherPath, "../lib/cli.js");
    EXPECT_EQ(r.pathRole, "destination");
    EXPECT_EQ(r.operation, Operation::Create);
}

TEST(NodeErrors, NpmLogRepeatsOneError) {
    const auto requests = wd::parseErrorText(
        "npm ERR! code EACCES\nnpm ERR! syscall rename\nnpm ERR! path /usr/lib/node_modules/yarn\n"
        "npm ERR! Error: EACCES: permission denied, rename '/usr/lib/node_modules/yarn' -> "
        "'/usr/lib/node_modules/.yarn-x'\nnpm ERR!  { Error: EACCES: permission denied, rename "
        "'/usr/lib/node_modules/yarn' -> '/usr/lib/node_modules/.yarn-x'\n");
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(pathOf(requests[0]), "/usr/lib/node_modules/yarn");
    EXPECT_EQ(requests[0].operation, Operation::Rename);
    EXPECT_EQ(requests[0].program, "npm");
}

TEST(JavaErrors, FileNotFoundWithReasonAndFrames) {
    auto r = firstRequest("java.io.FileNotFoundException: /opt/app/data/out.csv (Permission denied)\n"
                          "\tat java.base/java.io.FileOutputStream.open0(Native Method)\n");
    EXPECT_EQ(pathOf(r), "/opt/app/data/out.csv");
    EXPECT_EQ(r.operation, Operation::Write);
    EXPECT_EQ(r.errorClass, ErrorClass::EACCES_);
    r = firstRequest("java.io.FileNotFoundException: C:\\Program Files\\App\\conf\\app.properties (Access is denied)");
    EXPECT_EQ(pathOf(r), "C:\\Program Files\\App\\conf\\app.properties");
    EXPECT_EQ(r.errorClass, ErrorClass::WinAccessDenied);
}

TEST(JavaErrors, AccessDeniedExceptionClassFollowsThePlatform) {
    auto r = firstRequest("java.nio.file.AccessDeniedException: /var/lib/app/cache\n"
                          "\tat java.base/java.nio.file.Files.createDirectories(Files.java:767)");
    EXPECT_EQ(pathOf(r), "/var/lib/app/cache");
    EXPECT_EQ(r.errorClass, ErrorClass::EACCES_);
    EXPECT_EQ(r.operation, Operation::Create);
    r = firstRequest("java.nio.file.AccessDeniedException: D:\\build\\out\\app.jar");
    EXPECT_EQ(r.errorClass, ErrorClass::WinAccessDenied);
}

TEST(DotNetErrors, PathWithApostropheAndSharingViolation) {
    auto r = firstRequest("Unhandled exception. System.UnauthorizedAccessException: Access to the path "
                          "'C:\\Users\\o'neil\\Documents\\notes.txt' is denied.\n   at System.IO.File.Delete(String path)");
    EXPECT_EQ(pathOf(r), "C:\\Users\\o'neil\\Documents\\notes.txt");
    EXPECT_EQ(r.operation, Operation::Delete);
    EXPECT_EQ(r.errorClass, ErrorClass::WinAccessDenied);
    EXPECT_EQ(r.program, "dotnet");
    r = firstRequest("System.IO.IOException: The process cannot access the file 'E:\\logs\\today.txt' because it is "
                     "being used by another process.");
    EXPECT_EQ(pathOf(r), "E:\\logs\\today.txt");
    EXPECT_EQ(r.errorClass, ErrorClass::WinSharingViolation);
}

TEST(DotNetErrors, OnLinuxTheSameMessageIsEacces) {
    const auto r = firstRequest("System.UnauthorizedAccessException: Access to the path '/var/lib/app/state.json' is denied.");
    EXPECT_EQ(pathOf(r), "/var/lib/app/state.json");
    EXPECT_EQ(r.errorClass, ErrorClass::EACCES_);
}

TEST(GoErrors, PathErrorAndLinkError) {
    auto r = firstRequest("2024/01/02 10:00:00 open /etc/myapp/secret.key: permission denied");
    EXPECT_EQ(pathOf(r), "/etc/myapp/secret.key");
    EXPECT_EQ(r.operation, Operation::Read);
    r = firstRequest("failed: rename /data/tmp/a.part /data/store/a: operation not permitted");
    EXPECT_EQ(pathOf(r), "/data/tmp/a.part");
    ASSERT_TRUE(r.otherPath);
    EXPECT_EQ(*r.otherPath, "/data/store/a");
    EXPECT_EQ(r.operation, Operation::Rename);
    r = firstRequest("mkdir C:\\Program Files\\MyTool\\cache: Access is denied.");
    EXPECT_EQ(pathOf(r), "C:\\Program Files\\MyTool\\cache");
    EXPECT_EQ(r.operation, Operation::Create);
}

TEST(RustErrors, OsErrorWithoutPathAndEyreChain) {
    auto requests = wd::parseErrorText("Error: Permission denied (os error 13)");
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_FALSE(requests[0].path);
    EXPECT_EQ(requests[0].errorClass, ErrorClass::EACCES_);
    const auto r = firstRequest("Error:\n   0: Failed to write config\n   1: Writing file `/etc/tool.toml`\n"
                                "   2: Permission denied (os error 13)");
    EXPECT_EQ(pathOf(r), "/etc/tool.toml");
    EXPECT_EQ(r.operation, Operation::Write);
}

TEST(ShellErrors, ExecutionRedirectAndScriptPrefix) {
    auto r = firstRequest("zsh: permission denied: ./deploy.sh");
    EXPECT_EQ(pathOf(r), "./deploy.sh");
    EXPECT_EQ(r.operation, Operation::Execute);
    EXPECT_TRUE(r.relative);
    r = firstRequest("$ echo 1 > /proc/sys/vm/drop_caches\nbash: /proc/sys/vm/drop_caches: Permission denied");
    EXPECT_EQ(pathOf(r), "/proc/sys/vm/drop_caches");
    EXPECT_EQ(r.operation, Operation::Write);
    r = firstRequest("/usr/local/bin/run-all: line 12: /opt/tools/check: Permission denied");
    EXPECT_EQ(pathOf(r), "/opt/tools/check");
    EXPECT_EQ(r.operation, Operation::Execute);
}

TEST(CoreutilsErrors, VerbsQuotingStylesAndLocales) {
    auto r = firstRequest("rm: cannot remove '/var/www/html/index.html': Operation not permitted");
    EXPECT_EQ(pathOf(r), "/var/www/html/index.html");
    EXPECT_EQ(r.operation, Operation::Delete);
    EXPECT_EQ(r.errorClass, ErrorClass::EPERM_);
    r = firstRequest("chmod: changing permissions of '/etc/shadow': Operation not permitted");
    EXPECT_EQ(r.operation, Operation::Chmod);
    r = firstRequest("touch: cannot touch \xe2\x80\x98/srv/share/new file.txt\xe2\x80\x99: Read-only file system");
    EXPECT_EQ(pathOf(r), "/srv/share/new file.txt");
    EXPECT_EQ(r.errorClass, ErrorClass::EROFS_);
    r = firstRequest("mkdir: Verzeichnis \xc2\xbb/opt/daten\xc2\xab kann nicht angelegt werden: Keine Berechtigung");
    EXPECT_EQ(pathOf(r), "/opt/daten");
    EXPECT_EQ(r.errorClass, ErrorClass::EACCES_);
    r = firstRequest("cp: impossible de cr\xc3\xa9" "er le fichier standard '/usr/bin/x': Fichier texte occup\xc3\xa9");
    EXPECT_EQ(pathOf(r), "/usr/bin/x");
    EXPECT_EQ(r.errorClass, ErrorClass::ETXTBSY_);
    r = firstRequest("rm: no se puede borrar 'datos.db': Permiso denegado");
    EXPECT_EQ(pathOf(r), "datos.db");
    EXPECT_EQ(r.operation, Operation::Delete);
}

TEST(LocalizedErrors, EightLanguages) {
    struct Case {
        const char* text;
        const char* path;
        ErrorClass cls;
    };
    const Case cases[] = {
        {"cat: /root/notas.txt: Permiss\xc3\xa3o negada", "/root/notas.txt", ErrorClass::EACCES_},  // pt
        {"cat: /root/note.txt: Permesso negato", "/root/note.txt", ErrorClass::EACCES_},            // it
        {"cat: /root/x.txt: \xd0\x9e\xd1\x82\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbd\xd0\xbe \xd0\xb2 "
         "\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xb5",
         "/root/x.txt", ErrorClass::EACCES_},                                                        // ru
        {"cat: /root/x.txt: \xe6\x9d\x83\xe9\x99\x90\xe4\xb8\x8d\xe5\xa4\x9f", "/root/x.txt", ErrorClass::EACCES_},  // zh
        {"cat: /root/x.txt: \xe8\xa8\xb1\xe5\x8f\xaf\xe3\x81\x8c\xe3\x81\x82\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93",
         "/root/x.txt", ErrorClass::EACCES_},                                                        // ja
        {"PermissionError: [WinError 5] Acceso denegado: 'C:\\\\datos'", "C:\\datos", ErrorClass::WinAccessDenied},  // es
        {"PermissionError: [WinError 5] Zugriff verweigert: 'C:\\\\Daten'", "C:\\Daten", ErrorClass::WinAccessDenied},  // de
        {"PermissionError: [WinError 5] Acc\xc3\xa8s refus\xc3\xa9: 'C:\\\\donn\xc3\xa9" "es'", "C:\\donn\xc3\xa9" "es",
         ErrorClass::WinAccessDenied},                                                               // fr
        {"System.UnauthorizedAccessException: \xe3\x83\x91\xe3\x82\xb9 'C:\\tmp\\a.txt' \xe3\x81\xb8\xe3\x81\xae"
         "\xe3\x82\xa2\xe3\x82\xaf\xe3\x82\xbb\xe3\x82\xb9\xe3\x81\x8c\xe6\x8b\x92\xe5\x90\xa6\xe3\x81\x95\xe3\x82\x8c"
         "\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f\xe3\x80\x82",
         "C:\\tmp\\a.txt", ErrorClass::WinAccessDenied},                                             // ja .NET
        {"System.UnauthorizedAccessException: Der Zugriff auf den Pfad \"C:\\Daten\\x.txt\" wurde verweigert.",
         "C:\\Daten\\x.txt", ErrorClass::WinAccessDenied},                                           // de .NET
    };
    for (const Case& c : cases) {
        const auto r = firstRequest(c.text);
        EXPECT_EQ(pathOf(r), c.path) << c.text;
        EXPECT_EQ(r.errorClass, c.cls) << c.text;
    }
}

TEST(GitErrors, ObjectsLockAndUnlink) {
    auto r = firstRequest("error: insufficient permission for adding an object to repository database .git/objects");
    EXPECT_EQ(pathOf(r), ".git/objects");
    EXPECT_EQ(r.operation, Operation::Write);
    EXPECT_EQ(r.program, "git");
    r = firstRequest("error: unable to unlink old 'src/main.c': Permission denied");
    EXPECT_EQ(pathOf(r), "src/main.c");
    EXPECT_EQ(r.operation, Operation::Delete);
    r = firstRequest("fatal: Unable to create '/repo/.git/index.lock': Permission denied");
    EXPECT_EQ(pathOf(r), "/repo/.git/index.lock");
}

TEST(DockerErrors, SocketAndBindMount) {
    auto r = firstRequest("docker: permission denied while trying to connect to the Docker daemon socket at "
                          "unix:///var/run/docker.sock: Head \"http://%2Fvar%2Frun%2Fdocker.sock/_ping\": dial unix "
                          "/var/run/docker.sock: connect: permission denied.");
    EXPECT_EQ(pathOf(r), "/var/run/docker.sock");
    EXPECT_EQ(r.errorClass, ErrorClass::DockerSocket);
    EXPECT_EQ(r.operation, Operation::Connect);
    r = firstRequest("mkdir: cannot create directory '/data/db': Permission denied");
    EXPECT_EQ(pathOf(r), "/data/db");
    EXPECT_EQ(r.operation, Operation::Create);
}

TEST(SshErrors, KeyTooOpenBeatsThePublickeyRefusal) {
    const auto requests = wd::parseErrorText(
        "Permissions 0664 for '/home/ana/.ssh/id_ed25519' are too open.\nThis private key will be ignored.\n"
        "ana@host: Permission denied (publickey).\n");
    ASSERT_GE(requests.size(), 1u);
    EXPECT_EQ(pathOf(requests[0]), "/home/ana/.ssh/id_ed25519");
    EXPECT_EQ(requests[0].errorClass, ErrorClass::SshKeyTooOpen);
    const auto remote = firstRequest("git@gitlab.example.org: Permission denied (publickey).");
    EXPECT_FALSE(remote.path);
    EXPECT_EQ(remote.errorClass, ErrorClass::Other);
}

TEST(PowerShellErrors, WrappedRecordIsJoined) {
    const auto r = firstRequest(
        "Remove-Item : Cannot remove item C:\\Users\\ana\\AppData\\Local\\Temp\\Some Long\n"
        "Folder\\file.dat: Access to the path 'file.dat' is denied.\n"
        "At line:1 char:1\n+ Remove-Item -Recurse $env:TEMP\\*\n");
    EXPECT_EQ(pathOf(r), "C:\\Users\\ana\\AppData\\Local\\Temp\\Some Long Folder\\file.dat");
    EXPECT_EQ(r.operation, Operation::Delete);
    EXPECT_EQ(r.errorClass, ErrorClass::WinAccessDenied);
}

TEST(WindowsDialogs, ExcelLockAndExplorer) {
    auto r = firstRequest("'Budget 2024.xlsx' is locked for editing by 'Ana Lima'.");
    EXPECT_EQ(pathOf(r), "Budget 2024.xlsx");
    EXPECT_EQ(r.errorClass, ErrorClass::WinSharingViolation);
    r = firstRequest("The action can't be completed because the file is open in Microsoft Word");
    EXPECT_EQ(r.errorClass, ErrorClass::WinSharingViolation);
    EXPECT_FALSE(r.path);
}

TEST(MacErrors, OperationNotPermittedAndTextBusy) {
    auto r = firstRequest("ls: /Users/ana/Library/Mail: Operation not permitted");
    EXPECT_EQ(pathOf(r), "/Users/ana/Library/Mail");
    EXPECT_EQ(r.operation, Operation::List);
    EXPECT_EQ(r.errorClass, ErrorClass::EPERM_);
    EXPECT_EQ(r.platform, Platform::MacOS);
    r = firstRequest("cp: cannot create regular file '/usr/local/bin/node': Text file busy");
    EXPECT_EQ(r.errorClass, ErrorClass::ETXTBSY_);
    EXPECT_EQ(r.operation, Operation::Write);
}

TEST(Paths, UncLongPathFileUrlHomeAndCwd) {
    auto r = firstRequest("Error: EPERM: operation not permitted, unlink '\\\\?\\C:\\very\\long\\name.txt'");
    EXPECT_EQ(pathOf(r), "\\\\?\\C:\\very\\long\\name.txt");
    r = firstRequest("System.UnauthorizedAccessException: Access to the path '\\\\nas01\\public\\q3.pdf' is denied.");
    EXPECT_EQ(pathOf(r), "\\\\nas01\\public\\q3.pdf");
    EXPECT_EQ(r.platform, Platform::Windows);
    r = firstRequest("cannot open file:///home/ana/My%20Files/a.txt: Permission denied");
    EXPECT_EQ(pathOf(r), "/home/ana/My Files/a.txt");
    wd::ParseOptions opts;
    opts.home = "/home/ana";
    r = firstRequest("bash: ~/bin/tool: Permission denied", opts);
    EXPECT_EQ(pathOf(r), "/home/ana/bin/tool");
    EXPECT_FALSE(r.relative);
    opts.cwd = "/srv/app";
    r = firstRequest("cp: cannot create regular file './build/out.bin': Permission denied", opts);
    EXPECT_EQ(pathOf(r), "/srv/app/build/out.bin");
    EXPECT_FALSE(r.relative);
    r = firstRequest("cp: cannot create regular file './build/out.bin': Permission denied");
    EXPECT_EQ(pathOf(r), "./build/out.bin");
    EXPECT_TRUE(r.relative);
}

TEST(Paths, ConsoleWrapInsideAQuotedPath) {
    const auto r = firstRequest("PermissionError: [Errno 13] Permission denied: '/home/ana/projects/long-named-proj\n"
                                "ect/output/result.csv'\n");
    EXPECT_EQ(pathOf(r), "/home/ana/projects/long-named-project/output/result.csv");
}

TEST(Paths, StackFramesAndUrlsAreNotTheErrorPath) {
    const auto requests = wd::parseErrorText(
        "Error [EACCES]: permission denied\n    at /home/ana/app/node_modules/x/server.js:53:17\n"
        "GET https://example.org/a/b.txt\n");
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_FALSE(requests[0].path);
}

TEST(Ranking, EveryDistinctPathInOrderOfAppearance) {
    const auto requests = wd::parseErrorText("cp: cannot open '/a/one' for reading: Permission denied\n"
                                             "some unrelated line /b/two\n"
                                             "rm: cannot remove '/c/three': Permission denied\n");
    ASSERT_EQ(requests.size(), 2u);
    EXPECT_EQ(pathOf(requests[0]), "/a/one");
    EXPECT_EQ(pathOf(requests[1]), "/c/three");
    EXPECT_LT(requests[0].spanBegin, requests[1].spanBegin);
}

TEST(Ranking, NothingInOrdinaryText) {
    EXPECT_TRUE(wd::parseErrorText("Build finished in 3.2 s, 0 warnings. Output in /tmp/out.").empty());
    EXPECT_TRUE(wd::parseErrorText("").empty());
}

}  // namespace

namespace {

// What the window's paste box gets (tests/app/MainWindowTest.cpp): a traceback naming a local
// folder opened for writing, and a Windows path that must not be diagnosed here.
TEST(WindowPaste, TracebackAndWindowsPath) {
    const auto r = firstRequest("Traceback (most recent call last):\n  File \"/home/ana/export.py\", line 12, in <module>\n"
                                "    with open('/tmp/wd-paste-x', 'w') as out:\n"
                                "PermissionError: [Errno 13] Permission denied: '/tmp/wd-paste-x'\n");
    EXPECT_EQ(pathOf(r), "/tmp/wd-paste-x");
    EXPECT_EQ(r.operation, Operation::Write);
    const auto w = firstRequest("PermissionError: [Errno 13] Permission denied: 'C:\\Users\\ana\\report.csv'");
    EXPECT_EQ(pathOf(w), "C:\\Users\\ana\\report.csv");
    EXPECT_EQ(w.platform, Platform::Windows);
}

}  // namespace

namespace {

TEST(ContainerErrors, EscapedQuotesInsideAQuotedMessage) {
    const auto r = firstRequest("docker: Error response from daemon: failed to create task: OCI runtime create failed: "
                                "\"exec: \\\"/entrypoint.sh\\\": permission denied\": unknown.");
    EXPECT_EQ(pathOf(r), "/entrypoint.sh");
    EXPECT_EQ(r.operation, Operation::Execute);
}

TEST(Paths, TheCurrentFolderIsAPathButAnEllipsisIsNot) {
    auto r = firstRequest("ls: cannot open directory .: Permission denied");
    EXPECT_EQ(pathOf(r), ".");
    EXPECT_EQ(r.operation, Operation::List);
    r = firstRequest("couldn't read directory (permission denied); path=...");
    EXPECT_FALSE(r.path);
}

TEST(DotNetErrors, LockViolationSaysMoreThanCannotAccess) {
    const auto r = firstRequest("System.IO.IOException: The process cannot access the file 'C:\\db\\x.mdb' because "
                                "another process has locked a portion of the file.");
    EXPECT_EQ(pathOf(r), "C:\\db\\x.mdb");
    EXPECT_EQ(r.errorClass, ErrorClass::WinLockViolation);
}

}  // namespace
