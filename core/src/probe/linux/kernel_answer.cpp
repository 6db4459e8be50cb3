// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/linux/kernel_answer.h"

#include "json_read.h"
#include "json_texts.h"
#include "whydenied/json.h"

#include <climits>
#include <sstream>

namespace wd::linux_probe {

std::string checkLine(const KernelCheck& c) {
    JsonWriter w(false);
    w.beginObject().key("err").value(c.err).key("asked").value(c.asked).key("what").value(c.what);
    w.key("template").value(c.said.source ? c.said.source : "");
    jsontexts::write(w, "args", c.said.args);
    w.endObject();
    return w.str() + "\n";
}

std::optional<KernelCheck> checkFromLine(const std::string& line) {
    const auto v = jsonread::parse(line);
    if (!v || !v->is_object()) return std::nullopt;
    const auto* err = jsonread::get(*v, "err");
    const auto* asked = jsonread::get(*v, "asked");
    const auto* what = jsonread::get(*v, "what");
    const auto* source = jsonread::get(*v, "template");
    if (!err || !err->is_number_integer() || !asked || !asked->is_boolean() || !what || !what->is_string() || !source ||
        !source->is_string())
        return std::nullopt;
    auto args = jsontexts::read(*v, "args");
    if (!args) return std::nullopt;
    const int64_t e = err->get<int64_t>();
    if (e < INT_MIN || e > INT_MAX) return std::nullopt;
    KernelCheck c;
    c.err = static_cast<int>(e);
    c.asked = asked->get<bool>();
    c.what = jsonread::getBytes(*v, "what");
    c.said = Message(internedTemplate(jsonread::getBytes(*v, "template")), std::move(*args));
    return c;
}

std::string childAnswerText(const ChildAnswer& a) {
    JsonWriter w(false);
    w.beginObject().key("first_untraversable").value(a.firstUntraversable).endObject();
    std::string out = w.str() + "\n" + checkLine(a.verdict);
    for (const KernelCheck& c : a.checks) out += checkLine(c);
    return out;
}

std::optional<ChildAnswer> readChildAnswer(const std::string& text) {
    std::istringstream lines(text);
    std::string line;
    if (!std::getline(lines, line)) return std::nullopt;
    const auto head = jsonread::parse(line);
    const auto* first = head ? jsonread::get(*head, "first_untraversable") : nullptr;
    if (!first || !first->is_number_integer() || first->get<int64_t>() < -1 || first->get<int64_t>() > INT_MAX)
        return std::nullopt;
    ChildAnswer a;
    a.firstUntraversable = static_cast<int>(first->get<int64_t>());
    if (!std::getline(lines, line)) return std::nullopt;
    auto verdict = checkFromLine(line);
    if (!verdict) return std::nullopt;
    a.verdict = std::move(*verdict);
    while (std::getline(lines, line))
        if (auto c = checkFromLine(line)) a.checks.push_back(std::move(*c));
    return a;
}

}  // namespace wd::linux_probe
