// SPDX-License-Identifier: GPL-3.0-or-later
#include "whydenied/model.h"

#include <array>
#include <utility>

namespace wd {
namespace {

constexpr std::array kOperations{
    std::pair{Operation::Read, "read"},         std::pair{Operation::Write, "write"},
    std::pair{Operation::Create, "create"},     std::pair{Operation::Delete, "delete"},
    std::pair{Operation::Rename, "rename"},     std::pair{Operation::Execute, "execute"},
    std::pair{Operation::List, "list"},         std::pair{Operation::Traverse, "traverse"},
    std::pair{Operation::Connect, "connect"},   std::pair{Operation::Chmod, "chmod"},
    std::pair{Operation::Chown, "chown"},       std::pair{Operation::Any, "any"},
    std::pair{Operation::Unknown, "unknown"},
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

std::string_view toString(Operation op) { return lookup(kOperations, op); }
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

std::optional<Operation> operationFromString(std::string_view s) { return reverseLookup(kOperations, s); }
std::optional<ErrorClass> errorClassFromString(std::string_view s) { return reverseLookup(kErrorClasses, s); }

}  // namespace wd
