// SPDX-License-Identifier: GPL-3.0-or-later
// How the parser decides the operation, and says how it decided (explain's operation_source): the
// error line names it (text), something else implies it (inferred), or nothing does (checked, with
// the operation unknown so every plausible one is asked of the kernel). Messages written for these
// tests, not from the corpus.
#include "parse_helpers.h"

namespace {

using wd::ErrorClass;
using wd::Operation;
using wd::OperationSource;
using wdtest::firstRequest;
using wdtest::pathOf;

TEST(OperationSource, BarePythonPermissionErrorIsUnknownAndChecked) {
    // guessing "read" here once called a failed save fine
    const auto r = firstRequest("PermissionError: [Errno 13] Permission denied: '/tmp/p1/report.csv'");
    EXPECT_EQ(pathOf(r), "/tmp/p1/report.csv");
    EXPECT_EQ(r.operation, Operation::Unknown);
    EXPECT_EQ(r.operationSource, OperationSource::Checked);
    const auto eperm = firstRequest("PermissionError: [Errno 1] Operation not permitted: '/srv/immutable.cfg'");
    EXPECT_EQ(eperm.operation, Operation::Unknown);
    EXPECT_EQ(eperm.operationSource, OperationSource::Checked);
    EXPECT_EQ(eperm.errorClass, ErrorClass::EPERM_);
}

TEST(OperationSource, NodeOpenWithoutFlagsIsChecked) {
    const auto r = firstRequest("Error: EACCES: permission denied, open '/srv/app/data.json'");
    EXPECT_EQ(r.operation, Operation::Unknown);
    EXPECT_EQ(r.operationSource, OperationSource::Checked);
    // a frame that names the fs call settles it
    const auto w = firstRequest("Error: EACCES: permission denied, open '/srv/app/data.json'\n"
                                "    at Object.openSync (node:fs:601:3)\n    at Object.writeFileSync (node:fs:2249:35)");
    EXPECT_EQ(w.operation, Operation::Write);
    EXPECT_EQ(w.operationSource, OperationSource::Inferred);
}

TEST(OperationSource, SyscallFieldIsInferredAndAVerbOfTheLineIsText) {
    const auto node = firstRequest("Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules/x'");
    EXPECT_EQ(node.operation, Operation::Create);
    EXPECT_EQ(node.operationSource, OperationSource::Inferred);
    const auto rm = firstRequest("rm: cannot remove '/srv/old/a.txt': Permission denied");
    EXPECT_EQ(rm.operation, Operation::Delete);
    EXPECT_EQ(rm.operationSource, OperationSource::Text);
    const auto mode = firstRequest("    with open(path, 'w') as f:\nPermissionError: [Errno 13] Permission denied: '/srv/x.txt'");
    EXPECT_EQ(mode.operation, Operation::Write);
    EXPECT_EQ(mode.operationSource, OperationSource::Inferred);
    const auto flags = firstRequest("    fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL)\n"
                                    "PermissionError: [Errno 13] Permission denied: '/run/app.lock'");
    EXPECT_EQ(flags.operation, Operation::Write);
    const auto tar = firstRequest("    with tarfile.open(out, 'w:gz') as t:\nPermissionError: [Errno 13] Permission denied: '/srv/b.tgz'");
    EXPECT_EQ(tar.operation, Operation::Write);
    const auto cmdlet = firstRequest("Remove-Item : Access to the path 'C:\\data\\old.txt' is denied.");
    EXPECT_EQ(cmdlet.operation, Operation::Delete);
}

TEST(OperationSource, ShellRedirectionFormsAreWritesAndPlainEaccesOnADocumentIsChecked) {
    // "echo x >> notes.txt" on a read-only mount or an immutable file is a write, not a run
    const auto erofs = firstRequest("bash: /mnt/usb/notes.txt: Read-only file system");
    EXPECT_EQ(erofs.operation, Operation::Write);
    EXPECT_EQ(erofs.errorClass, ErrorClass::EROFS_);
    const auto eperm = firstRequest("zsh: /etc/hosts.allow: Operation not permitted");
    EXPECT_EQ(eperm.operation, Operation::Write);
    const auto plain = firstRequest("bash: /home/ana/notes.txt: Permission denied");
    EXPECT_EQ(plain.operation, Operation::Unknown);
    EXPECT_EQ(plain.operationSource, OperationSource::Checked);
    const auto script = firstRequest("bash: ./build.sh: Permission denied");
    EXPECT_EQ(script.operation, Operation::Execute);
    EXPECT_EQ(script.operationSource, OperationSource::Inferred);
    const auto typed = firstRequest("ana@box:~/src$ ./configure\nbash: ./configure: Permission denied");
    EXPECT_EQ(typed.operation, Operation::Execute);
}

TEST(RubyErrors, PathAfterTheDashAndTheFunctionNamesTheOperation) {
    const auto sysopen = firstRequest("Permission denied @ rb_sysopen - /var/www/shop/tmp/cache/x.yml (Errno::EACCES)");
    EXPECT_EQ(pathOf(sysopen), "/var/www/shop/tmp/cache/x.yml");
    EXPECT_EQ(sysopen.operation, Operation::Unknown);  // open(2) without its mode
    EXPECT_EQ(sysopen.program, "ruby");
    const auto paren = firstRequest("Errno::EACCES (Permission denied - /srv/rails/storage/a b.pdf)");
    EXPECT_EQ(pathOf(paren), "/srv/rails/storage/a b.pdf");
    const auto mkdir = firstRequest("fileutils.rb:243:in `mkdir': Permission denied @ dir_s_mkdir - /usr/local/bundle (Errno::EACCES)");
    EXPECT_EQ(pathOf(mkdir), "/usr/local/bundle");
    EXPECT_EQ(mkdir.operation, Operation::Create);
    const auto rename = firstRequest("Errno::EACCES: Permission denied @ rb_file_s_rename - (/srv/a.txt, /srv/b.txt)");
    EXPECT_EQ(pathOf(rename), "/srv/a.txt");
    ASSERT_TRUE(rename.otherPath);
    EXPECT_EQ(*rename.otherPath, "/srv/b.txt");
    EXPECT_EQ(rename.operation, Operation::Rename);
}

TEST(BarePaths, APastedPathOrFileUrlIsARequestWithEverythingChecked) {
    const auto bare = firstRequest("/srv/app/x");
    EXPECT_EQ(pathOf(bare), "/srv/app/x");
    EXPECT_EQ(bare.operation, Operation::Unknown);
    EXPECT_EQ(bare.operationSource, OperationSource::Checked);
    EXPECT_EQ(pathOf(firstRequest("  file:///home/ana/My%20Files/a.txt\n")), "/home/ana/My Files/a.txt");
    EXPECT_EQ(pathOf(firstRequest("'/home/ana/My Files/a.txt'")), "/home/ana/My Files/a.txt");
    wd::ParseOptions opts;
    opts.home = "/home/ana";
    EXPECT_EQ(pathOf(firstRequest("~/notes/todo.md", opts)), "/home/ana/notes/todo.md");
    // prose that starts with a slash is not a path
    EXPECT_TRUE(wd::parseErrorText("/ is full").empty());
    EXPECT_TRUE(wd::parseErrorText("/srv/a\n/srv/b\nsome words").empty());
    EXPECT_TRUE(wd::parseErrorText("/usr/bin/python3: can't open file 'x.py': [Errno 2] No such file or directory").empty());
}

TEST(Locales, GlibcTranslationsFromTheGeneratedTable) {
    // texts of locales the hand-written phrases never had: they come from libc.mo
    const auto sv = firstRequest("rm: kan inte ta bort '/srv/c': \xc3\x85tkomst nekas");
    EXPECT_EQ(pathOf(sv), "/srv/c");
    EXPECT_EQ(sv.errorClass, ErrorClass::EACCES_);
    const auto cs = firstRequest("cat: /srv/d: Operace zam\xc3\xadtnuta");
    EXPECT_EQ(cs.errorClass, ErrorClass::EACCES_);
    const auto pl = firstRequest("touch: /mnt/ro/a: System plik\xc3\xb3w wy\xc5\x82\xc4\x85" "cznie do odczytu");
    EXPECT_EQ(pl.errorClass, ErrorClass::EROFS_);
    const auto uk = firstRequest("cp: /srv/e: \xd0\x94\xd1\x96\xd1\x8e \xd0\xb7\xd0\xb0\xd0\xb1\xd0\xbe\xd1\x80\xd0\xbe\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xbe");
    EXPECT_EQ(uk.errorClass, ErrorClass::EPERM_);
    const auto ko = firstRequest("bash: /opt/run: \xec\x8b\xa4\xed\x96\x89 \xed\x8c\x8c\xec\x9d\xbc \xec\x82\xac\xec\x9a\xa9 \xec\xa4\x91");
    EXPECT_EQ(ko.errorClass, ErrorClass::ETXTBSY_);
    // "No such file or directory" is context only: never a request of its own
    EXPECT_TRUE(wd::parseErrorText("ls: /srv/x: Datei oder Verzeichnis nicht gefunden").empty());
}

TEST(Locales, WindowsMessagesInMoreLanguages) {
    const auto tr = firstRequest("PermissionError: [WinError 5] Eri\xc5\x9fim engellendi: 'C:\\\\x\\\\y.txt'");
    EXPECT_EQ(tr.errorClass, ErrorClass::WinAccessDenied);
    // the same Turkish words are glibc's EACCES: a POSIX path makes it that
    const auto trLinux = firstRequest("cat: /etc/shadow: Eri\xc5\x9fim engellendi");
    EXPECT_EQ(trLinux.errorClass, ErrorClass::EACCES_);
    const auto nl = firstRequest("IOException: Het proces heeft geen toegang tot het bestand omdat het door een ander proces "
                                 "wordt gebruikt. 'C:\\data\\a.xlsx'");
    EXPECT_EQ(nl.errorClass, ErrorClass::WinSharingViolation);
    const auto sv = firstRequest("Processen kan inte komma \xc3\xa5t filen eftersom en annan process har l\xc3\xa5st en del av "
                                 "filen: 'D:\\db\\x.mdb'");
    EXPECT_EQ(sv.errorClass, ErrorClass::WinLockViolation);
}

}  // namespace

