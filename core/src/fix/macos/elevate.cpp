// SPDX-License-Identifier: GPL-3.0-or-later
// macOS: the privileged helper runs through the administrator prompt of `osascript … with
// administrator privileges` (macOS asks for the password, WhyDenied never does). That prompt passes
// no argument vector to the helper, only a shell command, so the request travels in a file of a
// fresh private folder and the shell command holds nothing but the helper's path and two file
// paths, each quoted by AppleScript itself (mac::administratorPrompt).
#ifdef __APPLE__

#include "whydenied/fix.h"

#include "fix/common/fix_internal.h"
#include "probe/posix/run.h"
#include "rules/support/macos.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#ifndef WD_HELPER_PATH
#define WD_HELPER_PATH "/usr/local/libexec/whydenied/whydenied-helper"
#endif

namespace wd::fix {

namespace {

std::string helperPath(const ApplyOptions& o) {
    if (!o.helperPath.empty()) return o.helperPath;
    if (const char* h = std::getenv("WHYDENIED_HELPER"); h && h[0] == '/') return h;
    return WD_HELPER_PATH;
}

// A private folder for one request (mkdtemp(3): created 0700, a name nobody else can predict),
// removed with what is in it when the request is done.
class RequestFolder {
public:
    RequestFolder() {
        const char* t = std::getenv("TMPDIR");
        std::string tmpl = std::string(t && t[0] == '/' ? t : "/tmp");
        if (tmpl.size() > 1 && tmpl.back() == '/') tmpl.pop_back();
        tmpl += "/whydenied-XXXXXX";
        if (mkdtemp(tmpl.data())) path_ = tmpl;
    }
    ~RequestFolder() {
        if (path_.empty()) return;
        unlink(request().c_str());
        unlink(result().c_str());
        rmdir(path_.c_str());
    }
    RequestFolder(const RequestFolder&) = delete;
    RequestFolder& operator=(const RequestFolder&) = delete;
    bool ok() const { return !path_.empty(); }
    std::string request() const { return path_ + "/request"; }
    std::string result() const { return path_ + "/result"; }

private:
    std::string path_;
};

bool writeNew(const std::string& path, const std::string& body) {
    const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) return false;
    size_t off = 0;
    while (off < body.size()) {
        const ssize_t n = write(fd, body.data() + off, body.size() - off);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        off += static_cast<size_t>(n);
    }
    return close(fd) == 0 && off == body.size();
}

std::string readSmall(const std::string& path) {
    std::string text;
    const int fd = open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return text;
    char buf[8192];
    ssize_t n;
    while ((n = read(fd, buf, sizeof buf)) != 0 && text.size() < (1U << 20)) {
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) break;
        text.append(buf, static_cast<size_t>(n));
    }
    close(fd);
    return text;
}

}  // namespace

uint32_t processUid() { return geteuid(); }
bool runningPrivileged() { return geteuid() == 0; }

// Group membership on macOS lives in the directory service (dseditgroup), which only an
// administrator changes; the rules do not offer it as a button there.
LowResult joinGroupLow(const std::string& group, uint32_t) {
    LowResult r;
    r.error = "on macOS an administrator adds you to the group " + group +
              " (System Settings > Users & Groups, or dseditgroup); WhyDenied does not change the directory service";
    return r;
}

LowResult leaveGroupLow(const std::string& group, uint32_t) {
    LowResult r;
    r.error = "on macOS an administrator removes you from the group " + group +
              " (System Settings > Users & Groups, or dseditgroup)";
    return r;
}

std::optional<JournalEntry> viaHelper(const std::vector<std::string>& request, const ApplyOptions& o,
                                      Message& error) {
    RequestFolder folder;
    if (!folder.ok()) {
        error = Message(WD_TR("cannot create a private folder for the request: %1"), {std::strerror(errno)});
        return std::nullopt;
    }
    // The caller and the journal travel with the request: `do shell script` starts the helper as
    // root with no trace of who asked. The helper checks the uid against the file's owner.
    std::vector<std::string> fields = {std::to_string(processUid()),
                                       o.journalDir.empty() ? Journal::defaultDir() : o.journalDir};
    fields.insert(fields.end(), request.begin(), request.end());
    if (!writeNew(folder.request(), encodeRequest(fields))) {
        error = Message(WD_TR("cannot write the request: %1"), {std::strerror(errno)});
        return std::nullopt;
    }
    const auto argv = mac::administratorPrompt(
        {helperPath(o), "--request-file", folder.request(), "--result-file", folder.result()});
    if (argv.empty()) {
        error = Message(WD_TR("the helper's path is not absolute: %1"), {helperPath(o)});
        return std::nullopt;
    }
    std::vector<std::string> run = argv;
    run[0] = "/usr/bin/osascript";  // never whatever PATH finds first
    // The prompt waits for a person: give them time, but not forever.
    const auto done = posix::runCapture(run, 10 * 60 * 1000);
    if (!done.started) {
        error = done.err.empty() ? Message(WD_TR("cannot start osascript")) : Message::verbatim(done.err);
        return std::nullopt;
    }
    if (done.status != 0) {
        // The prompt's words, as on Linux: a cancelled prompt, or the helper's own refusal.
        const std::string why = mac::administratorPromptError(done.err);
        const std::string refused = "whydenied-helper: refused: ";
        if (why.rfind(refused, 0) == 0) error = aroundReason(WD_TR("the helper refused: %1"), why.substr(refused.size()));
        else if (why == "the administrator prompt failed") error = WD_TR("the administrator prompt failed");
        else if (why == "not authorised (the administrator prompt was cancelled or the password was refused)")
            error = WD_TR("not authorised (the administrator prompt was cancelled or the password was refused)");
        else error = Message::verbatim(why);
        return std::nullopt;
    }
    auto e = journalEntryFromJson(readSmall(folder.result()));
    if (!e) error = WD_TR("the helper's answer could not be read");
    return e;
}

}  // namespace wd::fix

#endif  // __APPLE__
