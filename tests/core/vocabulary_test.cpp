// SPDX-License-Identifier: GPL-3.0-or-later
// The one operation vocabulary: every operation has its contract name, label and verb, and the
// contract names read back to the same operation (the CLI's --op and the JSON depend on it).
#include "whydenied/model.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

using wd::Operation;

namespace {
constexpr Operation kAll[] = {Operation::Read,     Operation::Write,   Operation::Create, Operation::Delete,
                              Operation::Rename,   Operation::Execute, Operation::List,   Operation::Traverse,
                              Operation::Connect,  Operation::Chmod,   Operation::Chown,  Operation::Any,
                              Operation::Unknown};
}  // namespace

TEST(Vocabulary, EveryOperationHasItsOwnWordsAndItsNameReadsBack) {
    std::set<std::string> ids, labels;
    for (const Operation op : kAll) {
        const wd::OperationWords& w = wd::operationWords(op);
        EXPECT_EQ(w.op, op) << w.id;
        ASSERT_NE(w.id, nullptr);
        EXPECT_FALSE(std::string(w.label).empty()) << w.id;
        EXPECT_FALSE(std::string(w.verb).empty()) << w.id;
        EXPECT_TRUE(ids.insert(w.id).second) << "two operations are called " << w.id;
        EXPECT_TRUE(labels.insert(w.label).second) << "two operations are labelled " << w.label;
        ASSERT_TRUE(wd::operationFromString(w.id).has_value()) << w.id;
        EXPECT_EQ(*wd::operationFromString(w.id), op) << w.id;
        EXPECT_EQ(wd::toString(op), w.id);
    }
    EXPECT_FALSE(wd::operationFromString("write to").has_value()) << "a verb is not a contract name";
}

TEST(Vocabulary, ContractNamesAreTheDocumentedOnes) {
    // design.md's CLI/JSON contract: renaming one breaks scripts.
    EXPECT_EQ(wd::toString(Operation::Execute), "execute");
    EXPECT_EQ(wd::toString(Operation::Chmod), "chmod");
    EXPECT_EQ(wd::toString(Operation::Any), "any");
    EXPECT_STREQ(wd::operationWords(Operation::Write).verb, "write to");
    EXPECT_STREQ(wd::operationWords(Operation::Chmod).label, "change permissions");
}