namespace {

TEST(PathShapes, ACommandLineInBackticksNamesItsProgram) {
    const auto r = firstRequest("error: could not exec `/home/ana/.cargo/bin/rustfmt --check src/main.rs`: Permission denied "
                                "(os error 13)");
    EXPECT_EQ(pathOf(r), "/home/ana/.cargo/bin/rustfmt");
    EXPECT_EQ(r.operation, Operation::Execute);
    // a space inside a path is part of it
    EXPECT_EQ(pathOf(firstRequest("failed to execute `/home/ana/My Tools/run.sh`: Permission denied (os error 13)")),
              "/home/ana/My Tools/run.sh");
}

TEST(PathShapes, RelativePathsResolveAgainstACwdShownInTheText) {
    EXPECT_EQ(pathOf(firstRequest("npm ERR! cwd /home/ana/site\n"
                                  "npm ERR! Error: EACCES: permission denied, mkdir 'node_modules/.cache'")),
              "/home/ana/site/node_modules/.cache");
    EXPECT_EQ(pathOf(firstRequest("Working directory: /srv/app\nrm: cannot remove 'logs/a.log': Permission denied")),
              "/srv/app/logs/a.log");
    // the caller's cwd wins over the text's
    wd::ParseOptions opts;
    opts.cwd = "/elsewhere";
    EXPECT_EQ(pathOf(firstRequest("cwd: /srv/app\nrm: cannot remove 'a.log': Permission denied", opts)), "/elsewhere/a.log");
    // without one the path stays relative and says so
    const auto rel = firstRequest("rm: cannot remove 'logs/a.log': Permission denied");
    EXPECT_EQ(pathOf(rel), "logs/a.log");
    EXPECT_TRUE(rel.relative);
}

TEST(PathShapes, LongAndUncWindowsPaths) {
    EXPECT_EQ(pathOf(firstRequest("PermissionError: [WinError 5] Access is denied: '\\\\\\\\?\\\\C:\\\\long\\\\x.bin'")),
              "\\\\?\\C:\\long\\x.bin");
    EXPECT_EQ(pathOf(firstRequest("Copy-Item : Access to the path '\\\\srv\\share\\plan.docx' is denied.")),
              "\\\\srv\\share\\plan.docx");
}

}  // namespace

