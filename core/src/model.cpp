// SPDX-License-Identifier: GPL-3.0-or-later
#include "whydenied/model.h"

#include "whydenied/message.h"

#include <array>
#include <utility>

namespace wd {
namespace {

// Labels are marked for lupdate in the window's "Operation" context, verbs in the core's.
constexpr std::array kOperationWords{
    OperationWords{Operation::Read, "read", QT_TRANSLATE_NOOP("Operation", "read"), WD_TR("read")},
    OperationWords{Operation::Write, "write", QT_TRANSLATE_NOOP("Operation", "write"), WD_TR("write to")},
    OperationWords{Operation::Create, "create", QT_TRANSLATE_NOOP("Operation", "create"), WD_TR("create")},
    OperationWords{Operation::Delete, "delete", QT_TRANSLATE_NOOP("Operation", "delete"), WD_TR("delete")},
    OperationWords{Operation::Rename, "rename", QT_TRANSLATE_NOOP("Operation", "rename"), WD_TR("rename")},
    OperationWords{Operation::Execute, "execute", QT_TRANSLATE_NOOP("Operation", "execute"), WD_TR("run")},
    OperationWords{Operation::List, "list", QT_TRANSLATE_NOOP("Operation", "list"), WD_TR("list")},
    OperationWords{Operation::Traverse, "traverse", QT_TRANSLATE_NOOP("Operation", "traverse"), WD_TR("enter")},
    OperationWords{Operation::Connect, "connect", QT_TRANSLATE_NOOP("Operation", "connect"), WD_TR("connect to")},
    OperationWords{Operation::Chmod, "chmod", QT_TRANSLATE_NOOP("Operation", "change permissions"),
                   WD_TR("change the permissions of")},
    OperationWords{Operation::Chown, "chown", QT_TRANSLATE_NOOP("Operation", "change owner"),
                   WD_TR("change the owner of")},
    OperationWords{Operation::Any, "any", QT_TRANSLATE_NOOP("Operation", "every plausible operation"), WD_TR("use")},
    OperationWords{Operation::Unknown, "unknown", QT_TRANSLATE_NOOP("Operation", "use"), WD_TR("use")},
};

constexpr std::array kErrorClasses{
    std::pair{ErrorClass::EACCES_, "EACCES"},
    std::pair{ErrorClass::EPERM_, "EPERM"},
    std::pair{ErrorClass::EROFS_, "EROFS"},
    std::pair{ErrorClass::ETXTBSY_, "ETXTBSY"},
    std::pair{ErrorClass::EBUSY_, "EBUSY"},
    std::pair{ErrorClass::WinAccessDenied, "WIN_ACCESS_DENIED"},
    std::pair{ErrorClass::WinSharingViolation, "WIN_SHARING_VIOLATION"},
    std::pair{ErrorClass::WinLockViolation, "WIN_LOCK_VIOLATION"},
    std::pair{ErrorClass::SshKeyTooOpen, "SSH_KEY_TOO_OPEN"},
    std::pair{ErrorClass::DockerSocket, "DOCKER_SOCKET"},
    std::pair{ErrorClass::Other, "OTHER"},
};

template <typename Table, typename E>
std::string_view lookup(const Table& table, E value) {
    for (const auto& [v, name] : table)
        if (v == value) return name;
    return "unknown";
}

template <typename Table>
auto reverseLookup(const Table& table, std::string_view name)
    -> std::optional<typename Table::value_type::first_type> {
    for (const auto& [v, n] : table)
        if (name == n) return v;
    return std::nullopt;
}

}  // namespace

const OperationWords& operationWords(Operation op) {
    for (const auto& w : kOperationWords)
        if (w.op == op) return w;
    return kOperationWords.back();
}

std::string_view toString(Operation op) { return operationWords(op).id; }
std::string_view toString(ErrorClass c) { return lookup(kErrorClasses, c); }

std::string_view toString(Platform p) {
    switch (p) {
    case Platform::Linux: return "linux";
    case Platform::Windows: return "windows";
    case Platform::MacOS: return "macos";
    case Platform::Any: return "any";
    }
    return "any";
}

Platform thisPlatform() {
#if defined(_WIN32)
    return Platform::Windows;
#elif defined(__APPLE__)
    return Platform::MacOS;
#else
    return Platform::Linux;
#endif
}

std::string_view displayName(Platform p) {
    switch (p) {
    case Platform::Linux: return "Linux";
    case Platform::Windows: return "Windows";
    case Platform::MacOS: return "macOS";
    case Platform::Any: break;
    }
    return "any system";
}

std::string_view toString(Verdict v) {
    switch (v) {
    case Verdict::Allowed: return "allowed";
    case Verdict::Denied: return "denied";
    case Verdict::Unknown: return "unknown";
    }
    return "unknown";
}

std::string_view toString(OperationSource s) {
    switch (s) {
    case OperationSource::Text: return "text";
    case OperationSource::Inferred: return "inferred";
    case OperationSource::Checked: return "checked";
    }
    return "checked";
}

std::optional<Operation> operationFromString(std::string_view s) {
    for (const auto& w : kOperationWords)
        if (s == w.id) return w.op;
    return std::nullopt;
}
std::optional<ErrorClass> errorClassFromString(std::string_view s) { return reverseLookup(kErrorClasses, s); }

}  // namespace wd
