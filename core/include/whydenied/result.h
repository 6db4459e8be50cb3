// SPDX-License-Identifier: GPL-3.0-or-later
// A value or the reason there is none: the one way the fix engine, the journal and the audit say
// why something failed. The reason is a Message, so a person reads it in their language while
// logs, the JSON and the helper's answers keep its English (error()).
//
// std::expected would do, but it is C++23 (GCC 12's libstdc++ has it only under -std=c++23), and
// the build is C++20.
#pragma once

#include "whydenied/message.h"

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace wd {

// The failure side, so that `return Failure(WD_TR("…"));` reads as what it is.
struct Failure {
    Message why;
    explicit Failure(Message m) : why(std::move(m)) {}
    // Text that came from elsewhere (strerror, another process's answer): kept as it is.
    explicit Failure(std::string text) : why(Message::verbatim(std::move(text))) {}
};

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : v_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit on purpose
    Result(Failure f) : v_(std::in_place_index<1>, std::move(f.why)) {}  // NOLINT: implicit on purpose

    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& operator*() & { return std::get<0>(v_); }
    const T& operator*() const& { return std::get<0>(v_); }
    T&& operator*() && { return std::get<0>(std::move(v_)); }
    T* operator->() { return &std::get<0>(v_); }
    const T* operator->() const { return &std::get<0>(v_); }

    // Why it failed; empty when it did not.
    const Message& why() const {
        static const Message none;
        return ok() ? none : std::get<1>(v_);
    }
    std::string error() const { return ok() ? std::string() : std::get<1>(v_).english(); }

    // For callers that only ask whether there is a value.
    std::optional<T> value() && {
        if (!ok()) return std::nullopt;
        return std::get<0>(std::move(v_));
    }

private:
    std::variant<T, Message> v_;
};

}  // namespace wd