namespace {

TEST(RustErrors, TempfileNamesItsPathAfterTheOsError) {
    const auto r = firstRequest("Error: Permission denied (os error 13) at path \"/var/cache/app/.tmpA1b2C3\"");
    EXPECT_EQ(pathOf(r), "/var/cache/app/.tmpA1b2C3");
    EXPECT_EQ(r.operation, Operation::Create);
    EXPECT_EQ(r.operationSource, OperationSource::Inferred);
    const auto persist = firstRequest("error: failed to persist temporary file: Permission denied (os error 13) at path "
                                      "\"/home/ana/.local/share/x/.tmpQ9\"");
    EXPECT_EQ(persist.operation, Operation::Rename);
}

TEST(SshAndGitErrors, ConfigOwnershipAndUnreadableDirectories) {
    const auto ssh = firstRequest("Bad owner or permissions on /home/ana/.ssh/config");
    EXPECT_EQ(pathOf(ssh), "/home/ana/.ssh/config");
    EXPECT_EQ(ssh.operation, Operation::Read);
    const auto git = firstRequest("warning: could not open directory 'secret/': Permission denied");
    EXPECT_EQ(pathOf(git), "secret/");
    EXPECT_EQ(git.operation, Operation::List);
}

}  // namespace

namespace {

struct GlibcText {
    std::string_view key, errnoName, locale;
};
constexpr GlibcText kGlibcTexts[] = {
#include "parse/strerror_table.inc"
};

TEST(Locales, GeneratedTableCoversTheMajorLocales) {
    // a regenerated table that lost a catalogue (libc-l10n missing) must not go unnoticed; a text
    // two locales share (pt and pt_BR's EPERM) is listed once, under the first
    for (std::string_view locale : {"de", "fr", "es", "it", "pt_BR", "ru", "ja", "zh_CN", "zh_TW", "ko", "pl", "nl", "sv", "cs",
                                    "tr", "uk"}) {
        int errnos = 0;
        for (std::string_view err : {"EACCES", "EPERM", "EROFS", "ETXTBSY", "EBUSY", "ENOENT"}) {
            bool found = false;
            for (const GlibcText& g : kGlibcTexts) found = found || (g.locale == locale && g.errnoName == err);
            errnos += found ? 1 : 0;
        }
        EXPECT_GE(errnos, 5) << locale;
    }
}

}  // namespace
