// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/operations.h"

#include "parse/matcher.h"
#include "parse/paths.h"

#include <string>
#include <utility>

namespace wd::parse {
namespace {

using O = Operation;
using P = PairRole;

constexpr VerbPhrase kVerbs[] = {
    // coreutils, BusyBox, BSD (C locale and translations)
    {"cannot create regular file", O::Write, P::None, "", false},
    {"cannot create symbolic link", O::Create, P::None, "", false},
    {"cannot create hard link", O::Create, P::None, "", false},
    {"cannot create directory", O::Create, P::None, "", false},
    {"could not lock config file", O::Write, P::None, "", false},  // git writes X.lock beside it
    {"unable to create lock file", O::Write, P::None, "", false},
    {"failed to create directory", O::Create, P::None, "", false},
    {"could not create directory", O::Create, P::None, "", false},
    {"unable to create directory", O::Create, P::None, "", false},
    {"failed to create file", O::Write, P::None, "", false},
    {"can't create directory", O::Create, P::None, "", false},
    {"cannot open directory", O::List, P::None, "", false},
    {"could not open directory", O::List, P::None, "", false},
    {"can't open directory", O::List, P::None, "", false},
    {"failed to open directory", O::List, P::None, "", false},
    {"unable to open directory", O::List, P::None, "", false},
    {"cannot read directory", O::List, P::None, "", false},
    {"couldn't read directory", O::List, P::None, "", false},
    {"could not create work tree dir", O::Create, P::None, "", false},
    {"could not open lock file", O::Write, P::None, "", false},
    {"problem unlinking the file", O::Delete, P::None, "", false},
    {"unable to change file mode on", O::Chmod, P::None, "", false},
    {"changing permissions of", O::Chmod, P::None, "", false},
    {"changing ownership of", O::Chown, P::None, "", false},
    {"cannot change permissions of", O::Chmod, P::None, "", false},
    {"cannot change ownership of", O::Chown, P::None, "", false},
    {"insufficient permission for adding an object to repository database", O::Write, P::None, "", false},
    {"unable to unlink old", O::Delete, P::None, "", true},
    {"unable to create file", O::Write, P::None, "", true},
    {"unable to access", O::Read, P::None, "", true},
    {"unable to unlink", O::Delete, P::None, "", true},
    {"unlink of file", O::Delete, P::None, "", true},
    {"cannot remove item", O::Delete, P::None, "", false},
    {"no se puede quitar el elemento", O::Delete, P::None, "", false},
    {"impossible de supprimer l'\xc3\xa9l\xc3\xa9ment", O::Delete, P::None, "", false},
    {"cannot open file", O::Read, P::None, "", true},
    {"cannot access the file", O::Unknown, P::None, "", true},  // .NET sharing violation: says nothing of what
    {"cannot overwrite", O::Write, P::None, "", true},
    {"cannot remove", O::Delete, P::None, "", true},
    {"can't remove", O::Delete, P::None, "", true},
    {"cannot unlink", O::Delete, P::None, "", true},
    {"cannot delete", O::Delete, P::None, "", true},
    {"could not remove", O::Delete, P::None, "", true},
    {"could not delete", O::Delete, P::None, "", true},
    {"failed to remove", O::Delete, P::None, "", true},
    {"failed to delete", O::Delete, P::None, "", true},
    {"cannot move", O::Rename, P::SourceMatters, " to ", true},
    {"could not move", O::Rename, P::SourceMatters, " to ", true},
    {"cannot rename", O::Rename, P::SourceMatters, " to ", true},
    {"failed to rename", O::Rename, P::SourceMatters, " to ", true},
    {"cannot touch", O::Write, P::None, "", true},
    {"cannot access", O::Read, P::None, "", true},
    {"cannot stat", O::Traverse, P::None, "", true},
    {"cannot create", O::Create, P::None, "", true},
    {"can't create", O::Create, P::None, "", true},
    {"could not create", O::Create, P::None, "", true},
    {"failed to create", O::Create, P::None, "", true},
    {"unable to create", O::Create, P::None, "", true},
    {"creating directory", O::Create, P::None, "", false},
    {"cannot execute", O::Execute, P::None, "", true},
    {"cannot exec", O::Execute, P::None, "", true},
    {"exec:", O::Execute, P::None, "", false},  // Go's exec.Error, runc: exec: "/entrypoint.sh": …
    {"failed to execute", O::Execute, P::None, "", true},
    {"cannot run", O::Execute, P::None, "", true},
    {"cannot open", O::Read, P::None, "", true},
    {"can't open", O::Read, P::None, "", true},
    {"could not open", O::Read, P::None, "", true},
    {"couldn't open", O::Read, P::None, "", true},
    {"failed to open", O::Read, P::None, "", false},
    {"unable to open", O::Read, P::None, "", true},
    {"error opening", O::Read, P::None, "", false},
    {"cannot write", O::Write, P::None, "", false},
    {"could not write", O::Write, P::None, "", false},
    {"failed to write", O::Write, P::None, "", false},
    {"unable to write", O::Write, P::None, "", false},
    {"error writing", O::Write, P::None, "", false},
    {"cannot read", O::Read, P::None, "", false},
    {"could not read", O::Read, P::None, "", false},
    {"failed to read", O::Read, P::None, "", false},
    {"unable to read", O::Read, P::None, "", false},
    {"error reading", O::Read, P::None, "", false},
    {"can't mkdir", O::Create, P::None, "", true},  // Perl: Can't mkdir('x'): …
    // Translations of the common coreutils verbs
    {"impossible de supprimer", O::Delete, P::None, "", true},
    {"impossible de cr\xc3\xa9" "er le r\xc3\xa9pertoire", O::Create, P::None, "", true},
    {"impossible de d\xc3\xa9placer", O::Rename, P::SourceMatters, " vers ", true},
    {"impossible d'ouvrir", O::Read, P::None, "", true},
    {"no se puede borrar", O::Delete, P::None, "", true},
    {"no se puede crear el directorio", O::Create, P::None, "", true},
    {"no se puede mover", O::Rename, P::SourceMatters, " a ", true},
    {"no se puede abrir", O::Read, P::None, "", true},
    {"n\xc3\xa3o foi poss\xc3\xadvel remover", O::Delete, P::None, "", true},
    {"n\xc3\xa3o foi poss\xc3\xadvel criar o diret\xc3\xb3rio", O::Create, P::None, "", true},
    {"impossibile rimuovere", O::Delete, P::None, "", true},
    {"impossibile creare la directory", O::Create, P::None, "", true},
    {"\xd0\xbd\xd0\xb5\xd0\xb2\xd0\xbe\xd0\xb7\xd0\xbc\xd0\xbe\xd0\xb6\xd0\xbd\xd0\xbe \xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xb8\xd1\x82\xd1\x8c",
     O::Delete, P::None, "", true},  // невозможно удалить
    {"\xd0\xbd\xd0\xb5\xd0\xb2\xd0\xbe\xd0\xb7\xd0\xbc\xd0\xbe\xd0\xb6\xd0\xbd\xd0\xbe \xd1\x81\xd0\xbe\xd0\xb7\xd0\xb4\xd0\xb0\xd1\x82\xd1\x8c",
     O::Create, P::None, "", true},  // невозможно создать
    {"\xe6\x97\xa0\xe6\xb3\x95\xe5\x88\x9b\xe5\xbb\xba\xe7\x9b\xae\xe5\xbd\x95", O::Create, P::None, "", true},  // 无法创建目录
    {"\xe6\x97\xa0\xe6\xb3\x95\xe5\x88\xa0\xe9\x99\xa4", O::Delete, P::None, "", true},  // 无法删除
    {"\xe6\x97\xa0\xe6\xb3\x95\xe6\x89\x93\xe5\xbc\x80", O::Read, P::None, "", true},  // 无法打开
    // Go's PathError and LinkError: "<op> <path>: <err>"
    {"fork/exec ", O::Execute, P::None, "", false},
    {"mkdirall ", O::Create, P::None, "", false},
    {"removeall ", O::Delete, P::None, "", false},
    {"unlinkat ", O::Delete, P::None, "", false},
    {"symlink ", O::Create, P::DestinationMatters, " ", false},
    {"readlink ", O::Read, P::None, "", false},
    {"chtimes ", O::Write, P::None, "", false},
    {"rename ", O::Rename, P::SourceMatters, " ", false},
    {"remove ", O::Delete, P::None, "", false},
    {"mkdir ", O::Create, P::None, "", false},
    {"chmod ", O::Chmod, P::None, "", false},
    {"chown ", O::Chown, P::None, "", false},
    {"lstat ", O::Traverse, P::None, "", false},
    {"stat ", O::Traverse, P::None, "", false},
    {"chdir ", O::Traverse, P::None, "", false},
    {"link ", O::Create, P::SourceMatters, " ", false},
    {"open ", O::Read, P::None, "", false},
};

struct Keyword {
    std::string_view text;
    Operation op;
};

constexpr std::pair<std::string_view, Operation> kSyscalls[] = {
    {"open", O::Read},      {"mkdir", O::Create},    {"mkdtemp", O::Create}, {"rmdir", O::Delete},
    {"unlink", O::Delete},  {"rm", O::Delete},       {"rename", O::Rename},  {"symlink", O::Create},
    {"link", O::Create},    {"scandir", O::List},    {"readdir", O::List},   {"opendir", O::List},
    {"access", O::Write},   {"chmod", O::Chmod},     {"lchmod", O::Chmod},   {"fchmod", O::Chmod},
    {"chown", O::Chown},    {"lchown", O::Chown},    {"fchown", O::Chown},   {"copyfile", O::Write},
    {"cp", O::Write},       {"utime", O::Write},     {"lutimes", O::Write},  {"futime", O::Write},
    {"lstat", O::Traverse}, {"stat", O::Traverse},   {"realpath", O::Traverse}, {"uv_cwd", O::Traverse},
    {"watch", O::Read},     {"spawn", O::Execute},   {"write", O::Write},    {"read", O::Read},
    {"truncate", O::Write}, {"fsync", O::Write},     {"readlink", O::Read},  {"exec", O::Execute},
};

constexpr std::pair<std::string_view, Operation> kPrograms[] = {
    {"touch", O::Write},  {"ln", O::Create},     {"mkdir", O::Create}, {"rm", O::Delete},
    {"rmdir", O::Delete}, {"unlink", O::Delete}, {"mv", O::Rename},    {"cp", O::Write},
    {"install", O::Write}, {"tee", O::Write},    {"dd", O::Write},     {"xattr", O::Write},
    {"cat", O::Read},     {"head", O::Read},     {"tail", O::Read},    {"less", O::Read},
    {"more", O::Read},    {"grep", O::Read},     {"sed", O::Read},     {"awk", O::Read},
    {"sort", O::Read},    {"wc", O::Read},       {"vim", O::Read},     {"vi", O::Read},
    {"nano", O::Read},    {"source", O::Read},   {"ls", O::List},      {"find", O::List},
    {"du", O::List},      {"cd", O::Traverse},   {"chmod", O::Chmod},  {"chown", O::Chown},
    {"chgrp", O::Chown},  {"exec", O::Execute},  {"sudo", O::Execute}, {"env", O::Execute},
    {"nohup", O::Execute},
};

// PowerShell cmdlets, as their error records begin ("Set-Content : Access to the path …").
constexpr std::pair<std::string_view, Operation> kCmdlets[] = {
    {"set-content", O::Write},     {"add-content", O::Write},    {"out-file", O::Write},      {"new-item", O::Create},
    {"copy-item", O::Write},       {"move-item", O::Rename},     {"rename-item", O::Rename},  {"remove-item", O::Delete},
    {"clear-content", O::Write},   {"export-csv", O::Write},     {"export-clixml", O::Write}, {"expand-archive", O::Write},
    {"compress-archive", O::Write}, {"set-acl", O::Chmod},       {"get-content", O::Read},    {"import-csv", O::Read},
    {"import-clixml", O::Read},    {"get-acl", O::Read},         {"get-filehash", O::Read},   {"get-childitem", O::List},
    {"set-location", O::Traverse}, {"push-location", O::Traverse}, {"start-process", O::Execute}, {"invoke-item", O::Execute},
};

constexpr std::string_view kShells[] = {"bash", "sh", "zsh", "dash", "ksh", "fish", "ash", "csh", "tcsh", "mksh"};

// Python calls, and the function names of traceback frames ("in mkdir").
constexpr Keyword kPythonCalls[] = {
    {"makedirs(", O::Create}, {"mkdir(", O::Create},     {"rmtree(", O::Delete},    {"rmdir(", O::Delete},
    {"remove(", O::Delete},   {"unlink(", O::Delete},    {"rename(", O::Rename},    {"replace(", O::Rename},
    {"move(", O::Rename},     {"symlink_to(", O::Create}, {"symlink(", O::Create},  {"link(", O::Create},
    {"copyfile(", O::Write},  {"copy2(", O::Write},      {"copytree(", O::Write},   {"copy(", O::Write},
    {".save(", O::Write},     {"write_text(", O::Write}, {"write_bytes(", O::Write}, {".write(", O::Write},
    {"dump(", O::Write},      {"to_csv(", O::Write},     {"to_excel(", O::Write},   {"savefig(", O::Write},
    {"read_csv(", O::Read},   {"read_excel(", O::Read},  {"read_text(", O::Read},   {"read_bytes(", O::Read},
    {"load(", O::Read},       {"listdir(", O::List},     {"scandir(", O::List},     {"iterdir(", O::List},
    {"walk(", O::List},       {"glob(", O::List},        {"chmod(", O::Chmod},      {"chown(", O::Chown},
    {"utime(", O::Write},     {"touch(", O::Write},      {"popen(", O::Execute},    {"subprocess.", O::Execute},
    {"os.exec", O::Execute},  {"os.spawn", O::Execute},  {"startfile(", O::Execute}, {"check_call(", O::Execute},
    {"check_output(", O::Execute}, {"_execute_child", O::Execute},
    {"in mkdir", O::Create},  {"in makedirs", O::Create}, {"in save", O::Write},     {"in copyfile", O::Write},
    {"in copy", O::Write},    {"in rmtree", O::Delete},  {"in remove", O::Delete},  {"in unlink", O::Delete},
    {"in rmdir", O::Delete},  {"in rename", O::Rename},  {"in replace", O::Rename}, {"in move", O::Rename},
    {"in listdir", O::List},  {"in scandir", O::List},   {"in chmod", O::Chmod},
};

constexpr Keyword kFrames[] = {
    {"newinputstream", O::Read},       {"fileinputstream", O::Read},     {"filereader", O::Read},
    {"readallbytes", O::Read},         {"readalllines", O::Read},        {"readalltext", O::Read},
    {"newbufferedreader", O::Read},    {"file.openread", O::Read},       {"streamreader", O::Read},
    {"fileoutputstream", O::Write},    {"filewriter", O::Write},         {"newoutputstream", O::Write},
    {"newbufferedwriter", O::Write},   {"files.write", O::Write},        {"newfilechannel", O::Write},
    {"filechannel.open", O::Write},    {"createnewfile", O::Write},      {"createtempfile", O::Write},
    {"writealltext", O::Write},        {"writeallbytes", O::Write},      {"writealllines", O::Write},
    {"appendalltext", O::Write},       {"streamwriter", O::Write},       {"file.openwrite", O::Write},
    {"file.create(", O::Write},        {"file.copy", O::Write},          {"files.copy", O::Write},
    {"createdirector", O::Create},     {"createsymboliclink", O::Create}, {"createlink", O::Create},
    {".mkdir", O::Create},             {"impldelete", O::Delete},        {"files.delete", O::Delete},
    {"deleteifexists", O::Delete},     {"file.delete", O::Delete},       {"directory.delete", O::Delete},
    {"deletefile", O::Delete},         {"removedirectory", O::Delete},   {"files.move", O::Rename},
    {"file.move", O::Rename},          {"directory.move", O::Rename},    {"movefile", O::Rename},
    {"renameto", O::Rename},           {"newdirectorystream", O::List},  {"filesystemenumerator", O::List},
    {"enumeratefiles", O::List},       {"enumeratedirectories", O::List}, {"enumeratefilesystem", O::List},
    {"getfiles", O::List},             {"getdirectories", O::List},      {"files.list", O::List},
    {"files.walk", O::List},           {"listfiles", O::List},           {"processbuilder", O::Execute},
    {"runtime.exec", O::Execute},      {"forkandexec", O::Execute},      {"unixprocess", O::Execute},
    {"upload", O::Read},               {"process.start", O::Execute},     {"createprocess", O::Execute},    {"processimpl", O::Execute},
    {"setposixfilepermissions", O::Chmod}, {"setaccesscontrol", O::Chmod}, {"setattributes", O::Chmod},
    // Node's fs API, in the frames under an "open" that does not say which way
    {"writefile", O::Write},           {"appendfile", O::Write},         {"createwritestream", O::Write},
    {"readfile", O::Read},             {"createreadstream", O::Read},    {"mkdirsync", O::Create},
    {"renamesync", O::Rename},         {"unlinksync", O::Delete},        {"rmsync", O::Delete},
    {"readdirsync", O::List},          {"opendirsync", O::List},
};

constexpr Keyword kProse[] = {
    {"save", O::Write},      {"saving", O::Write},      {"write", O::Write},      {"writing", O::Write},
    {"install", O::Write},   {"installing", O::Write},  {"export", O::Write},     {"exporting", O::Write},
    {"store", O::Write},     {"storing", O::Write},     {"send", O::Write},       {"sending", O::Write},     {"copy", O::Write},       {"copying", O::Write},
    {"read", O::Read},       {"reading", O::Read},      {"open", O::Read},        {"opening", O::Read},
    {"load", O::Read},       {"loading", O::Read},      {"upload", O::Read},      {"uploading", O::Read},
    {"delete", O::Delete},   {"deleting", O::Delete},   {"remove", O::Delete},    {"removing", O::Delete},
    {"rename", O::Rename},   {"renaming", O::Rename},   {"move", O::Rename},      {"moving", O::Rename},
    {"create", O::Create},   {"creating", O::Create},   {"run", O::Execute},      {"running", O::Execute},
    {"execute", O::Execute}, {"executing", O::Execute}, {"exec", O::Execute},     {"starting", O::Execute}, {"launch", O::Execute},   {"launching", O::Execute},
    {"list", O::List},       {"listing", O::List},      {"scan", O::List},        {"scanning", O::List},
    {"connect", O::Connect}, {"connecting", O::Connect},
};

template <typename Table, std::size_t N>
const KeywordMatcher& matcherFor(const Table (&table)[N]) {
    static const KeywordMatcher m = [&] {
        std::vector<std::string_view> words;
        for (const auto& entry : table) words.push_back(entry.text);
        return KeywordMatcher(words);
    }();
    return m;
}

// The keyword of `table` found in `line` that comes first in the table (the tables are ordered
// most specific first).
template <typename Table, std::size_t N, typename Accept>
const Table* firstInTable(const Table (&table)[N], std::string_view line, Accept&& accept) {
    const Table* best = nullptr;
    matcherFor(table).scan(line.substr(0, 4096), [&](std::uint32_t id, std::size_t begin, std::size_t end) {
        if ((!best || &table[id] < best) && accept(table[id], begin, end)) best = &table[id];
        return true;
    });
    return best;
}

std::string lowered(std::string_view s) {
    std::string out(s.substr(0, 4096));
    for (char& c : out) c = lower(c);
    return out;
}

}  // namespace

std::vector<VerbHit> findVerbs(std::string_view text) {
    std::vector<VerbHit> hits;
    matcherFor(kVerbs).scan(text, [&](std::uint32_t id, std::size_t begin, std::size_t end) {
        hits.push_back({&kVerbs[id], begin, end});
        return hits.size() < 256;
    });
    return hits;
}

std::optional<Operation> syscallOperation(std::string_view name) {
    for (const auto& [n, op] : kSyscalls)
        if (n == name) return op;
    return std::nullopt;
}

PairRole syscallPairRole(std::string_view name) {
    // symlink(target, path) and copyfile(src, dest) fail on the second; rename(old, new) and
    // link(existing, new) are reported against the first by Node and Python alike.
    if (name == "symlink" || name == "copyfile" || name == "cp") return PairRole::DestinationMatters;
    return PairRole::SourceMatters;
}

std::optional<Operation> programOperation(std::string_view program) {
    for (const auto& [n, op] : kPrograms)
        if (n == program) return op;
    return std::nullopt;
}

std::optional<Operation> cmdletOperation(std::string_view name) {
    if (name.size() > 32) return std::nullopt;
    std::string l(name);
    for (char& c : l) c = lower(c);
    for (const auto& [n, op] : kCmdlets)
        if (n == l) return op;
    return std::nullopt;
}

bool isShellName(std::string_view program) {
    if (!program.empty() && program[0] == '-') program.remove_prefix(1);  // a login shell: "-bash"
    const std::size_t slash = program.rfind('/');
    if (slash != std::string_view::npos) program.remove_prefix(slash + 1);
    for (std::string_view s : kShells)
        if (s == program) return true;
    return false;
}

std::optional<Operation> pythonLineOperation(std::string_view line) {
    const std::string l = lowered(line);
    const std::size_t open = l.find("open(");
    if (open != std::string::npos) {
        // os.open(p, os.O_WRONLY | os.O_CREAT): the flags say it
        if (l.find("o_wronly") != std::string::npos || l.find("o_rdwr") != std::string::npos ||
            l.find("o_creat") != std::string::npos || l.find("o_append") != std::string::npos ||
            l.find("o_trunc") != std::string::npos)
            return O::Write;
        // the mode literal: 'w', "rb", 'a+', mode='x' …
        for (std::size_t i = open + 5; i + 2 < l.size(); ++i) {
            const char q = l[i];
            if (q != '\'' && q != '"') continue;
            std::size_t j = i + 1;
            while (j < l.size() && j - i <= 5 && std::string_view("rwabxt+u").find(l[j]) != std::string_view::npos) ++j;
            if (j < l.size() && l[j] == ':' && j > i + 1) {  // tarfile.open(p, 'w:gz')
                const std::string_view mode(l.data() + i + 1, j - i - 1);
                return mode.find_first_of("wax") != std::string_view::npos ? O::Write : O::Read;
            }
            if (j < l.size() && l[j] == q && j > i + 1) {
                const std::string_view mode(l.data() + i + 1, j - i - 1);
                if (mode.find_first_of("wax+") != std::string_view::npos) return O::Write;
                return O::Read;
            }
        }
        return O::Read;
    }
    const Keyword* k = firstInTable(kPythonCalls, l, [&](const Keyword& kw, std::size_t, std::size_t end) {
        // "…, line 12, in mkdir" must end there, not be the start of "mkdir_all"
        return kw.text.substr(0, 3) != "in " || end >= l.size() || !(isAlnum(l[end]) || l[end] == '_');
    });
    if (k) return k->op;
    return std::nullopt;
}

std::optional<Operation> stackFrameOperation(std::string_view line) {
    const Keyword* k = firstInTable(kFrames, line, [](const Keyword&, std::size_t, std::size_t) { return true; });
    if (k) return k->op;
    return std::nullopt;
}

std::optional<Operation> proseOperation(std::string_view text) {
    const std::string l = lowered(text);
    std::optional<Operation> found;
    std::size_t i = 0;
    while (i < l.size()) {
        while (i < l.size() && !isAlpha(l[i])) ++i;
        std::size_t j = i;
        while (j < l.size() && (isAlpha(l[j]))) ++j;
        if (j > i && (j >= l.size() || !(isAlnum(l[j]) || l[j] == '_' || l[j] == '.' || l[j] == '(')) &&
            (i == 0 || !(l[i - 1] == '_' || l[i - 1] == '.' || isAlnum(l[i - 1])))) {
            const std::string_view word(l.data() + i, j - i);
            for (const Keyword& k : kProse)
                if (k.text == word) found = k.op;  // the last one: nearest to the error
        }
        i = j;
    }
    return found;
}

}  // namespace wd::parse
